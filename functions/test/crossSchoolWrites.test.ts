import { beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '../src/auth/viewer';
import { codeOf, createTestApi, schoolAdminOf, type TestApi } from './support/api';
import { careStage } from './support/care';
import { activityInput } from './support/domain';
import { applyInput, createGuardian, createStaff, linkGuardian, ok } from './support/people';

/*
 * SPEC §4 abuse cases: a school's staff write with another school's ids mixed into their own records' inputs (a child
 * moved into the other school's class, the other school's teacher made class teacher or put on the duty rota, the
 * other school's child put on a roster or a roll call). Each is a coded refusal, and nothing changes at either school.
 */

let api: TestApi;
let here: Awaited<ReturnType<typeof careStage>>;
let there: Awaited<ReturnType<typeof careStage>>;
let adminHere: Viewer;

/** Everything the probes could touch, read by the district office: compared before and after each refusal. */
async function snapshot() {
  const student = (id: string) => ok(api, 'query($id: ID!) { student(id: $id) { id version classId schoolId status } }', { id });
  const cls = (id: string) => ok(api, 'query($id: ID!) { schoolClass(id: $id) { id version classTeacherId studentCount } }', { id });
  const roster = (id: string) => ok(api, 'query($id: ID!) { activity(id: $id) { version enrolledCount roster(first: 50) { nodes { id } } } }', { id });
  const apps = (schoolId: string) =>
    ok(api, 'query($s: ID!) { enrolmentApplications(filter: { schoolId: $s }, first: 50) { totalCount nodes { id version status pickupSlot } } }', {
      s: schoolId,
    });
  const rota = (schoolId: string) => ok(api, 'query($s: ID!) { dutyRota(schoolId: $s) { version days { weekday staffId } } }', { s: schoolId });
  return JSON.stringify([
    await student(here.students[0]),
    await student(there.students[0]),
    await cls(here.classId),
    await cls(there.classId),
    await roster(here.activityId),
    await roster(there.activityId),
    await apps(here.schoolId),
    await apps(there.schoolId),
    await rota(here.schoolId),
    await rota(there.schoolId),
  ]);
}

beforeAll(async () => {
  api = await createTestApi();
  here = await careStage(api, 1);
  there = await careStage(api, 1);
  adminHere = schoolAdminOf(here.schoolId);
}, 120_000);

// INVALID_TRANSITION: a staff member who is not an active member of the school (checked inside the write's transaction).
const REFUSED = ['FORBIDDEN', 'NOT_FOUND', 'BAD_USER_INPUT', 'INVALID_TRANSITION'];

async function expectRefused(label: string, query: string, variables: Record<string, unknown>, viewer: Viewer) {
  const before = await snapshot();
  const result = await api.exec(query, variables, viewer);
  expect([label, REFUSED.includes(String(codeOf(result))) ? 'refused' : JSON.stringify(result)]).toEqual([label, 'refused']);
  expect([label, await snapshot()]).toEqual([label, before]);
}

describe('another school’s ids inside one’s own school’s writes', () => {
  it('refuses moving a child into another school’s class, or creating one there', async () => {
    const [child] = here.students;
    await expectRefused(
      'move into other class',
      'mutation($id: ID!, $i: UpdateStudentInput!, $v: Int!) { updateStudent(id: $id, input: $i, expectedVersion: $v) { id classId schoolId } }',
      { id: child, i: { classId: there.classId }, v: 1 },
      adminHere,
    );
    await expectRefused(
      'create in other class',
      'mutation($i: CreateStudentInput!) { createStudent(input: $i) { id } }',
      { i: { classId: there.classId, name: '越界生', guardians: [] } },
      adminHere,
    );
  });

  it('refuses another school’s staff as class teacher, person in charge or duty leader', async () => {
    const class0 = await ok(api, 'query($id: ID!) { schoolClass(id: $id) { version } }', { id: here.classId });
    await expectRefused(
      'class teacher from other school',
      'mutation($id: ID!, $i: UpdateSchoolClassInput!, $v: Int!) { updateSchoolClass(id: $id, input: $i, expectedVersion: $v) { id classTeacherId } }',
      { id: here.classId, i: { classTeacherId: there.teacher.id }, v: class0.version },
      adminHere,
    );
    await expectRefused(
      'duty leader from other school',
      'mutation($s: ID!, $d: [DutyRotaDayInput!]!) { setDutyRota(schoolId: $s, days: $d) { id } }',
      { s: here.schoolId, d: [{ weekday: 'MONDAY', staffId: there.teacher.id }] },
      adminHere,
    );
    const before = await snapshot();
    const created = await api.exec(
      'mutation($i: CreateActivityInput!) { createActivity(input: $i) { id } }',
      {
        i: activityInput(here.termId, { weekday: 'TUESDAY', venue: '越界教室', staffName: null, staffId: there.teacher.id }),
      },
      adminHere,
    );
    expect(REFUSED.includes(String(codeOf(created))) ? 'refused' : JSON.stringify(created)).toBe('refused');
    expect(await snapshot()).toEqual(before);
  });

  it('refuses another school’s child on one’s own roster, roll call, application or care records', async () => {
    const [stranger] = there.students;
    await expectRefused(
      'assign other child',
      'mutation($a: ID!, $s: ID!) { assignToActivity(activityId: $a, studentId: $s) { id } }',
      { a: here.activityId, s: stranger },
      adminHere,
    );
    await expectRefused(
      'roll call with other child',
      'mutation($i: RecordRollCallInput!) { recordRollCall(input: $i) { id marks { studentId } } }',
      { i: { activityId: here.activityId, date: here.day, marks: [{ studentId: stranger, status: 'PRESENT' }], idempotencyKey: 'cross-school-1' } },
      here.teacher.viewer,
    );
    await expectRefused(
      'apply with other school term',
      'mutation($i: ApplyForServiceInput!) { applyForService(input: $i) { id } }',
      { i: applyInput(here.students[0], there.termId) },
      adminHere,
    );
    const other = await createStaff(api, here.schoolId);
    const fresh = await ok(api, 'mutation($i: CreateStudentInput!) { createStudent(input: $i) { id } }', {
      i: { classId: here.classId, name: '新同学', guardians: [] },
    });
    expect(other.id).toBeTruthy();
    await expectRefused(
      'apply wishing other school activity',
      'mutation($i: ApplyForServiceInput!) { applyForService(input: $i) { id } }',
      { i: applyInput(fresh.id, here.termId, { activityIds: [there.activityId] }) },
      adminHere,
    );
    for (const [label, query, variables] of [
      [
        'leave for other child',
        'mutation($i: RequestLeaveInput!) { requestLeave(input: $i) { id } }',
        { i: { studentId: stranger, from: here.day, to: here.day, reason: '病假' } },
      ],
      ['code for other child', 'mutation($s: ID!) { issueGuardianCode(studentId: $s) { code } }', { s: stranger }],
      [
        'care log of other school',
        'mutation($i: WriteCareLogInput!) { writeCareLog(input: $i) { id } }',
        { i: { schoolId: there.schoolId, date: here.day, summary: '越界', incidents: [] } },
      ],
    ] as const) {
      for (const viewer of [adminHere, here.teacher.viewer]) await expectRefused(`${label} as ${viewer.role}`, query, variables, viewer);
    }
  });

  it('refuses deciding, withdrawing or re-slotting another school’s application, even in a batch with one’s own', async () => {
    const [stranger] = there.students;
    const parent = await createGuardian(api);
    await linkGuardian(api, stranger, parent.viewer);
    const theirs = await ok(api, 'query($s: ID!) { enrolmentApplications(filter: { schoolId: $s }) { nodes { id version } } }', { s: there.schoolId });
    const theirId = theirs.nodes[0].id as string;
    await expectRefused('withdraw other', 'mutation($id: ID!) { withdrawApplication(id: $id) { id } }', { id: theirId }, adminHere);
    await expectRefused('re-slot other', 'mutation($id: ID!) { changePickupSlot(id: $id, pickupSlot: "17:00") { id } }', { id: theirId }, adminHere);
    const before = await snapshot();
    const batch = await api.exec(
      'mutation($ids: [ID!]!) { decideApplications(ids: $ids, decision: REJECT, comment: "名额已满") { id code application { id schoolId } } }',
      { ids: [theirId] },
      adminHere,
    );
    // Either the whole call is refused, or the other school's item fails without naming its record.
    if (!batch.errors) {
      expect(JSON.stringify(batch.data)).not.toContain(there.schoolId);
      expect((batch.data!.decideApplications as { code: string | null }[]).every((item) => item.code !== null)).toBe(true);
    } else expect(REFUSED).toContain(codeOf(batch));
    expect(await snapshot()).toEqual(before);
  });
});
