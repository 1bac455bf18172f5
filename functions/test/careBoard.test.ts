import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { codeOf, createTestApi, districtAdmin, fieldOf, schoolAdminOf, type TestApi } from './support/api';
import { careStage, recordRollCall, rollCallInput } from './support/care';
import { createGuardian, createStaff, linkGuardian, ok, parentOf, teacherOf } from './support/people';

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});
afterEach(() => {
  vi.useRealTimers();
});

const BOARD = `query($s: ID!, $d: Date!) { careBoard(schoolId: $s, date: $d) {
  schoolId date serviceDay taken missing notYetDue careLogWritten openAlertCount
  marks { present absent leave late }
  sessions { activityId rollCallState takenAt marks { present absent leave late } activity { id } }
  openAlerts { id kind studentId }
  pickupSlots { time due released waiting onLeave absent children { studentId state overdue releasedTo student { id } } }
} }`;
const DISTRICT = `query($d: Date!) { districtCareBoard(date: $d) {
  schoolId serviceDay sessions taken missing notYetDue openAlertCount due released waiting careLogWritten marks { present absent leave late } school { id }
} }`;
const ADD_PICKUP = 'mutation($i: AddAuthorizedPickupInput!) { addAuthorizedPickup(input: $i) { id code } }';
const HANDOVER = 'mutation($i: RecordHandoverInput!) { recordHandover(input: $i) { id } }';
/** The clock at a school-local time of a day (Date only: the database client keeps its own timers). */
const clockAt = (date: string, time: string) => vi.useFakeTimers({ now: new Date(`${date}T${time}:00+08:00`), toFake: ['Date'] });

