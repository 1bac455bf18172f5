import { describe, expect, it } from 'vitest';
import { stipendRows, statementLines } from '../src/money/stipends';
import { codeOf, createTestApi, schoolAdminOf, type TestApi } from './support/api';
import { recordRollCall, rollCallInput } from './support/care';
import { activeContract, approvedProvider } from './support/domain';
import { createActivity, createStaff, ok, schoolWithClass } from './support/people';

const SHEET =
  'id version schoolId month status rate total confirmedAt rows { staffId staffName sessions hours amount } adjustments { staffId staffName amount reason }';
const STIPEND_SHEET = `query($s: ID!, $m: String!) { stipendSheet(schoolId: $s, month: $m) { ${SHEET} } }`;

async function held(api: TestApi, schoolId: string, activityId: string, dates: string[]) {
  for (const date of dates) {
    const result = await recordRollCall(api, rollCallInput(activityId, date, []), schoolAdminOf(schoolId));
    expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  }
}

describe('stipend arithmetic', () => {
  it('pays rate × hours per person, rounded once per row to the fen; provider sessions are not on the sheet', () => {
    const session = (minutes: number, staffId?: string, providerId?: string) => ({
      activityId: 'act_1',
      date: '2026-11-02',
      schoolId: 'sch_1',
      minutes,
      staffId,
      providerId,
    });
    const rows = stipendRows([session(45, 'stf_a'), session(45, 'stf_a'), session(40, undefined), session(60, undefined, 'prv_1')], 8500, (s) =>
      s.staffId ? '甲老师' : '外聘乙',
    );
    expect(rows).toEqual([
      { staffId: 'stf_a', staffName: '甲老师', sessions: 2, minutes: 90, amountFen: 12750 },
      { staffId: undefined, staffName: '外聘乙', sessions: 1, minutes: 40, amountFen: 5667 },
    ]);
    expect(statementLines([session(90, undefined, 'prv_1')], () => ({ id: 'con_1', schoolId: 'sch_1', rateFen: 12000 }))).toEqual([
      { contractId: 'con_1', schoolId: 'sch_1', sessions: 1, minutes: 90, rateFen: 12000, amountFen: 18000 },
    ]);
  });
});

