import type { Db } from '../db/client';
import { createApplicationRepository } from '../enrolment/applicationRepository';
import { createGuardianRepository } from '../guardians/guardianRepository';
import { createClassRepository } from '../people/classRepository';
import { createStaffRepository } from '../people/staffRepository';
import { createStudentRepository } from '../people/studentRepository';
import { createRosterRepository } from '../rosters/rosterRepository';

/** The people repositories, built together: this module is loaded on first use (see peopleServices.ts). */
export function createPeopleRepositories(db: Db) {
  return {
    staff: createStaffRepository(db),
    classes: createClassRepository(db),
    students: createStudentRepository(db),
    guardians: createGuardianRepository(db),
    applications: createApplicationRepository(db),
    rosters: createRosterRepository(db),
  };
}
