import DataLoader from 'dataloader';
import type { AccessRecords, AccessType } from '../access/recordAccess';
import type { Viewer } from '../auth/viewer';
import { notFound } from '../core/errors';
import { createConnectionLoaders } from './connectionLoaders';
import type { Services } from './services';

/**
 * A per-request loader of one record type by id that only ever hands out what the viewer may read: batched
 * (all `Term.school` of one response become one BatchGetItem) and passed through the type's access policy, so a
 * nested field can never reach a record its root field would refuse.
 */
function readableLoader<K extends AccessType>(
  services: Services,
  viewer: Viewer | null,
  type: K,
  getMany: (ids: readonly string[]) => Promise<(AccessRecords[K] | undefined)[]>,
) {
  const records = new DataLoader((ids: readonly string[]) => getMany(ids), { maxBatchSize: 100 });
  return {
    /** The record as the viewer may see it, or undefined when it is missing or not theirs (nullable fields). */
    async load(id: string): Promise<AccessRecords[K] | undefined> {
      const record = await records.load(id);
      return record && services.access.view(viewer, type, record);
    },
    /** The record as the viewer may see it; NOT_FOUND or FORBIDDEN otherwise (non-null fields). */
    async require(id: string): Promise<AccessRecords[K]> {
      const record = await records.load(id);
      if (!record) throw notFound(type, id);
      return services.access.require(viewer, type, record);
    },
    /** Seeds the batch with a record already read (its access is still checked when it is loaded). */
    prime(id: string, record: AccessRecords[K]) {
      records.prime(id, record);
    },
  };
}

/** Loaders of children and families (people/, enrolment/): every record through its access policy. */
function peopleLoaders(services: Services, viewer: Viewer | null) {
  const { staff, classes, students, guardians, applications } = services.repositories;
  return {
    staffMember: readableLoader(services, viewer, 'StaffMember', staff.getMany),
    schoolClass: readableLoader(services, viewer, 'SchoolClass', classes.getMany),
    student: readableLoader(services, viewer, 'Student', students.getMany),
    guardian: readableLoader(services, viewer, 'Guardian', guardians.getMany),
    enrolmentApplication: readableLoader(services, viewer, 'EnrolmentApplication', applications.getMany),
    /**
     * Class names for `Student.className`, batched, without the class policy: a class's name is part of what a viewer
     * who may see the student sees of them (a provider: given name and class).
     */
    className: new DataLoader(async (ids: readonly string[]) => (await classes.getMany(ids)).map((schoolClass) => schoolClass?.name ?? null), {
      maxBatchSize: 100,
    }),
  };
}

/** Per-request DataLoaders for every field that fetches by id or by parent; nothing is cached across requests. */
export function createLoaders(services: Services, viewer: Viewer | null) {
  const { schools, terms, providers, contracts, activities, evaluations } = services.repositories;
  return {
    school: readableLoader(services, viewer, 'School', schools.getMany),
    term: readableLoader(services, viewer, 'Term', terms.getMany),
    provider: readableLoader(services, viewer, 'Provider', providers.getMany),
    contract: readableLoader(services, viewer, 'Contract', contracts.getMany),
    activity: readableLoader(services, viewer, 'Activity', activities.getMany),
    /** A provider's per-school standing items: one Query per provider, only when `bySchool` is asked for. */
    standings: new DataLoader((providerIds: readonly string[]) => Promise.all(providerIds.map((id) => evaluations.standings(id)))),
    /** Survey answer counts from the aggregate shards, batched for a whole page of surveys. */
    surveyResponseCount: new DataLoader((surveyIds: readonly string[]) => services.answers.responseCounts(surveyIds)),
    /** District standing items of a page of providers in one BatchGetItem. */
    districtStanding: new DataLoader((ids: readonly string[]) => evaluations.districtStandings(ids), { maxBatchSize: 100 }),
    ...peopleLoaders(services, viewer),
    /** Nested connections (School.terms, Provider.contracts/evaluations/documents): see connectionLoaders.ts. */
    connections: createConnectionLoaders(services),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
