import type { RecordAccess } from '../access/recordAccess';
import type { ActivityRepository } from '../activities/activityRepository';
import type { BookingRepository } from '../activities/bookingRepository';
import type { AuditRepository } from '../audit/auditRepository';
import type { ComplianceMarks } from '../compliance/complianceMarks';
import type { Db } from '../db/client';
import { createApplicationRepository } from '../enrolment/applicationRepository';
import { createGuardianRepository } from '../guardians/guardianRepository';
import { createClassRepository } from '../people/classRepository';
import { createStaffRepository } from '../people/staffRepository';
import { createStudentRepository } from '../people/studentRepository';
import type { PolicyService } from '../policy/policyService';
import { createRosterRepository } from '../rosters/rosterRepository';
import type { SchoolRepository } from '../schools/schoolRepository';
import type { TermRepository } from '../terms/termRepository';
import { lazyObject } from './lazyObject';
import { lazyService } from './lazyService';

/** The repositories of children and families (staff, classes, students, guardians, applications, rosters). */
export const peopleRepositories = (db: Db) => ({
  staff: lazyObject(() => createStaffRepository(db)),
  classes: lazyObject(() => createClassRepository(db)),
  students: lazyObject(() => createStudentRepository(db)),
  guardians: lazyObject(() => createGuardianRepository(db)),
  applications: lazyObject(() => createApplicationRepository(db)),
  rosters: lazyObject(() => createRosterRepository(db)),
});

type PeopleRepositories = ReturnType<typeof peopleRepositories>;

export interface PeopleDeps extends PeopleRepositories {
  db: Db;
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
 * call (lazyService), like main's other domains: a cold start does not load their code.
 */
export function createPeopleServices(deps: PeopleDeps) {
  const schoolTermMarks = lazyService(async () => (await import('../compliance/schoolTermMarks')).createSchoolTermMarks(deps));
  const students = lazyService(async () => (await import('../people/studentService')).createStudentService(deps));
  const rosters = lazyService(async () => (await import('../rosters/rosterService')).createRosterService(deps));
  return {
    staffMembers: lazyService(async () => (await import('../people/staffService')).createStaffService({ ...deps, schoolTermMarks })),
    schoolClasses: lazyService(async () => (await import('../people/classService')).createClassService({ ...deps, schoolTermMarks })),
    students,
    // The import is one function, not an object of methods: wrapped as `run` so it loads the same way.
    importStudents: lazyService(async () => ({ run: (await import('../people/studentImport')).createStudentImport({ ...deps, studentService: students }) })).run,
    guardians: lazyService(async () => (await import('../guardians/guardianService')).createGuardianService(deps)),
    rosters,
    enrolment: lazyService(async () => {
      const [{ createEnrolmentService }, { createWithdrawals }] = await Promise.all([import('../enrolment/enrolmentService'), import('../enrolment/withdrawal')]);
      return createEnrolmentService({ ...deps, withdrawals: createWithdrawals(deps), assignWish: rosters.assign });
    }),
    retention: lazyService(async () => (await import('../retention/retentionService')).createRetention(deps)),
  };
}
