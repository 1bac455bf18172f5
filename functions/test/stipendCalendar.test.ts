import { describe, expect, it } from 'vitest';
import { codeOf, createTestApi, fieldOf, schoolAdminOf, type TestApi } from './support/api';
import { recordRollCall, rollCallInput } from './support/care';
import { activeContract, approvedProvider, createSchool, createTerm } from './support/domain';
import { createActivity, createStaff, ok } from './support/people';

/**
 * Stipends and provider statements on the term calendar (SPEC §3.8 据实发放, §3.7 roll call), with the expected figures
 * worked out by hand from the rules: sessions with a recorded roll call × their hours × the rate, counted in the month
 * of the session's date — a holiday takes no roll call, a make-up day (调休补课) does, a retried or corrected roll call is
 * still one session, and a roll call recorded late counts in its session's month.
 */
const SHEET = 'id version status rate total rows { staffId staffName sessions hours amount } adjustments { staffName amount reason }';
const STIPEND_SHEET = `query($s: ID!, $m: String!) { stipendSheet(schoolId: $s, month: $m) { ${SHEET} } }`;
const STATEMENT =
  'query($p: ID!, $m: String!) { providerStatement(providerId: $p, month: $m) { total lines { contractId sessions hours ratePerHour amount } } }';
const ADJUST = `mutation($id: ID!, $s: ID, $n: String, $a: Float!, $r: String!, $v: Int) {
  addStipendAdjustment(id: $id, staffId: $s, staffName: $n, amount: $a, reason: $r, expectedVersion: $v) { ${SHEET} }
}`;

/** Autumn 2026 with Monday 2026-11-16 a holiday and Saturday 2026-11-14 a make-up day running Monday's timetable. */
async function calendarSchool(api: TestApi) {
  const school = await createSchool(api);
  const term = await createTerm(api, school.id, {
    excludedDates: ['2026-10-01', '2026-11-16'],
    makeUpDays: [{ date: '2026-11-14', timetableWeekday: 'MONDAY', note: '调休补课' }],
  });
  return { schoolId: school.id as string, termId: term.id as string, admin: schoolAdminOf(school.id) };
}

async function held(api: TestApi, schoolId: string, activityId: string, dates: string[]) {
  for (const date of dates) {
    const result = await recordRollCall(api, rollCallInput(activityId, date, []), schoolAdminOf(schoolId));
    expect(result.errors, `${date}: ${JSON.stringify(result.errors)}`).toBeUndefined();
  }
}

