import { TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestApi, schoolAdminOf, type TestApi } from './support/api';
import { careStage, recordRollCall, rollCallInput, weekdayOf } from './support/care';
import { ok, teacherOf } from './support/people';
import { ALERTS, SET_ROTA, at, leaderAt } from './support/rota';

/** The alert job beside the rota: the absence backstop and NOT_PICKED_UP addressed to the day's duty leader. */
let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});

describe('alert job backstop for ABSENT_WITHOUT_LEAVE', () => {
  it('raises the alert a failed follow-up of a roll call left out, once, and not for a child with leave by now', async () => {
    const stage = await careStage(api, 3);
    const [absent, onLeaveLater, present] = stage.students;
    const doc = api.services.db.doc;
    const send = doc.send.bind(doc);
    // Fault injection: every alert write of the roll call's follow-up fails (the roll call itself is committed).
    const spy = vi.spyOn(doc, 'send').mockImplementation((async (command: unknown, ...rest: unknown[]) => {
      if (command instanceof TransactWriteCommand && JSON.stringify(command.input).includes('RAISE_ALERT')) throw new Error('injected: alert write failed');
      return (send as (...args: unknown[]) => Promise<unknown>)(command, ...rest);
    }) as never);
    try {
      const recorded = await recordRollCall(
        api,
        rollCallInput(stage.activityId, stage.day, [
          { studentId: absent, status: 'ABSENT' },
          { studentId: onLeaveLater, status: 'ABSENT' },
          { studentId: present, status: 'PRESENT' },
        ]),
        stage.teacher.viewer,
      );
      expect(recorded.errors).toBeUndefined();
    } finally {
      spy.mockRestore();
    }
    expect((await ok(api, ALERTS, { f: { schoolId: stage.schoolId, kind: 'ABSENT_WITHOUT_LEAVE' } })).totalCount).toBe(0);
    // The family of the second child reports the leave afterwards (the class teacher records it).
    await ok(
      api,
      'mutation($i: RequestLeaveInput!) { requestLeave(input: $i) { id } }',
      { i: { studentId: onLeaveLater, from: stage.day, to: stage.day, reason: '发烧' } },
      stage.teacher.viewer,
    );

    const job = api.services.alertJob;
    expect((await job.run(at(stage.day, '15:40'), [stage.schoolId])).raised.ABSENT_WITHOUT_LEAVE).toBe(1);
    expect((await job.run(at(stage.day, '15:45'), [stage.schoolId])).raised.ABSENT_WITHOUT_LEAVE).toBe(0);
    const alerts = await ok(api, ALERTS, { f: { schoolId: stage.schoolId, kind: 'ABSENT_WITHOUT_LEAVE' } });
    expect(alerts.nodes.map((node: { studentId: string; activityId: string }) => [node.studentId, node.activityId])).toEqual([[absent, stage.activityId]]);
    // Addressed as the roll call would have: the class teacher reads it.
    expect((await ok(api, ALERTS, { f: { kind: 'ABSENT_WITHOUT_LEAVE' } }, stage.teacher.viewer)).totalCount).toBe(1);
  });

  it('sends NOT_PICKED_UP to the rota’s duty leader of the day, when the rota names one', async () => {
    const stage = await careStage(api, 1);
    const [onDuty, other] = [await leaderAt(api, stage.schoolId), await leaderAt(api, stage.schoolId)];
    await ok(api, SET_ROTA, { s: stage.schoolId, d: [{ weekday: weekdayOf(stage.day), staffId: onDuty.id }] }, schoolAdminOf(stage.schoolId));
    await recordRollCall(api, rollCallInput(stage.activityId, stage.day, [{ studentId: stage.students[0], status: 'PRESENT' }]), stage.teacher.viewer);
    expect((await api.services.alertJob.run(at(stage.day, '17:50'), [stage.schoolId])).raised.NOT_PICKED_UP).toBe(1);
    expect((await ok(api, ALERTS, { f: { kind: 'NOT_PICKED_UP' } }, teacherOf(onDuty.id, stage.schoolId))).totalCount).toBe(1);
    expect((await ok(api, ALERTS, { f: { kind: 'NOT_PICKED_UP' } }, teacherOf(other.id, stage.schoolId))).totalCount).toBe(0);
  });
});
