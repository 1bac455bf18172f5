import type { Viewer } from '../auth/viewer';
import type { EnrolmentApplicationRecord } from '../enrolment/applicationEntity';
import type { GuardianRecord } from '../guardians/guardianEntity';
import type { SchoolClassRecord } from '../people/classEntity';
import { givenNameOf } from '../people/names';
import type { StaffMemberRecord } from '../people/staffEntity';
import type { StudentRecord } from '../people/studentEntity';
import type { PolicyContext, ReadLevel, RecordPolicy } from './policies';
import type { ViewerRelations } from './relations';

/*
 * Children and families (SPEC §3.11, §4). Who reads what:
 * - DISTRICT_ADMIN: everything in full (guardians' phones are still masked: a field rule, see people/phones.ts).
 * - SCHOOL_ADMIN: their school's staff, classes, students and applications in full.
 * - TEACHER: their school's classes and colleagues (without phones); their classes' students and applications in
 *   full; children on the rosters of activities they run, limited (no family circumstances).
 * - PARENT: their linked children and those children's applications and classes.
 * - PROVIDER: only the given name and class of children on the rosters of activities it runs.
 */

const isDistrict = (viewer: Viewer) => viewer.role === 'DISTRICT_ADMIN';
const adminOf = (viewer: Viewer, schoolId: string) => viewer.role === 'SCHOOL_ADMIN' && viewer.schoolId === schoolId;
const teacherAt = async (viewer: Viewer, relations: ViewerRelations, schoolId: string) =>
  viewer.role === 'TEACHER' && viewer.schoolId === schoolId && (await relations.teacherIsStaff());

export const staffMemberPolicy: RecordPolicy<StaffMemberRecord> = {
  async level({ viewer, relations }, staff): Promise<ReadLevel | undefined> {
    if (isDistrict(viewer) || adminOf(viewer, staff.schoolId)) return 'FULL';
    if (await teacherAt(viewer, relations, staff.schoolId)) return viewer.staffId === staff.id ? 'FULL' : 'LIMITED';
    return undefined;
  },
  // Colleagues see who does what, not each other's phone numbers.
  limited: (_context, staff) => ({ ...staff, phone: undefined, dependents: undefined }),
};

export const schoolClassPolicy: RecordPolicy<SchoolClassRecord> = {
  async level({ viewer, relations }, schoolClass) {
    if (isDistrict(viewer) || adminOf(viewer, schoolClass.schoolId)) return 'FULL';
    if (await teacherAt(viewer, relations, schoolClass.schoolId)) return 'FULL';
    if (viewer.role === 'PARENT' && (await relations.guardianClassIds()).has(schoolClass.id)) return 'FULL';
    return undefined;
  },
};

/** What a provider user sees of a child on its roster: the given name and the class — nothing else. */
function providerView(student: StudentRecord): StudentRecord {
  return {
    id: student.id,
    version: student.version,
    schoolId: student.schoolId,
    classId: student.classId,
    grade: student.grade,
    name: givenNameOf(student.name),
    status: student.status,
    guardians: [],
    createdAt: student.createdAt,
    updatedAt: student.updatedAt,
  } as unknown as StudentRecord;
}

/** What a teacher running an activity sees of a child who is not in their class: no family circumstances. */
function staffView(student: StudentRecord): StudentRecord {
  return { ...student, leftBehind: undefined, hardship: undefined, gender: undefined, dependents: undefined } as unknown as StudentRecord;
}

export const studentPolicy: RecordPolicy<StudentRecord> = {
  async level({ viewer, relations }, student) {
    if (isDistrict(viewer) || adminOf(viewer, student.schoolId)) return 'FULL';
    if (await teacherAt(viewer, relations, student.schoolId)) {
      if ((await relations.teacherClassIds()).has(student.classId)) return 'FULL';
      return (await relations.runsActivityOf(student.id)) ? 'LIMITED' : undefined;
    }
    if (viewer.role === 'PARENT') return (await relations.guardianStudentIds()).has(student.id) ? 'FULL' : undefined;
    if (viewer.role === 'PROVIDER' && (await relations.runsActivityOf(student.id))) return 'LIMITED';
    return undefined;
  },
  limited: ({ viewer }, student) => (viewer.role === 'PROVIDER' ? providerView(student) : staffView(student)),
};

export const guardianPolicy: RecordPolicy<GuardianRecord> = {
  async level(context: PolicyContext, guardian) {
    const { viewer } = context;
    if (isDistrict(viewer) || (viewer.role === 'PARENT' && viewer.guardianId === guardian.id)) return 'FULL';
    // A school admin reads the guardians linked to a child of their school (the link items say where).
    if (viewer.role === 'SCHOOL_ADMIN' && (await context.linkedSchoolsOf?.(guardian.id))?.has(viewer.schoolId)) return 'FULL';
    return undefined;
  },
};

export const enrolmentApplicationPolicy: RecordPolicy<EnrolmentApplicationRecord> = {
  async level({ viewer, relations }, application) {
    if (isDistrict(viewer) || adminOf(viewer, application.schoolId)) return 'FULL';
    if (await teacherAt(viewer, relations, application.schoolId)) return (await relations.teacherClassIds()).has(application.classId) ? 'FULL' : undefined;
    if (viewer.role === 'PARENT' && (await relations.guardianStudentIds()).has(application.studentId)) return 'FULL';
    return undefined;
  },
};