describe('the today board (今日看护看板)', () => {
  it('counts roll call, a leave and a release as they happen, for the school, its teacher and the district', async () => {
    const stage = await careStage(api, 4);
    const [onLeave, absent, released, waiting] = stage.students;
    const admin = schoolAdminOf(stage.schoolId);
    const parent = await createGuardian(api);
    await linkGuardian(api, released, parent.viewer);
    const grandma = await ok(api, ADD_PICKUP, { i: { studentId: released, name: '王奶奶', relation: '奶奶' } }, parent.viewer);

    // 15:40 on the day: the 15:30 session is not yet due for roll call; all four are due at 17:30.
    clockAt(stage.day, '15:40');
    let board = await ok(api, BOARD, { s: stage.schoolId, d: stage.day }, admin);
    expect(board).toMatchObject({ serviceDay: true, taken: 0, missing: 0, notYetDue: 1, careLogWritten: false, openAlertCount: 0 });
    expect(board.sessions).toEqual([
      expect.objectContaining({ activityId: stage.activityId, rollCallState: 'NOT_YET_DUE', takenAt: null, activity: { id: stage.activityId } }),
    ]);
    expect(board.pickupSlots).toEqual([expect.objectContaining({ time: '17:30', due: 4, released: 0, waiting: 4, onLeave: 0, absent: 0 })]);

    // 15:50: now it is missing.
    clockAt(stage.day, '15:50');
    board = await ok(api, BOARD, { s: stage.schoolId, d: stage.day }, admin);
    expect([board.missing, board.notYetDue, board.sessions[0].rollCallState]).toEqual([1, 0, 'MISSING']);

    // A leave, then the roll call: one on leave, one absent (an alert), two present.
    await ok(
      api,
      'mutation($i: RequestLeaveInput!) { requestLeave(input: $i) { id } }',
      { i: { studentId: onLeave, from: stage.day, to: stage.day, reason: '看病' } },
      stage.teacher.viewer,
    );
    const marks = [
      { studentId: absent, status: 'ABSENT' },
      { studentId: released, status: 'PRESENT' },
      { studentId: waiting, status: 'LATE' },
    ];
    expect((await recordRollCall(api, rollCallInput(stage.activityId, stage.day, marks), stage.teacher.viewer)).errors).toBeUndefined();
    board = await ok(api, BOARD, { s: stage.schoolId, d: stage.day }, admin);
    expect(board).toMatchObject({ taken: 1, missing: 0, notYetDue: 0, marks: { present: 1, absent: 1, leave: 1, late: 1 }, openAlertCount: 1 });
    expect(board.sessions[0]).toMatchObject({ rollCallState: 'TAKEN', marks: { present: 1, absent: 1, leave: 1, late: 1 } });
    expect(board.openAlerts).toEqual([expect.objectContaining({ kind: 'ABSENT_WITHOUT_LEAVE', studentId: absent })]);
    expect(board.pickupSlots[0]).toMatchObject({ due: 2, released: 0, waiting: 2, onLeave: 1, absent: 1 });

    // 17:40: one child released with the grandmother's code; the other is still waiting, not yet overdue.
    clockAt(stage.day, '17:40');
    expect((await api.exec(HANDOVER, { i: { studentId: released, kind: 'RELEASE', pickupCode: grandma.code } }, stage.teacher.viewer)).errors).toBeUndefined();
    board = await ok(api, BOARD, { s: stage.schoolId, d: stage.day }, admin);
    expect(board.pickupSlots[0]).toMatchObject({ due: 2, released: 1, waiting: 1, onLeave: 1, absent: 1 });
    const states = Object.fromEntries(board.pickupSlots[0].children.map((child: { studentId: string; state: string }) => [child.studentId, child]));
    expect(states[released]).toMatchObject({ state: 'RELEASED', releasedTo: expect.stringContaining('王奶奶'), student: { id: released } });
    expect(states[waiting]).toMatchObject({ state: 'WAITING', overdue: false });
    expect(states[onLeave].state).toBe('LEAVE');
    expect(states[absent].state).toBe('ABSENT');
    // 17:46: 16 minutes after the slot, the waiting child is overdue.
    clockAt(stage.day, '17:46');
    board = await ok(api, BOARD, { s: stage.schoolId, d: stage.day }, stage.teacher.viewer);
    expect(board.pickupSlots[0].children.find((child: { studentId: string }) => child.studentId === waiting)).toMatchObject({ overdue: true });
    // The teacher runs the session: the same children; the care log is not theirs to know about.
    expect(board.careLogWritten).toBeNull();
    expect(board.pickupSlots[0]).toMatchObject({ due: 2, released: 1, waiting: 1 });

    // The district: the same counts in the school's row.
    const rows = await ok(api, DISTRICT, { d: stage.day }, districtAdmin);
    expect(rows.find((row: { schoolId: string }) => row.schoolId === stage.schoolId)).toMatchObject({
      serviceDay: true,
      sessions: 1,
      taken: 1,
      openAlertCount: 1,
      due: 2,
      released: 1,
      waiting: 1,
      careLogWritten: false,
      marks: { present: 1, absent: 1, leave: 1, late: 1 },
      school: { id: stage.schoolId },
    });
  });

  it('refuses other schools, parents and the public, and never shows a teacher sessions they do not run', async () => {
    const stage = await careStage(api, 2);
    const other = await careStage(api, 1);
    await recordRollCall(
      api,
      rollCallInput(
        stage.activityId,
        stage.day,
        stage.students.map((studentId) => ({ studentId, status: 'ABSENT' })),
      ),
      stage.teacher.viewer,
    );
    const otherAdmin = schoolAdminOf(other.schoolId);
    const refused = await api.exec(BOARD, { s: stage.schoolId, d: stage.day }, otherAdmin);
    expect(codeOf(refused)).toBe('FORBIDDEN');
    expect(refused.data).toBeNull();
    expect(codeOf(await api.exec(BOARD, { s: stage.schoolId, d: stage.day }, other.teacher.viewer))).toBe('FORBIDDEN');
    expect(codeOf(await api.exec(BOARD, { s: stage.schoolId, d: stage.day }, parentOf('gdn_nobody')))).toBe('FORBIDDEN');
    expect(codeOf(await api.exec(BOARD, { s: stage.schoolId, d: stage.day }, null))).toBe('UNAUTHENTICATED');
    for (const viewer of [otherAdmin, schoolAdminOf(stage.schoolId), other.teacher.viewer])
      expect(codeOf(await api.exec(DISTRICT, { d: stage.day }, viewer))).toBe('FORBIDDEN');

    // A teacher of the school who runs nothing that day: no sessions, no children, no alerts (the alert is addressed to the class teacher).
    const colleague = await createStaff(api, stage.schoolId, { duties: ['TEACHER'] });
    const empty = await ok(api, BOARD, { s: stage.schoolId, d: stage.day }, teacherOf(colleague.id, stage.schoolId));
    expect(empty).toMatchObject({ serviceDay: true, sessions: [], taken: 0, openAlertCount: 0, openAlerts: [], pickupSlots: [] });
    // A duty leader sees the whole school (the NOT_PICKED_UP alerts go to them).
    const leader = await createStaff(api, stage.schoolId, { duties: ['TEACHER', 'DUTY_LEADER'] });
    const whole = await ok(api, BOARD, { s: stage.schoolId, d: stage.day }, teacherOf(leader.id, stage.schoolId));
    expect(whole).toMatchObject({ taken: 1, careLogWritten: false, pickupSlots: [expect.objectContaining({ due: 0, absent: 2 })] });
    // …but only the alerts addressed to them, as the alerts list: the absences went to the class teacher and the family.
    expect([whole.openAlertCount, whole.openAlerts]).toEqual([0, []]);
    const own = await ok(api, BOARD, { s: stage.schoolId, d: stage.day }, stage.teacher.viewer);
    expect(own.openAlertCount).toBe(2);
  });

  it('refuses a malformed date and too long a care-log range; reads care logs of the school only', async () => {
    const stage = await careStage(api, 1);
    const admin = schoolAdminOf(stage.schoolId);
    const bad = await api.exec(
      'query($s: ID!, $date: Date!) { careBoard(schoolId: $s, date: $date) { serviceDay } }',
      { s: stage.schoolId, date: '2026-02-30' },
      admin,
    );
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    const LOGS = 'query($s: ID!, $f: Date!, $t: Date!) { careLogs(schoolId: $s, from: $f, to: $t) { id date summary } }';
    const long = await api.exec(LOGS, { s: stage.schoolId, f: '2026-01-01', t: '2026-03-31' }, admin);
    expect([codeOf(long), fieldOf(long)]).toEqual(['BAD_USER_INPUT', 'to']);
    const backwards = await api.exec(LOGS, { s: stage.schoolId, f: '2026-03-02', t: '2026-03-01' }, admin);
    expect([codeOf(backwards), fieldOf(backwards)]).toEqual(['BAD_USER_INPUT', 'to']);
    await ok(
      api,
      'mutation($i: WriteCareLogInput!) { writeCareLog(input: $i) { id } }',
      { i: { schoolId: stage.schoolId, date: stage.day, summary: '平稳', incidents: [] } },
      admin,
    );
    const logs = await ok(api, LOGS, { s: stage.schoolId, f: stage.excluded, t: stage.day }, admin);
    expect(logs).toEqual([expect.objectContaining({ date: stage.day, summary: '平稳' })]);
    expect((await ok(api, BOARD, { s: stage.schoolId, d: stage.day }, admin)).careLogWritten).toBe(true);
    const other = await careStage(api, 1);
    // Another school's admin is refused (coded), not answered with an empty list.
    const refused = await api.exec(LOGS, { s: stage.schoolId, f: stage.excluded, t: stage.day }, schoolAdminOf(other.schoolId));
    expect([codeOf(refused), refused.data]).toEqual(['FORBIDDEN', null]);
  });
});
