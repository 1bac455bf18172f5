import type { CareRepositories } from './careServices';
import type { RecordAccess } from '../access/recordAccess';
import type { ActivityRepository } from '../activities/activityRepository';
import type { BookingRepository } from '../activities/bookingRepository';
import type { AuditRepository } from '../audit/auditRepository';
import type { ComplianceMarks } from '../compliance/complianceMarks';
import type { Db } from '../db/client';
import type { PolicyService } from '../policy/policyService';
import type { SchoolRepository } from '../schools/schoolRepository';
import type { TermRepository } from '../terms/termRepository';
import { lazyService } from './lazyService';
import type { createPeopleRepositories } from './peopleRepositoryModules';

/** The repositories of children and families as loaded (staff, classes, students, guardians, applications, rosters). */
export type PeopleRepositories = ReturnType<typeof createPeopleRepositories>;

/** The methods of a repository that return a promise: what may be called before its code is loaded. */
export type AsyncMethods<T> = { [K in keyof T as T[K] extends (...args: never[]) => Promise<unknown> ? K : never]: T[K] };

/** The reads (every promise-returning method) of each people repository, usable before its code is loaded. */
export type PeopleReads = { [K in keyof PeopleRepositories]: AsyncMethods<PeopleRepositories[K]> };

/**
 * The people repositories, their code (and their ElectroDB entities) loaded on first use rather than at a cold
 * start. `reads` go into the shared repositories: their methods return promises, so each waits for the code.
 * Their transaction-step builders are synchronous and so not on `reads`: the services that build steps (each loaded
 * on its first call) get the loaded repositories from `load()`.
 */
export function peopleRepositories(db: Db) {
  let loading: Promise<PeopleRepositories> | undefined;
  const load = () =>
    (loading ??= import('./peopleRepositoryModules')
      .then((module) => module.createPeopleRepositories(db))
      .catch((error: unknown) => {
        // A failed load (a missing chunk) is retried by the next call rather than remembered.
        loading = undefined;
        throw error;
      }));
  const keys = ['staff', 'classes', 'students', 'guardians', 'applications', 'rosters'] as const;
  const reads = Object.fromEntries(
    keys.map((key) => [key, lazyService(async () => (await load())[key] as unknown as Record<string, () => Promise<unknown>>)]),
  ) as unknown as PeopleReads;
  return { reads, load };
}

export interface PeopleDeps extends PeopleReads {
  db: Db;
  /** The people repositories with their step builders, loaded (see peopleRepositories). */
  loadRepositories: () => Promise<PeopleRepositories>;
  /** The daily-care repositories, loaded (the retention job deletes a child's care traces). */
  loadCare: () => Promise<CareRepositories>;
  schools: SchoolRepository;
  terms: TermRepository;
  activities: ActivityRepository;
  bookings: BookingRepository;
  audit: AuditRepository;
  policy: PolicyService;
  access: RecordAccess;
  complianceMarks: ComplianceMarks;
  maxTransactionItems?: number;
}

/**
 * The services of children and families, composed once per process (see services.ts). Each is loaded on its first
 * call (lazyService), like main's other domains, with the people repositories loaded: a cold start loads neither.
 */
export function createPeopleServices(deps: PeopleDeps) {
  const withRepositories = async () => ({ ...deps, ...(await deps.loadRepositories()) });
  const schoolTermMarks = lazyService(async () => (await import('../compliance/schoolTermMarks')).createSchoolTermMarks(deps));
  const students = lazyService(async () => (await import('../people/studentService')).createStudentService(await withRepositories()));
  const rosters = lazyService(async () => (await import('../rosters/rosterService')).createRosterService(await withRepositories()));
  return {
    staffMembers: lazyService(async () => (await import('../people/staffService')).createStaffService({ ...(await withRepositories()), schoolTermMarks })),
    schoolClasses: lazyService(async () => (await import('../people/classService')).createClassService({ ...(await withRepositories()), schoolTermMarks })),
    students,
    // The import is one function, not an object of methods: wrapped as `run` so it loads the same way.
    importStudents: lazyService(async () => ({
      run: (await import('../people/studentImport')).createStudentImport({ ...(await withRepositories()), studentService: students }),
    })).run,
    guardians: lazyService(async () => (await import('../guardians/guardianService')).createGuardianService(await withRepositories())),
    rosters,
    enrolment: lazyService(async () => {
      const [{ createEnrolmentService }, { createWithdrawals }] = await Promise.all([
        import('../enrolment/enrolmentService'),
        import('../enrolment/withdrawal'),
      ]);
      const loaded = await withRepositories();
      return createEnrolmentService({ ...loaded, withdrawals: createWithdrawals(loaded), assignWish: rosters.assign });
    }),
    retention: lazyService(async () => (await import('../retention/retentionService')).createRetention(await withRepositories())),
  };
}
