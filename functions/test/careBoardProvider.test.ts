import { beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '../src/auth/viewer';
import { codeOf, createTestApi, schoolAdminOf, type TestApi } from './support/api';
import { careStage, recordRollCall, rollCallInput, weekdayOf } from './support/care';
import { activeContract, approvedProvider, createSchool, createTerm } from './support/domain';
import { assign, createActivity, ok } from './support/people';

/**
 * A provider takes the roll call of the sessions it runs (SPEC §2 and §3.7: the person in charge is a staff member or
 * a provider; §4 and §3.11: a provider sees only its own rosters' children, by first name and class). Its today board
 * is the roll-call state of its own sessions at a school it has a contract with — no other session, no child, no
 * pickup, no alert and no care log.
 */
const BOARD = `query($s: ID!, $d: Date!) { careBoard(schoolId: $s, date: $d) {
  schoolId date serviceDay taken missing notYetDue careLogWritten openAlertCount
  marks { present absent leave late }
  sessions { activityId rollCallState takenAt marks { present absent leave late } activity { id title } }
  openAlerts { id kind studentId }
  pickupSlots { time due children { studentId releasedTo student { id name } } }
} }`;

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});

const providerUser = (providerId: string): Viewer => ({ sub: `provider-user-${providerId}`, role: 'PROVIDER', providerId });

describe('the care board of a provider (its own sessions)', () => {
  it('shows the roll-call state of the sessions it runs at the school, and nothing else of the school', async () => {
    const stage = await careStage(api, 2);
    const [onProvider, teacherOnly] = stage.students;
    const provider = await approvedProvider(api);
    const contract = await activeContract(api, stage.schoolId, stage.termId, provider.id);
    const activityId = await createActivity(api, stage.termId, {
      weekday: weekdayOf(stage.day),
      startTime: '16:40',
      endTime: '17:20',
      category: 'SPORTS',
      title: '机构足球',
      providerId: provider.id,
      contractId: contract.id,
      staffName: null,
    });
    await assign(api, activityId, onProvider);
    const asProvider = providerUser(provider.id);

    // Before any roll call: the provider's one session, due and missing on a past day.
    const before = await ok(api, BOARD, { s: stage.schoolId, d: stage.day }, asProvider);
    expect(before.sessions).toEqual([expect.objectContaining({ activityId, rollCallState: 'MISSING', takenAt: null })]);

    // The school's own session is taken by its teacher (an absence: alerts to the class teacher and the family).
    const teacherMarks = [
      { studentId: onProvider, status: 'PRESENT' },
      { studentId: teacherOnly, status: 'ABSENT' },
    ];
    expect((await recordRollCall(api, rollCallInput(stage.activityId, stage.day, teacherMarks), stage.teacher.viewer)).errors).toBeUndefined();
    // The provider takes its own session's roll call: the child is absent (an alert, addressed to school staff and family).
    const providerMarks = [{ studentId: onProvider, status: 'ABSENT' }];
    expect((await recordRollCall(api, rollCallInput(activityId, stage.day, providerMarks), asProvider)).errors).toBeUndefined();

    const board = await ok(api, BOARD, { s: stage.schoolId, d: stage.day }, asProvider);
    expect(board).toMatchObject({
      schoolId: stage.schoolId,
      serviceDay: true,
      taken: 1,
      missing: 0,
      notYetDue: 0,
      marks: { present: 0, absent: 1, leave: 0, late: 0 },
      careLogWritten: null,
      openAlertCount: 0,
      openAlerts: [],
      pickupSlots: [],
    });
    expect(board.sessions).toEqual([
      expect.objectContaining({
        activityId,
        rollCallState: 'TAKEN',
        marks: { present: 0, absent: 1, leave: 0, late: 0 },
        activity: { id: activityId, title: '机构足球' },
      }),
    ]);
    // Nothing of the school's own session or of any child: not the teacher's activity, not a student id.
    const text = JSON.stringify(board);
    for (const hidden of [stage.activityId, onProvider, teacherOnly]) expect(text).not.toContain(hidden);

    // The school sees both sessions and the alerts, as before.
    const school = await ok(api, BOARD, { s: stage.schoolId, d: stage.day }, schoolAdminOf(stage.schoolId));
    expect(school.sessions).toHaveLength(2);
    expect(school.openAlertCount).toBeGreaterThan(0);
  });

  it('refuses a school the provider has no contract with, and a provider without one anywhere', async () => {
    const stage = await careStage(api, 0);
    const elsewhere = await approvedProvider(api);
    const otherSchool = await createSchool(api);
    const otherTerm = await createTerm(api, otherSchool.id);
    await activeContract(api, otherSchool.id, otherTerm.id, elsewhere.id);
    const idle = await approvedProvider(api);
    for (const viewer of [providerUser(elsewhere.id), providerUser(idle.id)]) {
      const refused = await api.exec(BOARD, { s: stage.schoolId, d: stage.day }, viewer);
      expect(codeOf(refused)).toBe('FORBIDDEN');
      expect(refused.data).toBeNull();
    }
    // The district board stays the district's.
    expect(codeOf(await api.exec('query($d: Date!) { districtCareBoard(date: $d) { schoolId } }', { d: stage.day }, providerUser(elsewhere.id)))).toBe(
      'FORBIDDEN',
    );
  });
});