describe('stipend sheets and provider statements (SPEC §3.8 据实发放)', () => {
  it('pays sessions with a roll call × hours × 85; none without; follows a staff change and a cancelled activity; confirm locks; corrections are lines', async () => {
    const api = await createTestApi();
    const { schoolId, termId } = await schoolWithClass(api);
    const a = await createStaff(api, schoolId, { name: '王老师' });
    const b = await createStaff(api, schoolId, { name: '李老师' });
    // Mondays 15:30–16:30 by 王老师, Wednesdays 15:30–17:00 by 李老师 until the activity passes to 王老师 mid-month.
    const monday = await createActivity(api, termId, { weekday: 'MONDAY', startTime: '15:30', endTime: '16:30', staffId: a.id, staffName: a.name });
    const wednesday = await createActivity(api, termId, { weekday: 'WEDNESDAY', startTime: '15:30', endTime: '17:00', staffId: b.id, staffName: b.name });
    // 2026-11-23 is held but nobody takes the roll call: it pays nothing.
    await held(api, schoolId, monday, ['2026-11-02', '2026-11-09', '2026-11-16']);
    await held(api, schoolId, wednesday, ['2026-11-04', '2026-11-11']);
    const { version } = await ok<{ version: number }>(api, 'query($id: ID!) { activity(id: $id) { version } }', { id: wednesday });
    await ok(api, 'mutation($id: ID!, $i: UpdateActivityInput!, $v: Int!) { updateActivity(id: $id, input: $i, expectedVersion: $v) { id } }', {
      id: wednesday,
      i: { staffId: a.id, staffName: a.name },
      v: version,
    });
    await held(api, schoolId, wednesday, ['2026-11-18', '2026-11-25']);
    // The Monday activity is cancelled afterwards: the sessions it held are still paid.
    const mondayVersion = (await ok<{ version: number }>(api, 'query($id: ID!) { activity(id: $id) { version } }', { id: monday })).version;
    await ok(api, 'mutation($id: ID!, $i: UpdateActivityInput!, $v: Int!) { updateActivity(id: $id, input: $i, expectedVersion: $v) { id } }', {
      id: monday,
      i: { status: 'CANCELLED' },
      v: mondayVersion,
    });

    const admin = schoolAdminOf(schoolId);
    const draft = await ok(api, STIPEND_SHEET, { s: schoolId, m: '2026-11' }, admin);
    expect(draft).toMatchObject({ status: 'DRAFT', version: 0, rate: 85, total: 765 });
    expect(draft.rows).toEqual([
      { staffId: b.id, staffName: '李老师', sessions: 2, hours: 3, amount: 255 },
      { staffId: a.id, staffName: '王老师', sessions: 5, hours: 6, amount: 510 },
    ]);
    expect(
      codeOf(
        await api.exec(
          'mutation($id: ID!) { addStipendAdjustment(id: $id, staffId: null, staffName: "x", amount: 1, reason: "r") { id } }',
          { id: draft.id },
          admin,
        ),
      ),
    ).toBe('INVALID_TRANSITION');

    const confirmed = await ok(
      api,
      `mutation($id: ID!, $v: Int) { confirmStipendSheet(id: $id, expectedVersion: $v) { ${SHEET} } }`,
      { id: draft.id, v: 0 },
      admin,
    );
    expect(confirmed).toMatchObject({ status: 'CONFIRMED', version: 1, total: 765, rows: draft.rows });
    expect(codeOf(await api.exec('mutation($id: ID!) { confirmStipendSheet(id: $id) { id } }', { id: draft.id }, admin))).toBe('INVALID_TRANSITION');

    // A roll call recorded late changes nothing on the locked sheet; the school adds a correction line instead.
    const tuesday = await createActivity(api, termId, { weekday: 'TUESDAY', startTime: '15:30', endTime: '16:30', staffId: a.id, staffName: a.name });
    await held(api, schoolId, tuesday, ['2026-11-24']);
    await ok(api, 'mutation { updateDistrictPolicy(input: { teacherRatePerHour: 100 }, expectedVersion: 0) { version } }');
    expect(await ok(api, STIPEND_SHEET, { s: schoolId, m: '2026-11' }, admin)).toMatchObject({ rate: 85, total: 765 });
    const adjusted = await ok(
      api,
      `mutation($id: ID!, $s: ID, $v: Int) { addStipendAdjustment(id: $id, staffId: $s, amount: 85, reason: "11月23日补录点名", expectedVersion: $v) { ${SHEET} } }`,
      { id: draft.id, s: a.id, v: 1 },
      admin,
    );
    expect(adjusted).toMatchObject({
      version: 2,
      total: 850,
      rows: draft.rows,
      adjustments: [{ staffId: a.id, staffName: '王老师', amount: 85, reason: '11月23日补录点名' }],
    });
    expect(
      codeOf(
        await api.exec(
          'mutation($id: ID!, $s: ID) { addStipendAdjustment(id: $id, staffId: $s, amount: 1, reason: "x", expectedVersion: 1) { id } }',
          { id: draft.id, s: a.id },
          admin,
        ),
      ),
    ).toBe('CONFLICT');
    expect(await ok(api, 'query($id: ID!) { node(id: $id) { ... on StipendSheet { total status } } }', { id: draft.id }, admin)).toEqual({
      total: 850,
      status: 'CONFIRMED',
    });

    const other = await schoolWithClass(api);
    expect(codeOf(await api.exec(STIPEND_SHEET, { s: schoolId, m: '2026-11' }, schoolAdminOf(other.schoolId)))).toBe('FORBIDDEN');
    expect(codeOf(await api.exec('query($id: ID!) { node(id: $id) { id } }', { id: draft.id }, schoolAdminOf(other.schoolId)))).toBe('FORBIDDEN');
  });

  it('a provider statement pays its held sessions at the contract’s rate; the provider reads its own only', async () => {
    const api = await createTestApi();
    const { schoolId, termId } = await schoolWithClass(api);
    const provider = await approvedProvider(api);
    const contract = await activeContract(api, schoolId, termId, provider.id);
    const thursday = await createActivity(api, termId, {
      weekday: 'THURSDAY',
      startTime: '15:30',
      endTime: '17:00',
      category: 'SPORTS',
      title: '足球',
      providerId: provider.id,
      contractId: contract.id,
      staffName: '外聘教练',
    });
    await held(api, schoolId, thursday, ['2026-11-05', '2026-11-12']);
    const STATEMENT =
      'query($p: ID!, $m: String!) { providerStatement(providerId: $p, month: $m) { providerId month total lines { contractId schoolId sessions hours ratePerHour amount } } }';
    const viewer = { sub: 'provider-user', role: 'PROVIDER' as const, providerId: provider.id };
    const statement = await ok(api, STATEMENT, { p: provider.id, m: '2026-11' }, viewer);
    expect(statement).toEqual({
      providerId: provider.id,
      month: '2026-11',
      total: 360,
      lines: [{ contractId: contract.id, schoolId, sessions: 2, hours: 3, ratePerHour: 120, amount: 360 }],
    });
    // Provider-run sessions are not on the school's stipend sheet.
    expect((await ok(api, STIPEND_SHEET, { s: schoolId, m: '2026-11' })).rows).toEqual([]);
    expect(codeOf(await api.exec(STATEMENT, { p: provider.id, m: '2026-11' }, { ...viewer, providerId: 'prv_other' }))).toBe('FORBIDDEN');
    const otherSchool = await schoolWithClass(api);
    expect(await ok(api, STATEMENT, { p: provider.id, m: '2026-11' }, schoolAdminOf(otherSchool.schoolId))).toMatchObject({ total: 0, lines: [] });
  });
});
