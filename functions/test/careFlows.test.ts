import { beforeAll, describe, expect, it } from 'vitest';
import { codeOf, createTestApi, fieldOf, schoolAdminOf, type TestApi } from './support/api';
import { careStage, recordRollCall, rollCallInput } from './support/care';
import { reportOf } from './support/complianceFixtures';
import { createGuardian, createStaff, linkGuardian, ok, teacherOf } from './support/people';

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});

const ADD_PICKUP = 'mutation($i: AddAuthorizedPickupInput!) { addAuthorizedPickup(input: $i) { id name relation code } }';
const HANDOVER = 'mutation($i: RecordHandoverInput!) { recordHandover(input: $i) { id kind toGuardian date } }';
const HANDOVERS = 'query($s: ID!) { handovers(studentId: $s) { id kind } }';
const NOTIFICATIONS =
  '{ notifications(first: 50) { totalCount nodes { kind title body studentId alertId messageCode params { studentName className activityTitle activityStartTime venue pickupSlot graceMinutes leaveFrom leaveTo leaveReason releasedAt pickupPersonName pickupPersonRelation } } } }';
const ALERTS =
  'query($f: AlertFilter) { alerts(filter: $f, first: 50) { totalCount nodes { id kind status studentId activityId date message params { studentName className activityTitle activityStartTime venue pickupSlot graceMinutes } } } }';

/** An alert's typed values (for clients in other languages) are the ones its Chinese message names. */
function expectParamsInMessage(nodes: { kind: string; message: string; params: Record<string, unknown> | null }[]) {
  expect(nodes.length).toBeGreaterThan(0);
  for (const { kind, message, params } of nodes) {
    expect(params, kind).toBeTruthy();
    for (const value of Object.values(params!).filter((v) => v !== null)) expect(message, kind).toContain(String(value));
  }
}
const at = (date: string, time: string) => new Date(`${date}T${time}:00+08:00`);

describe('handover and pickup (交接、接送码)', () => {
  it('releases only to an authorized pickup person: a wrong or another child’s code is refused and nothing is recorded', async () => {
    const stage = await careStage(api, 2);
    const [child, other] = stage.students;
    const parent = await createGuardian(api);
    const otherParent = await createGuardian(api);
    await linkGuardian(api, child, parent.viewer);
    await linkGuardian(api, other, otherParent.viewer);
    const grandma = await ok(api, ADD_PICKUP, { i: { studentId: child, name: '王奶奶', relation: '奶奶' } }, parent.viewer);
    expect(grandma.code).toMatch(/^\d{6}$/);
    const neighbour = await ok(api, ADD_PICKUP, { i: { studentId: other, name: '赵阿姨', relation: '邻居' } }, otherParent.viewer);
    // Another family cannot add pickup persons to this child, and the teacher never sees the codes.
    expect(codeOf(await api.exec(ADD_PICKUP, { i: { studentId: child, name: '陌生人', relation: '朋友' } }, otherParent.viewer))).toBe('FORBIDDEN');
    const seen = await ok(api, 'query($s: ID!) { authorizedPickups(studentId: $s) { name code } }', { s: child }, stage.teacher.viewer);
    expect(seen).toEqual([{ name: '王奶奶', code: '' }]);

    const teacher = stage.teacher.viewer;
    const wrong = String((Number(grandma.code) + 1) % 1_000_000).padStart(6, '0');
    for (const code of [wrong, neighbour.code]) {
      const refused = await api.exec(HANDOVER, { i: { studentId: child, kind: 'RELEASE', pickupCode: code } }, teacher);
      expect([codeOf(refused), fieldOf(refused)]).toEqual(['FORBIDDEN', 'pickupCode']);
    }
    expect(await ok(api, HANDOVERS, { s: child })).toEqual([]);
    const trail = await api.services.repositories.audit.list(child, { first: 100 });
    expect(trail.items.filter((item) => item.record.action === 'PICKUP_REFUSED')).toHaveLength(2);

    const released = await ok(api, HANDOVER, { i: { studentId: child, kind: 'RELEASE', pickupCode: grandma.code } }, teacher);
    expect(released).toMatchObject({ kind: 'RELEASE', toGuardian: '王奶奶' });
    expect(codeOf(await api.exec(HANDOVER, { i: { studentId: child, kind: 'RELEASE', pickupCode: grandma.code } }, teacher))).toBe('CONFLICT');
    const inbox = await ok(api, NOTIFICATIONS, {}, parent.viewer);
    expect(inbox.nodes.filter((node: { kind: string }) => node.kind === 'RELEASE')).toHaveLength(1);
    // Its code and values (for readers in other languages) say what its Chinese body says.
    const release = inbox.nodes.find((node: { kind: string }) => node.kind === 'RELEASE');
    expect(release).toMatchObject({ messageCode: 'RELEASED', params: { pickupPersonName: '王奶奶', releasedAt: expect.stringMatching(/^\d\d:\d\d$/) } });
    expectParamsInMessage([{ kind: release.messageCode, message: release.body, params: release.params }]);
    expect((await ok(api, NOTIFICATIONS, {}, otherParent.viewer)).nodes.filter((node: { kind: string }) => node.kind === 'RELEASE')).toHaveLength(0);
    // A teacher with no tie to the child may not release it.
    const stranger = await createStaff(api, stage.schoolId, { duties: ['TEACHER'] });
    expect(
      codeOf(await api.exec(HANDOVER, { i: { studentId: other, kind: 'RELEASE', pickupCode: neighbour.code } }, teacherOf(stranger.id, stage.schoolId))),
    ).toBe('FORBIDDEN');
  });
});

