import { TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { codeOf, createTestApi, fieldOf, schoolAdminOf, type TestApi } from './support/api';
import { APPLICATION_FIELDS, apply, applyInput, assign, createActivity, createStudent, enrol, ok, rosterOf, schoolWithClass } from './support/people';

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});

const WITHDRAW = `mutation($id: ID!) { withdrawApplication(id: $id) { ${APPLICATION_FIELDS} } }`;

/** A school with a grade-3 class, `n` enrolled students and an activity of the given capacity. */
async function stage(target: TestApi, n: number, capacity: number) {
  const { schoolId, termId, classId } = await schoolWithClass(target);
  const activityId = await createActivity(target, termId, { capacity, grades: [3] });
  const students: string[] = [];
  for (let i = 0; i < n; i++) {
    const student = await createStudent(target, classId);
    await enrol(target, student.id, termId);
    students.push(student.id);
  }
  return { schoolId, termId, classId, activityId, students };
}

describe('rosters (活动名单)', () => {
  it('gives the last seat to exactly one of 20 concurrent assignments, and enrolledCount is the roster’s size', async () => {
    const { activityId, students } = await stage(api, 22, 3);
    for (const id of students.slice(0, 2)) expect((await assign(api, activityId, id)).errors).toBeUndefined();
    const results = await Promise.all(students.slice(2).map((id) => assign(api, activityId, id)));
    const codes = results.map(codeOf);
    expect(codes.filter((code) => code === undefined)).toHaveLength(1);
    expect(codes.filter((code) => code === 'CONFLICT')).toHaveLength(19);
    expect(results.find((result) => result.errors)!.errors![0].message).toContain('full');
    const roster = await rosterOf(api, activityId);
    expect(roster.enrolledCount).toBe(3);
    expect(roster.roster.totalCount).toBe(3);
    expect(roster.roster.nodes).toHaveLength(3);
  }, 300_000);

  it('refuses a child whose day already holds an overlapping activity, a wrong grade, an unapplied day or no enrolment', async () => {
    const { termId, classId, activityId, students } = await stage(api, 1, 40);
    const [child] = students;
    const overlapping = await createActivity(api, termId, { startTime: '16:00', endTime: '17:00', grades: [3] });
    const after = await createActivity(api, termId, { startTime: '16:30', endTime: '17:30', grades: [3] });
    const fifth = await createActivity(api, termId, { startTime: '18:00', endTime: '19:00', grades: [5] });
    expect((await assign(api, activityId, child)).errors).toBeUndefined();
    const clash = await assign(api, overlapping, child);
    expect([codeOf(clash), clash.errors![0].extensions!.conflictingActivityId]).toEqual(['CONFLICT', activityId]);
    expect((await assign(api, after, child)).errors).toBeUndefined();
    expect(fieldOf(await assign(api, fifth, child))).toBe('studentId');
    expect(codeOf(await assign(api, activityId, child))).toBe('CONFLICT');

    const mondayOnly = await createStudent(api, classId);
    await enrol(api, mondayOnly.id, termId, { days: ['TUESDAY'] });
    expect(fieldOf(await assign(api, activityId, mondayOnly.id))).toBe('activityId');
    const pending = await createStudent(api, classId);
    await apply(api, applyInput(pending.id, termId));
    expect(codeOf(await assign(api, activityId, pending.id))).toBe('INVALID_TRANSITION');
  });

  it('frees the seat and the child’s time when removed; a roster keeps the activity’s time, capacity and existence', async () => {
    const { schoolId, termId, activityId, students } = await stage(api, 2, 2);
    for (const id of students) await assign(api, activityId, id);
    const admin = schoolAdminOf(schoolId);
    const shrink = await api.exec(
      'mutation($id: ID!) { updateActivity(id: $id, input: { capacity: 1 }, expectedVersion: 1) { id } }',
      { id: activityId },
      admin,
    );
    expect([codeOf(shrink), fieldOf(shrink)]).toEqual(['BAD_USER_INPUT', 'capacity']);
    expect(
      codeOf(
        await api.exec('mutation($id: ID!) { updateActivity(id: $id, input: { startTime: "15:00" }, expectedVersion: 1) { id } }', { id: activityId }, admin),
      ),
    ).toBe('INVALID_TRANSITION');
    expect(codeOf(await api.exec('mutation($id: ID!) { deleteActivity(id: $id) }', { id: activityId }, admin))).toBe('INVALID_TRANSITION');
    // Typed-in counts are ignored: the roster decides.
    const edited = await ok(
      api,
      'mutation($id: ID!) { updateActivity(id: $id, input: { title: "作业辅导（三年级）", enrolledCount: 40 }, expectedVersion: 1) { enrolledCount title } }',
      { id: activityId },
      admin,
    );
    expect(edited).toEqual({ enrolledCount: 2, title: '作业辅导（三年级）' });

    const removed = await ok(
      api,
      'mutation($a: ID!, $s: ID!) { removeFromActivity(activityId: $a, studentId: $s) { enrolledCount } }',
      { a: activityId, s: students[0] },
      admin,
    );
    expect(removed.enrolledCount).toBe(1);
    expect(
      codeOf(
        await api.exec('mutation($a: ID!, $s: ID!) { removeFromActivity(activityId: $a, studentId: $s) { id } }', { a: activityId, s: students[0] }, admin),
      ),
    ).toBe('NOT_FOUND');
    // The child's Monday is free again: an activity at the same time takes them.
    const sameTime = await createActivity(api, termId, { grades: [3] });
    expect((await assign(api, sameTime, students[0])).errors).toBeUndefined();
  });

  it('takes a withdrawn child off every roster of the enrolment in the same change', async () => {
    const { termId, students } = await stage(api, 1, 30);
    const [child] = students;
    const ids = [
      await createActivity(api, termId, { weekday: 'MONDAY', grades: [3] }),
      await createActivity(api, termId, { weekday: 'WEDNESDAY', grades: [3] }),
      await createActivity(api, termId, { weekday: 'FRIDAY', grades: [3] }),
    ];
    for (const id of ids) expect((await assign(api, id, child)).errors).toBeUndefined();
    const application = await ok(api, 'query($s: ID!) { student(id: $s) { applications { id } activities { id } } }', { s: child });
    expect(application.activities).toHaveLength(3);
    const withdrawn = await ok(api, WITHDRAW, { id: application.applications[0].id });
    expect(withdrawn.status).toBe('WITHDRAWN');
    for (const id of ids) expect(await rosterOf(api, id)).toMatchObject({ enrolledCount: 0, roster: { totalCount: 0 } });
    expect((await ok(api, 'query($s: ID!) { student(id: $s) { activities { id } } }', { s: child })).activities).toEqual([]);
    // Enrolled again, the child's days are free: the same activities take them.
    await enrol(api, child, termId);
    for (const id of ids) expect((await assign(api, id, child)).errors).toBeUndefined();
  });

  it('withdraws in resumable batches when the roster is too large for one transaction', async () => {
    // Transactions of at most 8 items: 3 roster entries (3 items each) go in two batches before the closing one.
    const small = await createTestApi(undefined, { maxTransactionItems: 8 });
    const { termId, students } = await stage(small, 1, 30);
    const [child] = students;
    const ids: string[] = [];
    for (const weekday of ['MONDAY', 'TUESDAY', 'WEDNESDAY']) {
      const id = await createActivity(small, termId, { weekday, grades: [3] });
      expect((await assign(small, id, child)).errors).toBeUndefined();
      ids.push(id);
    }
    const applicationId = (await ok(small, 'query($s: ID!) { student(id: $s) { applications { id } } }', { s: child })).applications[0].id;
    const send = small.db.doc.send.bind(small.db.doc);
    let transactions = 0;
    small.db.doc.send = (async (command: unknown, ...rest: unknown[]) => {
      if (command instanceof TransactWriteCommand && ++transactions === 2) throw Object.assign(new Error('crash'), { name: 'NetworkingError' });
      return (send as (...args: unknown[]) => unknown)(command, ...rest);
    }) as typeof small.db.doc.send;
    try {
      expect(codeOf(await small.exec(WITHDRAW, { id: applicationId }))).toBe('INTERNAL_SERVER_ERROR');
    } finally {
      small.db.doc.send = send;
    }
    // The first batch went through: two children's places are free, the enrolment is still live.
    const counts = async () => Promise.all(ids.map(async (id) => (await rosterOf(small, id)).enrolledCount));
    expect((await counts()).reduce((a, b) => a + b, 0)).toBe(1);
    expect((await ok(small, 'query($id: ID!) { enrolmentApplication(id: $id) { status } }', { id: applicationId })).status).toBe('APPROVED');
    expect((await ok(small, WITHDRAW, { id: applicationId })).status).toBe('WITHDRAWN');
    expect(await counts()).toEqual([0, 0, 0]);
  });
});
