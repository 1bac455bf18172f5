import type { MutationResolvers, QueryResolvers, SchoolClassResolvers, StaffMemberResolvers, StudentResolvers, ViewerResolvers } from '../generated/resolvers';
import { maskName } from './names';
import { seesPhones, shownPhone } from './phones';
import type { StudentRecord } from './studentEntity';

const present = <T>(records: (T | undefined)[]): T[] => records.filter((record): record is T => record !== undefined);

export const peopleQueries: Pick<QueryResolvers, 'staffMember' | 'staffMembers' | 'schoolClass' | 'schoolClasses' | 'student' | 'students'> = {
  staffMember: (_parent, { id }, { viewer, services }) => services.staffMembers.get(viewer, id),
  staffMembers: (_parent, args, { viewer, services }) => services.staffMembers.list(viewer, args),
  schoolClass: (_parent, { id }, { viewer, services }) => services.schoolClasses.get(viewer, id),
  schoolClasses: (_parent, args, { viewer, services }) => services.schoolClasses.list(viewer, args),
  student: (_parent, { id }, { viewer, services }) => services.students.get(viewer, id),
  students: (_parent, args, { viewer, services }) => services.students.list(viewer, args),
};

export const peopleMutations: Pick<
  MutationResolvers,
  | 'createStaffMember'
  | 'updateStaffMember'
  | 'deleteStaffMember'
  | 'createSchoolClass'
  | 'updateSchoolClass'
  | 'deleteSchoolClass'
  | 'createStudent'
  | 'updateStudent'
  | 'deleteStudent'
  | 'importStudents'
> = {
  createStaffMember: (_parent, { input }, { viewer, services }) => services.staffMembers.create(viewer, input),
  updateStaffMember: (_parent, { id, input, expectedVersion }, { viewer, services }) => services.staffMembers.update(viewer, id, input, expectedVersion),
  deleteStaffMember: (_parent, { id }, { viewer, services }) => services.staffMembers.delete(viewer, id),
  createSchoolClass: (_parent, { input }, { viewer, services }) => services.schoolClasses.create(viewer, input),
  updateSchoolClass: (_parent, { id, input, expectedVersion }, { viewer, services }) => services.schoolClasses.update(viewer, id, input, expectedVersion),
  deleteSchoolClass: (_parent, { id }, { viewer, services }) => services.schoolClasses.delete(viewer, id),
  createStudent: (_parent, { input }, { viewer, services }) => services.students.create(viewer, input),
  updateStudent: (_parent, { id, input, expectedVersion }, { viewer, services }) => services.students.update(viewer, id, input, expectedVersion),
  deleteStudent: (_parent, { id }, { viewer, services }) => services.students.delete(viewer, id),
  importStudents: (_parent, { schoolId, rows, ...options }, { viewer, services }) => services.importStudents(viewer, schoolId, rows, options),
};

export const staffMemberFields: StaffMemberResolvers = {
  phone: (staff) => staff.phone ?? null,
  school: async (staff, _args, { loaders }) => (await loaders.school.load(staff.schoolId)) ?? null,
};

export const schoolClassFields: SchoolClassResolvers = {
  classTeacherId: (schoolClass) => schoolClass.classTeacherId ?? null,
  studentCount: (schoolClass) => schoolClass.studentCount ?? 0,
  classTeacher: async (schoolClass, _args, { loaders }) =>
    schoolClass.classTeacherId ? ((await loaders.staffMember.load(schoolClass.classTeacherId)) ?? null) : null,
  school: async (schoolClass, _args, { loaders }) => (await loaders.school.load(schoolClass.schoolId)) ?? null,
  students: (schoolClass, { first, after, status }, { viewer, services }) =>
    services.students.list(viewer, { first, after, filter: { classId: schoolClass.id, status } }),
};

export const studentFields: StudentResolvers = {
  maskedName: (student) => maskName(student.name),
  gender: (student) => student.gender ?? null,
  leftBehind: (student) => student.leftBehind ?? null,
  hardship: (student) => student.hardship ?? null,
  leftOn: (student) => student.leftOn ?? null,
  // Phones in full only for the class teacher and the school admin (SPEC §3.11).
  guardians: async (student, _args, { viewer, services, loaders }, info) => {
    // A student reached through a list or another record, delivered with its family's contacts, is a read of the
    // full record: audited once per request, the students of one response in one batch (loaders.fullRead). One a
    // root field returns (`student`, `node`, a mutation's result) is audited there already.
    if (viewer && info.path.prev?.prev !== undefined) await loaders.fullRead.load(student);
    const clear = await seesPhones(viewer, viewer ? services.access.relationsOf(viewer) : undefined, student);
    return (student.guardians ?? []).map((contact) => ({
      name: contact.name,
      relation: contact.relation ?? null,
      phone: shownPhone(contact.phone, clear),
      linked: Boolean(contact.guardianId),
    }));
  },
  className: (student, _args, { loaders }) => loaders.className.load(student.classId),
  schoolClass: async (student, _args, { loaders }) => (await loaders.schoolClass.load(student.classId)) ?? null,
  school: async (student, _args, { loaders }) => (await loaders.school.load(student.schoolId)) ?? null,
  applications: (student, { termId }, { viewer, services }) => services.enrolment.ofStudent(viewer, student.id, termId),
  activities: async (student, { termId }, { services, loaders }) =>
    present(await Promise.all((await services.rosters.activitiesOf(student.id, termId)).map((id) => loaders.activity.load(id)))),
};

export const viewerPeopleFields: Pick<ViewerResolvers, 'staffId' | 'guardianId' | 'staff' | 'guardian' | 'children' | 'classes'> = {
  staffId: (viewer) => viewer.staffId ?? null,
  guardianId: (viewer) => viewer.guardianId ?? null,
  staff: async (viewer, _args, { loaders }) =>
    viewer.role === 'TEACHER' && viewer.staffId ? ((await loaders.staffMember.load(viewer.staffId)) ?? null) : null,
  guardian: async (viewer, _args, { loaders }) =>
    viewer.role === 'PARENT' && viewer.guardianId ? ((await loaders.guardian.load(viewer.guardianId)) ?? null) : null,
  children: async (viewer, _args, { services, loaders }) => {
    if (viewer.role !== 'PARENT') return [];
    const ids = [...(await services.access.relationsOf(viewer).guardianStudentIds())];
    return present(await Promise.all(ids.map((id) => loaders.student.load(id)))).sort((a: StudentRecord, b: StudentRecord) =>
      a.name.localeCompare(b.name, 'zh-CN'),
    );
  },
  classes: async (viewer, _args, { services, loaders }) => {
    if (viewer.role !== 'TEACHER') return [];
    const ids = [...(await services.access.relationsOf(viewer).teacherClassIds())];
    return present(await Promise.all(ids.map((id) => loaders.schoolClass.load(id))));
  },
};