describe('leave and alerts (请假、预警)', () => {
  it('marks LEAVE from a class teacher’s leave; raises ABSENT_WITHOUT_LEAVE once, to the class teacher and the guardians', async () => {
    const stage = await careStage(api, 3);
    const [onLeave, absent, here] = stage.students;
    const parent = await createGuardian(api);
    await linkGuardian(api, absent, parent.viewer);
    const leave = await ok(
      api,
      'mutation($i: RequestLeaveInput!) { requestLeave(input: $i) { id status from to } }',
      { i: { studentId: onLeave, from: stage.day, to: stage.day, reason: '看病' } },
      stage.teacher.viewer,
    );
    expect(leave.status).toBe('SUBMITTED');
    const marks = [
      { studentId: onLeave, status: 'ABSENT' },
      { studentId: absent, status: 'ABSENT' },
      { studentId: here, status: 'PRESENT' },
    ];
    const first = await recordRollCall(api, rollCallInput(stage.activityId, stage.day, marks), stage.teacher.viewer);
    expect(first.data!.recordRollCall.marks.find((mark: { studentId: string }) => mark.studentId === onLeave).status).toBe('LEAVE');
    // A correction that keeps the child absent raises nothing new.
    expect((await recordRollCall(api, rollCallInput(stage.activityId, stage.day, marks, { expectedVersion: 1 }), stage.teacher.viewer)).errors).toBeUndefined();
    const alerts = await ok(api, ALERTS, { f: { schoolId: stage.schoolId, kind: 'ABSENT_WITHOUT_LEAVE' } });
    expect(alerts.nodes.map((node: { studentId: string }) => node.studentId)).toEqual([absent]);
    expectParamsInMessage(alerts.nodes);
    expect(alerts.nodes[0].params).toMatchObject({ activityTitle: expect.any(String), activityStartTime: expect.any(String), className: expect.any(String) });
    // The class teacher and the child's guardian read it; a colleague and another family do not.
    expect((await ok(api, ALERTS, { f: {} }, stage.teacher.viewer)).totalCount).toBe(1);
    const colleague = await createStaff(api, stage.schoolId, { duties: ['TEACHER'] });
    expect((await ok(api, ALERTS, { f: {} }, teacherOf(colleague.id, stage.schoolId))).nodes).toEqual([]);
    expect((await ok(api, ALERTS, { f: { studentId: absent } }, parent.viewer)).totalCount).toBe(1);
    const notices = await ok(api, NOTIFICATIONS, {}, parent.viewer);
    expect(notices.nodes.map((node: { kind: string; studentId: string }) => [node.kind, node.studentId])).toEqual([['ALERT', absent]]);
    expect(notices.nodes[0].messageCode).toBe('ABSENT_WITHOUT_LEAVE');
    expect(notices.nodes[0].params).toMatchObject(alerts.nodes[0].params);
    // Resolved with a note, once.
    const alertId = alerts.nodes[0].id;
    expect(
      codeOf(
        await api.exec('mutation($id: ID!) { resolveAlert(id: $id, note: "已联系家长") { status } }', { id: alertId }, teacherOf(colleague.id, stage.schoolId)),
      ),
    ).toBe('FORBIDDEN');
    expect(
      (await ok(api, 'mutation($id: ID!) { resolveAlert(id: $id, note: "已联系家长，孩子在家") { status note } }', { id: alertId }, stage.teacher.viewer))
        .status,
    ).toBe('RESOLVED');
    expect(codeOf(await api.exec('mutation($id: ID!) { resolveAlert(id: $id, note: "again") { status } }', { id: alertId }, stage.teacher.viewer))).toBe(
      'INVALID_TRANSITION',
    );
  });

  it('raises NOT_PICKED_UP once 15 minutes after the slot, not after a release or for a child on leave', async () => {
    const stage = await careStage(api, 3);
    const [waiting, released, onLeave] = stage.students;
    const dutyLeader = await createStaff(api, stage.schoolId, { duties: ['DUTY_LEADER'] });
    const { pickups, leaves } = await api.services.loadCareRepositories();
    const now = new Date().toISOString();
    await leaves.write([
      leaves.createStep({
        id: 'lev_jobleave',
        version: 1,
        studentId: onLeave,
        schoolId: stage.schoolId,
        classId: stage.classId,
        from: stage.day,
        to: stage.day,
        reason: '回老家',
        status: 'SUBMITTED',
        requestedBy: 'x',
        requestedVia: 'GUARDIAN',
        createdAt: now,
        updatedAt: now,
      }),
    ]);
    await recordRollCall(
      api,
      rollCallInput(
        stage.activityId,
        stage.day,
        stage.students.map((studentId) => ({ studentId, status: 'PRESENT' })),
      ),
      stage.teacher.viewer,
    );
    await pickups.write([
      pickups.handoverStep({
        id: 'hnd_jobrelease',
        studentId: released,
        schoolId: stage.schoolId,
        date: stage.day,
        kind: 'RELEASE',
        at: at(stage.day, '17:20').toISOString(),
        by: 'x',
        toGuardian: '妈妈',
      }),
    ]);
    const job = api.services.alertJob;
    // The pickup slot is 17:30: nothing at 17:44.
    expect((await job.run(at(stage.day, '17:44'), [stage.schoolId])).raised.NOT_PICKED_UP).toBe(0);
    expect((await job.run(at(stage.day, '17:45'), [stage.schoolId])).raised.NOT_PICKED_UP).toBe(1);
    expect((await job.run(at(stage.day, '17:50'), [stage.schoolId])).raised.NOT_PICKED_UP).toBe(0);
    const raised = await ok(api, ALERTS, { f: { schoolId: stage.schoolId, kind: 'NOT_PICKED_UP' } });
    expect(raised.nodes.map((node: { studentId: string }) => node.studentId)).toEqual([waiting]);
    expectParamsInMessage(raised.nodes);
    expect(raised.nodes[0].params).toMatchObject({ pickupSlot: '17:30', graceMinutes: 15, studentName: expect.stringContaining('*'), activityTitle: null });
    expect((await ok(api, ALERTS, { f: { kind: 'NOT_PICKED_UP' } }, teacherOf(dutyLeader.id, stage.schoolId))).totalCount).toBe(1);
    expect((await ok(api, ALERTS, { f: { kind: 'NOT_PICKED_UP' } }, stage.teacher.viewer)).totalCount).toBe(0);
  });

  it('raises ROLL_CALL_MISSING once, 15 minutes after a session started without roll call, to its person in charge', async () => {
    const stage = await careStage(api, 1);
    const job = api.services.alertJob;
    expect((await job.run(at(stage.day, '15:44'), [stage.schoolId])).raised.ROLL_CALL_MISSING).toBe(0);
    expect((await job.run(at(stage.day, '15:45'), [stage.schoolId])).raised.ROLL_CALL_MISSING).toBe(1);
    expect((await job.run(at(stage.day, '16:00'), [stage.schoolId])).raised.ROLL_CALL_MISSING).toBe(0);
    const mine = await ok(api, ALERTS, { f: { kind: 'ROLL_CALL_MISSING' } }, stage.teacher.viewer);
    expect(mine.nodes.map((node: { activityId: string }) => node.activityId)).toEqual([stage.activityId]);
    expectParamsInMessage(mine.nodes);
    expect(mine.nodes[0].params).toMatchObject({ graceMinutes: 15, venue: expect.any(String), studentName: null });
    expect((await ok(api, NOTIFICATIONS, {}, schoolAdminOf(stage.schoolId))).nodes.map((node: { kind: string }) => node.kind)).toEqual(['ALERT']);
  });
});

