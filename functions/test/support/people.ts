import { expect } from 'vitest';
import type { Viewer } from '../../src/auth/viewer';
import { randomToken } from '../../src/core/ids';
import { districtAdmin, type GraphQLResult, type TestApi } from './api';
import { activityInput, CREATE_ACTIVITY, createSchool, createTerm } from './domain';

export const teacherOf = (staffId: string, schoolId: string): Viewer => ({ sub: `teacher-${staffId}`, role: 'TEACHER', staffId, schoolId });
export const parentOf = (guardianId: string): Viewer => ({ sub: `parent-${guardianId}`, role: 'PARENT', guardianId });

/** A unique mainland mobile number. */
export const mobileNumber = () => `139${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;

// `any` on purpose: GraphQL response data (or a CloudFormation template) read by field name; the query fixes the shape, the test asserts it.
export async function ok<T = Record<string, any>>(
  api: TestApi,
  query: string,
  variables: Record<string, unknown> = {},
  viewer: Viewer | null = districtAdmin,
): Promise<T> {
  const result: GraphQLResult = await api.exec(query, variables, viewer);
  expect(result.errors, `${query.slice(0, 60)}: ${JSON.stringify(result.errors)}`).toBeUndefined();
  return Object.values(result.data!)[0] as T;
}

export const STUDENT_FIELDS =
  'id version schoolId classId grade name maskedName gender leftBehind hardship status leftOn className guardians { name relation phone linked }';
export const APPLICATION_FIELDS =
  'id version studentId schoolId classId termId days lateCare pickupSlot activityIds status priority consentAt reason submittedVia withdrawnFrom optOutReason';

export const createStaff = (api: TestApi, schoolId: string, overrides: Record<string, unknown> = {}) =>
  ok<{ id: string; version: number; name: string; duties: string[]; active: boolean }>(
    api,
    'mutation($i: CreateStaffMemberInput!) { createStaffMember(input: $i) { id version name duties active } }',
    { i: { schoolId, name: `教师${randomToken(3)}`, phone: mobileNumber(), duties: ['TEACHER'], ...overrides } },
  );

export const createClass = (api: TestApi, schoolId: string, overrides: Record<string, unknown> = {}) =>
  ok(api, 'mutation($i: CreateSchoolClassInput!) { createSchoolClass(input: $i) { id version name grade classTeacherId studentCount } }', {
    i: { schoolId, grade: 3, name: `三年级${randomToken(3)}班`, ...overrides },
  });

export const createStudent = (api: TestApi, classId: string, overrides: Record<string, unknown> = {}) =>
  ok(api, `mutation($i: CreateStudentInput!) { createStudent(input: $i) { ${STUDENT_FIELDS} } }`, {
    i: { classId, name: `张小${randomToken(2)}`, gender: 'FEMALE', guardians: [{ name: '张妈妈', relation: '母亲', phone: mobileNumber() }], ...overrides },
  });

/** A guardian account signed in by phone (the local dev sign-in and the Cognito trigger both end here). */
export async function createGuardian(api: TestApi, name = '李家长') {
  const guardian = await api.services.guardians.ensureByPhone({ phone: mobileNumber(), name });
  return { ...guardian, viewer: parentOf(guardian.id) };
}

/** The school issues a code for the child and the guardian links it. */
export async function linkGuardian(api: TestApi, studentId: string, guardianViewer: Viewer, issuer: Viewer = districtAdmin) {
  const { code } = await ok<{ code: string }>(api, 'mutation($s: ID!) { issueGuardianCode(studentId: $s) { code expiresAt } }', { s: studentId }, issuer);
  return ok(api, `mutation($c: String!) { linkChild(code: $c) { ${STUDENT_FIELDS} } }`, { c: code }, guardianViewer);
}

/** A school (grades 1–6, pickup slots of seed part 一) with a term, a class teacher and a grade-3 class. */
export async function schoolWithClass(api: TestApi) {
  const school = await createSchool(api, {
    pickupSlots: [
      { grades: [1, 2], times: ['16:00', '17:00', '17:30'] },
      { grades: [3, 4, 5, 6], times: ['17:00', '17:30'] },
    ],
  });
  const term = await createTerm(api, school.id, { startDate: '2026-09-01', endDate: '2027-07-10' });
  const teacher = await createStaff(api, school.id, { duties: ['CLASS_TEACHER', 'TEACHER'] });
  const schoolClass = await createClass(api, school.id, { classTeacherId: teacher.id });
  return {
    schoolId: school.id as string,
    termId: term.id as string,
    teacher: { ...teacher, viewer: teacherOf(teacher.id, school.id) },
    classId: schoolClass.id as string,
  };
}

export async function createActivity(api: TestApi, termId: string, overrides: Record<string, unknown> = {}) {
  const data = await ok<{ id: string }>(api, CREATE_ACTIVITY, {
    input: activityInput(termId, { venue: `教室${randomToken(4)}`, staffName: `老师${randomToken(4)}`, ...overrides }),
  });
  return data.id;
}

export const applyInput = (studentId: string, termId: string, overrides: Record<string, unknown> = {}) => ({
  studentId,
  termId,
  days: ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'],
  lateCare: true,
  pickupSlot: '17:30',
  activityIds: [],
  consent: true,
  ...overrides,
});

export const apply = (api: TestApi, input: Record<string, unknown>, viewer: Viewer = districtAdmin) =>
  ok(api, `mutation($i: ApplyForServiceInput!) { applyForService(input: $i) { ${APPLICATION_FIELDS} } }`, { i: input }, viewer);

export const review = (api: TestApi, id: string, decision: 'APPROVE' | 'REJECT', viewer: Viewer = districtAdmin, comment?: string) =>
  api.exec(
    `mutation($id: ID!, $d: ReviewDecision!, $c: String) { reviewApplication(id: $id, decision: $d, comment: $c) { ${APPLICATION_FIELDS} } }`,
    { id, d: decision, c: comment },
    viewer,
  );

export const decide = (api: TestApi, id: string, decision: 'APPROVE' | 'REJECT', viewer: Viewer = districtAdmin, comment?: string) =>
  api.exec(
    `mutation($id: ID!, $d: ReviewDecision!, $c: String) { decideApplication(id: $id, decision: $d, comment: $c) { ${APPLICATION_FIELDS} } }`,
    { id, d: decision, c: comment },
    viewer,
  );

/** A student taken through the whole workflow to an APPROVED application (the district stands in for each step). */
export async function enrol(api: TestApi, studentId: string, termId: string, overrides: Record<string, unknown> = {}) {
  const application = await apply(api, applyInput(studentId, termId, overrides));
  expect((await review(api, application.id, 'APPROVE')).errors).toBeUndefined();
  const decided = await decide(api, application.id, 'APPROVE');
  expect(decided.errors).toBeUndefined();
  return decided.data!.decideApplication as { id: string; version: number; status: string };
}

export const assign = (api: TestApi, activityId: string, studentId: string, viewer: Viewer = districtAdmin) =>
  api.exec(
    'mutation($a: ID!, $s: ID!) { assignToActivity(activityId: $a, studentId: $s) { id enrolledCount capacity } }',
    { a: activityId, s: studentId },
    viewer,
  );

export const rosterOf = async (api: TestApi, activityId: string, viewer: Viewer = districtAdmin) =>
  ok<{ enrolledCount: number; roster: { totalCount: number; nodes: { id: string; name: string }[] } }>(
    api,
    'query($id: ID!) { activity(id: $id) { enrolledCount roster(first: 100) { totalCount nodes { id name } } } }',
    { id: activityId },
    viewer,
  );