describe('stipends on the term calendar (SPEC §3.8, worked by hand)', () => {
  it('45-minute and 40-minute sessions, a make-up day, a holiday, a month boundary, retries and corrections', async () => {
    const api = await createTestApi();
    const { schoolId, termId, admin } = await calendarSchool(api);
    const wang = await createStaff(api, schoolId, { name: '王老师' });
    // Mondays 15:30–16:15 (45 min) by 王老师; Fridays 16:30–17:10 (40 min) by 外聘刘教练, who is not on the staff list.
    const monday = await createActivity(api, termId, { weekday: 'MONDAY', startTime: '15:30', endTime: '16:15', staffId: wang.id, staffName: wang.name });
    const friday = await createActivity(api, termId, { weekday: 'FRIDAY', startTime: '16:30', endTime: '17:10', staffName: '外聘刘教练', category: 'SPORTS' });

    // October: one Monday and one Friday, both on the last days of the month.
    await held(api, schoolId, monday, ['2026-10-26']);
    await held(api, schoolId, friday, ['2026-10-30']);
    // November: Mondays 2 and 9, the make-up Saturday 14 (Monday's timetable), 23; Friday 6.
    await held(api, schoolId, monday, ['2026-11-02', '2026-11-09', '2026-11-14', '2026-11-23']);
    await held(api, schoolId, friday, ['2026-11-06']);

    // The holiday takes no roll call, so it is never paid; nor does a Saturday without a make-up, nor the make-up
    // Saturday for an activity of another weekday than the one whose timetable it runs.
    for (const [activity, date] of [
      [monday, '2026-11-16'],
      [monday, '2026-11-21'],
      [friday, '2026-11-14'],
    ]) {
      const refused = await recordRollCall(api, rollCallInput(activity, date, []), admin);
      expect([codeOf(refused), fieldOf(refused)]).toEqual(['BAD_USER_INPUT', 'date']);
    }

    // 2026-11-30: sent twice with the same key (a retry), then corrected under its version: one session.
    const first = rollCallInput(monday, '2026-11-30', []);
    const recorded = await recordRollCall(api, first, admin);
    expect(recorded.errors).toBeUndefined();
    expect((await recordRollCall(api, first, admin)).errors).toBeUndefined();
    // A second first submission under another key is told the session is recorded already.
    expect(codeOf(await recordRollCall(api, rollCallInput(monday, '2026-11-30', []), admin))).toBe('CONFLICT');
    const corrected = await recordRollCall(api, rollCallInput(monday, '2026-11-30', [], { expectedVersion: recorded.data!.recordRollCall.version }), admin);
    expect(corrected.errors).toBeUndefined();

    // By hand, at 85 an hour:
    //   October  王老师 1 × 45 min = 0.75 h → 63.75;  外聘刘教练 1 × 40 min = 0.67 h → 85 × 40 / 60 = 56.67.
    //   November 王老师 5 × 45 min = 3.75 h → 318.75; 外聘刘教练 1 × 40 min → 56.67.
    // Rows in the order of the names' pinyin (外 wai before 王 wang).
    const october = await ok(api, STIPEND_SHEET, { s: schoolId, m: '2026-10' }, admin);
    expect(october.rows).toEqual([
      { staffId: null, staffName: '外聘刘教练', sessions: 1, hours: 0.67, amount: 56.67 },
      { staffId: wang.id, staffName: '王老师', sessions: 1, hours: 0.75, amount: 63.75 },
    ]);
    expect(october).toMatchObject({ status: 'DRAFT', rate: 85, total: 120.42 });
    const november = await ok(api, STIPEND_SHEET, { s: schoolId, m: '2026-11' }, admin);
    expect(november.rows).toEqual([
      { staffId: null, staffName: '外聘刘教练', sessions: 1, hours: 0.67, amount: 56.67 },
      { staffId: wang.id, staffName: '王老师', sessions: 5, hours: 3.75, amount: 318.75 },
    ]);
    expect(november.total).toBe(375.42);
    // Every roll call above was recorded after its month (late, as from an offline phone): it counts in its session's
    // month, so December pays none of them.
    expect(await ok(api, STIPEND_SHEET, { s: schoolId, m: '2026-12' }, admin)).toMatchObject({ rows: [], total: 0 });

    // Confirmed, then corrected by lines: a deduction is negative; 0, a third decimal, no person or no reason is refused
    // with the field named, and nothing changes.
    await ok(api, 'mutation($id: ID!) { confirmStipendSheet(id: $id, expectedVersion: 0) { version } }', { id: november.id }, admin);
    const bad: [Record<string, unknown>, string][] = [
      [{ s: wang.id, a: 0, r: '更正' }, 'amount'],
      [{ s: wang.id, a: 10.005, r: '更正' }, 'amount'],
      [{ a: 10, r: '更正' }, 'staffName'],
      [{ s: wang.id, a: 10, r: '   ' }, 'reason'],
    ];
    for (const [variables, field] of bad) {
      const refused = await api.exec(ADJUST, { id: november.id, v: 1, ...variables }, admin);
      expect([codeOf(refused), fieldOf(refused)], JSON.stringify(variables)).toEqual(['BAD_USER_INPUT', field]);
    }
    expect(codeOf(await api.exec(ADJUST, { id: november.id, s: wang.id, a: -63.75, r: '11月23日未到岗', v: 7 }, admin))).toBe('CONFLICT');
    expect(await ok(api, STIPEND_SHEET, { s: schoolId, m: '2026-11' }, admin)).toMatchObject({ version: 1, total: 375.42, adjustments: [] });
    const deducted = await ok(api, ADJUST, { id: november.id, s: wang.id, a: -63.75, r: '11月23日未到岗', v: 1 }, admin);
    expect(deducted).toMatchObject({ version: 2, total: 311.67, adjustments: [{ staffName: '王老师', amount: -63.75 }] });
    const outside = await ok(api, ADJUST, { id: november.id, n: '外聘刘教练', a: 56.67, r: '11月13日补录', v: 2 }, admin);
    expect(outside).toMatchObject({ version: 3, total: 368.34 });
  });

  it('an outside person in charge is paid for their own sessions when the activity passes to another mid-month', async () => {
    const api = await createTestApi();
    const { schoolId, termId, admin } = await calendarSchool(api);
    const friday = await createActivity(api, termId, { weekday: 'FRIDAY', startTime: '16:30', endTime: '17:30', staffName: '外聘刘教练', category: 'SPORTS' });
    await held(api, schoolId, friday, ['2026-11-06', '2026-11-13']);
    const { version } = await ok<{ version: number }>(api, 'query($id: ID!) { activity(id: $id) { version } }', { id: friday });
    await ok(api, 'mutation($id: ID!, $v: Int!) { updateActivity(id: $id, input: { staffName: "外聘陈教练" }, expectedVersion: $v) { id } }', {
      id: friday,
      v: version,
    });
    await held(api, schoolId, friday, ['2026-11-20']);
    // 刘 held the 6th and the 13th (2 × 1 h × 85 = 170), 陈 the 20th (85).
    expect((await ok(api, STIPEND_SHEET, { s: schoolId, m: '2026-11' }, admin)).rows).toEqual([
      { staffId: null, staffName: '外聘陈教练', sessions: 1, hours: 1, amount: 85 },
      { staffId: null, staffName: '外聘刘教练', sessions: 2, hours: 2, amount: 170 },
    ]);
  });

  it('a provider’s sessions at its contract’s rate, on the same basis, month by month', async () => {
    const api = await createTestApi();
    const { schoolId, termId } = await calendarSchool(api);
    const provider = await approvedProvider(api);
    const contract = await activeContract(api, schoolId, termId, provider.id);
    // Mondays 16:30–17:15 (45 min) under the contract at 120 an hour.
    const football = await createActivity(api, termId, {
      weekday: 'MONDAY',
      startTime: '16:30',
      endTime: '17:15',
      category: 'SPORTS',
      title: '足球',
      providerId: provider.id,
      contractId: contract.id,
      staffName: '外聘教练',
    });
    await held(api, schoolId, football, ['2026-10-26', '2026-11-02', '2026-11-14', '2026-11-30']);
    expect(codeOf(await recordRollCall(api, rollCallInput(football, '2026-11-16', []), schoolAdminOf(schoolId)))).toBe('BAD_USER_INPUT');

    // October: 1 × 0.75 h × 120 = 90. November: 2, 14 (make-up) and 30 → 3 × 0.75 h = 2.25 h × 120 = 270.
    const viewer = { sub: 'provider-user', role: 'PROVIDER' as const, providerId: provider.id };
    expect(await ok(api, STATEMENT, { p: provider.id, m: '2026-10' }, viewer)).toEqual({
      total: 90,
      lines: [{ contractId: contract.id, sessions: 1, hours: 0.75, ratePerHour: 120, amount: 90 }],
    });
    expect(await ok(api, STATEMENT, { p: provider.id, m: '2026-11' }, viewer)).toEqual({
      total: 270,
      lines: [{ contractId: contract.id, sessions: 3, hours: 2.25, ratePerHour: 120, amount: 270 }],
    });
    // The provider's sessions are not on the school's stipend sheet.
    expect((await ok(api, STIPEND_SHEET, { s: schoolId, m: '2026-11' })).rows).toEqual([]);
  });

  it('an activity passed to another provider mid-month: each provider is paid for the sessions it held', async () => {
    const api = await createTestApi();
    const { schoolId, termId } = await calendarSchool(api);
    const [first, second] = [await approvedProvider(api), await approvedProvider(api)];
    const [firstContract, secondContract] = [await activeContract(api, schoolId, termId, first.id), await activeContract(api, schoolId, termId, second.id)];
    // Thursdays 15:30–17:00 (1.5 h at 120 = 180 a session).
    const club = await createActivity(api, termId, {
      weekday: 'THURSDAY',
      startTime: '15:30',
      endTime: '17:00',
      category: 'SPORTS',
      title: '足球',
      providerId: first.id,
      contractId: firstContract.id,
      staffName: '外聘教练',
    });
    await held(api, schoolId, club, ['2026-11-05', '2026-11-12']);
    const { version } = await ok<{ version: number }>(api, 'query($id: ID!) { activity(id: $id) { version } }', { id: club });
    await ok(api, 'mutation($id: ID!, $i: UpdateActivityInput!, $v: Int!) { updateActivity(id: $id, input: $i, expectedVersion: $v) { id } }', {
      id: club,
      i: { providerId: second.id, contractId: secondContract.id },
      v: version,
    });
    await held(api, schoolId, club, ['2026-11-19']);
    expect(await ok(api, STATEMENT, { p: first.id, m: '2026-11' })).toEqual({
      total: 360,
      lines: [{ contractId: firstContract.id, sessions: 2, hours: 3, ratePerHour: 120, amount: 360 }],
    });
    expect(await ok(api, STATEMENT, { p: second.id, m: '2026-11' })).toEqual({
      total: 180,
      lines: [{ contractId: secondContract.id, sessions: 1, hours: 1.5, ratePerHour: 120, amount: 180 }],
    });
  });
});
