import { beforeAll, describe, expect, it } from 'vitest';
import { codeOf, createTestApi, fieldOf, schoolAdminOf, type TestApi } from './support/api';
import { careStage, recordRollCall, ROLL_CALL, rollCallInput } from './support/care';
import { createStaff, ok, teacherOf } from './support/people';

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});

const present = (students: string[]) => students.map((studentId) => ({ studentId, status: 'PRESENT' }));

describe('roll call (点名)', () => {
  it('is taken by the teacher in charge; a retry with the same idempotency key records once', async () => {
    const stage = await careStage(api, 3);
    const input = rollCallInput(stage.activityId, stage.day, present(stage.students));
    const first = await recordRollCall(api, input, stage.teacher.viewer);
    expect(first.errors).toBeUndefined();
    expect(first.data!.recordRollCall).toMatchObject({ version: 1, recorded: true, date: stage.day, takenBy: stage.teacher.viewer.sub });
    // The phone lost the answer and sends the same submission again, even with other marks: nothing new is recorded.
    const retry = await recordRollCall(api, { ...input, marks: [{ studentId: stage.students[0], status: 'ABSENT' }] }, stage.teacher.viewer);
    expect(retry.errors).toBeUndefined();
    expect(retry.data!.recordRollCall).toEqual(first.data!.recordRollCall);
    const events = await api.services.repositories.audit.list(stage.activityId, { first: 100 });
    expect(events.items.filter((item) => item.record.action === 'RECORD_ROLL_CALL')).toHaveLength(1);
  });

  it('lets one of two concurrent first submissions win; the other gets CONFLICT with the current marks', async () => {
    const stage = await careStage(api, 2);
    const admin = schoolAdminOf(stage.schoolId);
    const results = await Promise.all([
      recordRollCall(api, rollCallInput(stage.activityId, stage.day, present(stage.students)), stage.teacher.viewer),
      recordRollCall(
        api,
        rollCallInput(
          stage.activityId,
          stage.day,
          stage.students.map((studentId) => ({ studentId, status: 'LATE' })),
        ),
        admin,
      ),
    ]);
    const winners = results.filter((result) => !result.errors);
    const losers = results.filter((result) => result.errors);
    expect(winners).toHaveLength(1);
    expect(losers.map(codeOf)).toEqual(['CONFLICT']);
    const extensions = losers[0].errors![0].extensions!;
    expect(extensions.currentVersion).toBe(1);
    expect(extensions.currentMarks).toEqual(winners[0].data!.recordRollCall.marks);
    // A correction over the version read goes through; over a stale one it is refused.
    const corrected = await recordRollCall(api, rollCallInput(stage.activityId, stage.day, present(stage.students), { expectedVersion: 1 }), admin);
    expect(corrected.data?.recordRollCall.version).toBe(2);
    expect(codeOf(await recordRollCall(api, rollCallInput(stage.activityId, stage.day, present(stage.students), { expectedVersion: 1 }), admin))).toBe(
      'CONFLICT',
    );
  });

  it('refuses future and excluded dates, another weekday, children not on the roster, and anyone but the person in charge', async () => {
    const stage = await careStage(api, 1);
    const marks = present(stage.students);
    const teacher = stage.teacher.viewer;
    const future = await recordRollCall(api, rollCallInput(stage.activityId, stage.future, marks), teacher);
    expect([codeOf(future), fieldOf(future)]).toEqual(['BAD_USER_INPUT', 'date']);
    const excluded = await recordRollCall(api, rollCallInput(stage.activityId, stage.excluded, marks), teacher);
    expect([codeOf(excluded), fieldOf(excluded), excluded.errors![0].extensions!.calendarDayKind]).toEqual(['BAD_USER_INPUT', 'date', 'EXCLUDED']);
    const dayBefore = new Date(Date.parse(`${stage.day}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    expect(fieldOf(await recordRollCall(api, rollCallInput(stage.activityId, dayBefore, marks), teacher))).toBe('date');
    expect(fieldOf(await recordRollCall(api, rollCallInput(stage.activityId, stage.day, [{ studentId: 'stu_nobody', status: 'PRESENT' }]), teacher))).toBe(
      'marks.0.studentId',
    );
    expect(fieldOf(await recordRollCall(api, rollCallInput(stage.activityId, stage.day, marks, { idempotencyKey: 'short' }), teacher))).toBe('idempotencyKey');
    const colleague = await createStaff(api, stage.schoolId, { duties: ['TEACHER'] });
    expect(codeOf(await recordRollCall(api, rollCallInput(stage.activityId, stage.day, marks), teacherOf(colleague.id, stage.schoolId)))).toBe('FORBIDDEN');
    expect(codeOf(await recordRollCall(api, rollCallInput(stage.activityId, stage.day, marks), schoolAdminOf('sch_other')))).toBe('FORBIDDEN');
    expect(codeOf(await recordRollCall(api, rollCallInput(stage.activityId, stage.day, marks), null))).toBe('UNAUTHENTICATED');
    // Nothing was recorded by any of these.
    expect(await api.services.repositories.rollCalls.ofSession(stage.activityId, stage.day)).toBeUndefined();
  });

  it('pre-marks LEAVE from a leave request and turns ABSENT into LEAVE for a child on leave', async () => {
    const stage = await careStage(api, 3);
    const [onLeave, absent, here] = stage.students;
    const now = new Date().toISOString();
    await api.services.repositories.leaves.write([
      api.services.repositories.leaves.createStep({
        id: 'lev_testleave',
        version: 1,
        studentId: onLeave,
        schoolId: stage.schoolId,
        classId: stage.classId,
        from: stage.day,
        to: stage.day,
        reason: '发烧',
        status: 'SUBMITTED',
        requestedBy: 'parent',
        requestedVia: 'GUARDIAN',
        createdAt: now,
        updatedAt: now,
      }),
    ]);
    const draft = await ok(api, ROLL_CALL, { a: stage.activityId, d: stage.day }, stage.teacher.viewer);
    expect(draft.recorded).toBe(false);
    expect(Object.fromEntries(draft.marks.map((mark: { studentId: string; status: string }) => [mark.studentId, mark.status]))).toEqual({
      [onLeave]: 'LEAVE',
      [absent]: 'PRESENT',
      [here]: 'PRESENT',
    });
    const recorded = await ok(
      api,
      `mutation($i: RecordRollCallInput!) { recordRollCall(input: $i) { marks { studentId status } } }`,
      {
        i: rollCallInput(stage.activityId, stage.day, [
          { studentId: absent, status: 'ABSENT' },
          { studentId: here, status: 'PRESENT' },
        ]),
      },
      stage.teacher.viewer,
    );
    expect(Object.fromEntries(recorded.marks.map((mark: { studentId: string; status: string }) => [mark.studentId, mark.status]))).toEqual({
      [onLeave]: 'LEAVE',
      [absent]: 'ABSENT',
      [here]: 'PRESENT',
    });
  });
});
