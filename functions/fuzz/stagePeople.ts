import type { Viewer } from '../src/auth/viewer';
import type { IdPools } from './schemaArbitraries';
import type { Exec } from './stage';

const district: Viewer = { sub: 'fuzz-district', role: 'DISTRICT_ADMIN' };

async function must(exec: Exec, query: string, variables: Record<string, unknown> = {}, viewer: Viewer = district) {
  const result = await exec(query, variables, viewer);
  if (result.errors) throw new Error(`stagePeople: ${query.slice(0, 60)} → ${JSON.stringify(result.errors)}`);
  // `any` on purpose: GraphQL response data (or a CloudFormation template) read by field name; the query fixes the shape, the test asserts it.
  return Object.values(result.data!)[0] as Record<string, any>;
}

let counter = 0;
const mobile = () => `139${String(Date.now() % 1e5).padStart(5, '0')}${String(counter++ % 1000).padStart(3, '0')}`;

/**
 * Children and families on top of the staged district (for the people and enrolment families): school A gets pickup
 * slots, a class teacher and a teacher, a grade-3 class with three students, a guardian account linked to the first
 * child, an unused binding code for the second, and applications in each step (SUBMITTED, CLASS_APPROVED, APPROVED)
 * with the approved child on a timetable activity. Returns the viewers the families add: the class teacher and the
 * parent. `signUp` makes a guardian account, as the phone sign-in does (there is no mutation for it).
 */
export async function stagePeople(
  exec: Exec,
  pools: IdPools,
  staged: { schoolId: string; termId: string; activityId: string },
  signUp: (phone: string) => Promise<{ id: string }>,
): Promise<{ teacher: Viewer; parent: Viewer }> {
  const add = (pool: string, id: string) => (pools[pool] ??= []).push(id);
  const { schoolId, termId, activityId } = staged;
  const school = await must(exec, 'query($id: ID!) { school(id: $id) { version } }', { id: schoolId });
  await must(exec, 'mutation($id: ID!, $input: UpdateSchoolInput!, $v: Int!) { updateSchool(id: $id, input: $input, expectedVersion: $v) { id } }', {
    id: schoolId,
    input: {
      pickupSlots: [
        { grades: [1, 2], times: ['16:00', '17:00'] },
        { grades: [3, 4, 5, 6], times: ['17:00', '17:30'] },
      ],
    },
    v: school.version,
  });

  const staff = (name: string, duties: string[]) =>
    must(exec, 'mutation($input: CreateStaffMemberInput!) { createStaffMember(input: $input) { id } }', { input: { schoolId, name, phone: mobile(), duties } });
  const classTeacher = await staff('陈老师', ['CLASS_TEACHER', 'TEACHER']);
  add('StaffMember', classTeacher.id);
  add('StaffMember', (await staff('周老师', ['TEACHER', 'DUTY_LEADER'])).id);
  const className = '三年级2班';
  const schoolClass = await must(exec, 'mutation($input: CreateSchoolClassInput!) { createSchoolClass(input: $input) { id } }', {
    input: { schoolId, grade: 3, name: className, classTeacherId: classTeacher.id },
  });
  add('SchoolClass', schoolClass.id);
  add('ClassName', className);

  const students: string[] = [];
  for (const [name, parentName] of [
    ['张小明', '张妈妈'],
    ['李小红', '李爸爸'],
    ['王小刚', '王奶奶'],
  ]) {
    const student = await must(exec, 'mutation($input: CreateStudentInput!) { createStudent(input: $input) { id } }', {
      input: {
        classId: schoolClass.id,
        name,
        gender: 'MALE',
        leftBehind: name === '王小刚',
        guardians: [{ name: parentName, relation: '家长', phone: mobile() }],
      },
    });
    students.push(student.id as string);
    add('Student', student.id);
  }

  const guardian = await signUp(mobile());
  const parent: Viewer = { sub: `fuzz-parent-${guardian.id}`, role: 'PARENT', guardianId: guardian.id };
  const code = (studentId: string) => must(exec, 'mutation($s: ID!) { issueGuardianCode(studentId: $s) { code } }', { s: studentId });
  await must(exec, 'mutation($c: String!) { linkChild(code: $c) { id } }', { c: (await code(students[0])).code }, parent);
  add('GuardianCode', (await code(students[1])).code);

  const apply = (studentId: string) =>
    must(exec, 'mutation($input: ApplyForServiceInput!) { applyForService(input: $input) { id } }', {
      input: {
        studentId,
        termId,
        days: ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'],
        lateCare: true,
        pickupSlot: '17:30',
        activityIds: [],
        consent: true,
      },
    });
  const [approved, classApproved, submitted] = [await apply(students[0]), await apply(students[1]), await apply(students[2])];
  for (const id of [approved.id, classApproved.id]) await must(exec, 'mutation($id: ID!) { reviewApplication(id: $id, decision: APPROVE) { id } }', { id });
  await must(exec, 'mutation($id: ID!) { decideApplication(id: $id, decision: APPROVE) { id } }', { id: approved.id });
  for (const application of [approved, classApproved, submitted]) add('EnrolmentApplication', application.id);
  await must(exec, 'mutation($a: ID!, $s: ID!) { assignToActivity(activityId: $a, studentId: $s) { id } }', { a: activityId, s: students[0] });

  return { teacher: { sub: `fuzz-teacher-${classTeacher.id}`, role: 'TEACHER', staffId: classTeacher.id, schoolId }, parent };
}
