import type { RecordAccess } from '../access/recordAccess';
import type { ActivityRepository } from '../activities/activityRepository';
import type { BookingRepository } from '../activities/bookingRepository';
import type { AuditRepository } from '../audit/auditRepository';
import type { ComplianceMarks } from '../compliance/complianceMarks';
import { createSchoolTermMarks } from '../compliance/schoolTermMarks';
import type { Db } from '../db/client';
import { createApplicationRepository } from '../enrolment/applicationRepository';
import { createEnrolmentService } from '../enrolment/enrolmentService';
import { createWithdrawals } from '../enrolment/withdrawal';
import { createGuardianRepository } from '../guardians/guardianRepository';
import { createGuardianService } from '../guardians/guardianService';
import { createClassRepository } from '../people/classRepository';
import { createClassService } from '../people/classService';
import { createStaffRepository } from '../people/staffRepository';
import { createStaffService } from '../people/staffService';
import { createStudentImport } from '../people/studentImport';
import { createStudentRepository } from '../people/studentRepository';
import { createStudentService } from '../people/studentService';
import type { PolicyService } from '../policy/policyService';
import { createRetention } from '../retention/retentionService';
import { createRosterRepository } from '../rosters/rosterRepository';
import { createRosterService } from '../rosters/rosterService';
import type { SchoolRepository } from '../schools/schoolRepository';
import type { TermRepository } from '../terms/termRepository';
import { lazyObject } from './lazyObject';

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

/** The services of children and families, composed once per process (see services.ts). */
export function createPeopleServices(deps: PeopleDeps) {
  const schoolTermMarks = createSchoolTermMarks(deps);
  const students = createStudentService(deps);
  const rosters = createRosterService(deps);
  const withdrawals = createWithdrawals(deps);
  return {
    staffMembers: createStaffService({ ...deps, schoolTermMarks }),
    schoolClasses: createClassService({ ...deps, schoolTermMarks }),
    students,
    importStudents: createStudentImport({ ...deps, studentService: students }),
    guardians: createGuardianService(deps),
    rosters,
    enrolment: createEnrolmentService({ ...deps, withdrawals, assignWish: rosters.assign }),
    retention: createRetention(deps),
  };
}