describe('care log (课后看护日志)', () => {
  it('is written once per school day by a duty leader, changed over its version, refused in the future or by others', async () => {
    const stage = await careStage(api, 0);
    const leader = await createStaff(api, stage.schoolId, { duties: ['DUTY_LEADER', 'TEACHER'] });
    const viewer = teacherOf(leader.id, stage.schoolId);
    const WRITE =
      'mutation($i: WriteCareLogInput!) { writeCareLog(input: $i) { id version date dutyLeaderId summary incidents { at kind description action } } }';
    const input = {
      schoolId: stage.schoolId,
      date: stage.day,
      summary: '秩序良好',
      incidents: [{ at: '16:10', kind: 'INJURY', description: '跑步时擦伤膝盖', action: '校医处理，已告知家长' }],
    };
    const written = await ok(api, WRITE, { i: input }, viewer);
    expect(written).toMatchObject({ version: 1, dutyLeaderId: leader.id });
    expect(codeOf(await api.exec(WRITE, { i: input }, schoolAdminOf(stage.schoolId)))).toBe('CONFLICT');
    expect((await ok(api, WRITE, { i: { ...input, summary: '秩序良好，无其他事项', expectedVersion: 1 } }, viewer)).version).toBe(2);
    expect(fieldOf(await api.exec(WRITE, { i: { ...input, date: stage.future } }, viewer))).toBe('date');
    expect(fieldOf(await api.exec(WRITE, { i: { ...input, date: stage.excluded } }, viewer))).toBe('date');
    expect(codeOf(await api.exec(WRITE, { i: { ...input, date: stage.excluded } }, stage.teacher.viewer))).toBe('FORBIDDEN');
    expect(
      (await ok(api, 'query($s: ID!, $d: Date!) { careLog(schoolId: $s, date: $d) { version summary } }', { s: stage.schoolId, d: stage.day }, viewer)).version,
    ).toBe(2);
    // A teacher who is not a duty leader is refused (coded), whether or not the day has a log.
    for (const d of [stage.day, stage.excluded]) {
      const refused = await api.exec(
        'query($s: ID!, $d: Date!) { careLog(schoolId: $s, date: $d) { version } }',
        { s: stage.schoolId, d },
        stage.teacher.viewer,
      );
      expect([codeOf(refused), refused.data?.careLog]).toEqual(['FORBIDDEN', null]);
    }
  });

  it('flags each past service day without a log from the school’s first log on (DAY_WITHOUT_CARE_LOG), and only those', async () => {
    const stage = await careStage(api, 0);
    const admin = schoolAdminOf(stage.schoolId);
    const before = (await reportOf(api, stage)).rules.find((rule) => rule.code === 'DAY_WITHOUT_CARE_LOG')!;
    expect(before.status).toBe('NOT_CHECKED');
    const days = (await api.services.calendar.forTerm(stage.termId)).serviceDays({ to: stage.day }).map((day) => day.date);
    const [first, missing, last] = days.slice(-3);
    const WRITE = 'mutation($i: WriteCareLogInput!) { writeCareLog(input: $i) { id } }';
    for (const date of [first, last]) await ok(api, WRITE, { i: { schoolId: stage.schoolId, date, summary: '正常', incidents: [] } }, admin);
    const report = await reportOf(api, stage);
    expect(report.rules.find((rule) => rule.code === 'DAY_WITHOUT_CARE_LOG')!.status).toBe('FAILED');
    expect(report.issues.filter((issue) => issue.kind === 'DAY_WITHOUT_CARE_LOG').map((issue) => issue.date)).toEqual([missing]);
  });
});
