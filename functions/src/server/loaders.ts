import DataLoader from 'dataloader';
import type { AccessRecords, AccessType } from '../access/recordAccess';
import type { Viewer } from '../auth/viewer';
import { notFound } from '../core/errors';
import type { StudentRecord } from '../people/studentEntity';
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

type Factory = (services: Services, viewer: Viewer | null) => unknown;

/**
 * Per-request loaders built on first use: a request builds only the loaders its fields reach (most reach one or
 * none), instead of every one of them for every request. The getters live on one prototype made once; each
 * request's object holds its arguments, and a loader, once built, as its own property.
 */
function builtOnFirstUse<F extends Record<string, Factory>>(factories: F) {
  const args = Symbol('loader arguments');
  type Built = { readonly [K in keyof F]: ReturnType<F[K]> } & { [args]: Parameters<Factory> };
  const prototype = {};
  for (const [name, factory] of Object.entries(factories)) {
    Object.defineProperty(prototype, name, {
      get(this: Built) {
        const loader = factory(...this[args]);
        Object.defineProperty(this, name, { value: loader, enumerable: true });
        return loader;
      },
    });
  }
  return (services: Services, viewer: Viewer | null): { readonly [K in keyof F]: ReturnType<F[K]> } =>
    Object.assign(Object.create(prototype) as Built, { [args]: [services, viewer] as Parameters<Factory> });
}

/** The factory of a `readableLoader` of one record type, reading by id from its repository. */
const readable =
  <K extends AccessType>(type: K, getMany: (repositories: Services['repositories']) => (ids: readonly string[]) => Promise<(AccessRecords[K] | undefined)[]>) =>
  (services: Services, viewer: Viewer | null) =>
    readableLoader(services, viewer, type, getMany(services.repositories));

/** Per-request DataLoaders for every field that fetches by id or by parent; nothing is cached across requests. */
export const createLoaders = builtOnFirstUse({
  school: readable('School', (r) => r.schools.getMany),
  term: readable('Term', (r) => r.terms.getMany),
  provider: readable('Provider', (r) => r.providers.getMany),
  contract: readable('Contract', (r) => r.contracts.getMany),
  activity: readable('Activity', (r) => r.activities.getMany),
  /** A provider's per-school standing items: one Query per provider, only when `bySchool` is asked for. */
  standings: (services) =>
    new DataLoader((providerIds: readonly string[]) => Promise.all(providerIds.map((id) => services.repositories.evaluations.standings(id)))),
  /** Survey answer counts from the aggregate shards, batched for a whole page of surveys. */
  surveyResponseCount: (services) => new DataLoader((surveyIds: readonly string[]) => services.answers.responseCounts(surveyIds)),
  /** District standing items of a page of providers in one BatchGetItem. */
  districtStanding: (services) => new DataLoader((ids: readonly string[]) => services.repositories.evaluations.districtStandings(ids), { maxBatchSize: 100 }),
  // Children and families (people/, enrolment/): every record through its access policy.
  staffMember: readable('StaffMember', (r) => r.staff.getMany),
  schoolClass: readable('SchoolClass', (r) => r.classes.getMany),
  student: readable('Student', (r) => r.students.getMany),
  guardian: readable('Guardian', (r) => r.guardians.getMany),
  enrolmentApplication: readable('EnrolmentApplication', (r) => r.applications.getMany),
  /**
   * Class names for `Student.className`, batched, without the class policy: a class's name is part of what a viewer
   * who may see the student sees of them (a provider: given name and class).
   */
  className: (services) =>
    new DataLoader(async (ids: readonly string[]) => (await services.repositories.classes.getMany(ids)).map((schoolClass) => schoolClass?.name ?? null), {
      maxBatchSize: 100,
    }),
  /**
   * The students of this response delivered in full with their families' contacts: each recorded as read once
   * (SPEC §3.11), all of them in one batch of audit events.
   */
  fullRead: (services, viewer) =>
    new DataLoader(
      async (records: readonly StudentRecord[]) => {
        if (viewer) await services.students.noteFullReads(viewer, records);
        return records.map(() => undefined);
      },
      { cacheKeyFn: (record) => record.id },
    ),
  /** Nested connections (School.terms, Provider.contracts/evaluations/documents): see connectionLoaders.ts. */
  connections: (services) => createConnectionLoaders(services),
} satisfies Record<string, Factory>);

export type Loaders = ReturnType<typeof createLoaders>;
