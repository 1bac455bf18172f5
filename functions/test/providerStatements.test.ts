import { describe, expect, it } from 'vitest';
import { codeOf, fieldOf, createTestApi, schoolAdminOf, type TestApi } from './support/api';
import { recordRollCall, rollCallInput } from './support/care';
import { activeContract, approvedProvider } from './support/domain';
import { createActivity, ok, schoolWithClass } from './support/people';

const STATEMENT_FIELDS =
  'id version providerId month status total confirmedAt lines { contractId schoolId sessions hours ratePerHour amount } adjustments { contractId schoolId amount reason }';
const STATEMENT = `query($p: ID!, $m: String!) { providerStatement(providerId: $p, month: $m) { ${STATEMENT_FIELDS} } }`;
const CONFIRM = `mutation($id: ID!, $v: Int) { confirmProviderStatement(id: $id, expectedVersion: $v) { ${STATEMENT_FIELDS} } }`;
const ADJUST = `mutation($id: ID!, $c: ID!, $a: Float!, $r: String!, $v: Int) {
  addProviderStatementAdjustment(id: $id, contractId: $c, amount: $a, reason: $r, expectedVersion: $v) { ${STATEMENT_FIELDS} }
}`;

async function held(api: TestApi, schoolId: string, activityId: string, dates: string[]) {
  for (const date of dates) {
    const result = await recordRollCall(api, rollCallInput(activityId, date, []), schoolAdminOf(schoolId));
    expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  }
}

/** A school where the provider runs a Thursday 15:30–17:00 activity under an active contract (120 yuan an hour). */
async function providerSchool(api: TestApi, providerId: string) {
  const { schoolId, termId } = await schoolWithClass(api);
  const contract = await activeContract(api, schoolId, termId, providerId);
  const activityId = await createActivity(api, termId, {
    weekday: 'THURSDAY',
    startTime: '15:30',
    endTime: '17:00',
    category: 'SPORTS',
    title: '足球',
    providerId,
    contractId: contract.id,
    staffName: '外聘教练',
  });
  return { schoolId, contractId: contract.id as string, activityId };
}

describe('provider statements: draft → confirmed (locked), corrections as lines (SPEC §3.8)', () => {
  it('the district confirms the computed statement; a late roll call leaves it as confirmed; corrections are versioned, audited lines', async () => {
    const api = await createTestApi();
    const provider = await approvedProvider(api);
    const a = await providerSchool(api, provider.id);
    const b = await providerSchool(api, provider.id);
    await held(api, a.schoolId, a.activityId, ['2026-11-05', '2026-11-12']);
    await held(api, b.schoolId, b.activityId, ['2026-11-19']);

    const draft = await ok(api, STATEMENT, { p: provider.id, m: '2026-11' });
    expect(draft).toMatchObject({ status: 'DRAFT', version: 0, total: 540, confirmedAt: null, adjustments: [] });
    expect(draft.lines).toHaveLength(2);
    // A DRAFT takes no correction; a school admin may not confirm; a stale version is refused; nothing is stored.
    expect(codeOf(await api.exec(ADJUST, { id: draft.id, c: a.contractId, a: 10, r: '补课' }))).toBe('INVALID_TRANSITION');
    expect(codeOf(await api.exec(CONFIRM, { id: draft.id, v: 0 }, schoolAdminOf(a.schoolId)))).toBe('FORBIDDEN');
    expect(codeOf(await api.exec(CONFIRM, { id: draft.id, v: 3 }))).toBe('CONFLICT');
    expect(codeOf(await api.exec(CONFIRM, { id: 'pst_nosuchthing202611' }))).toBe('NOT_FOUND');
    expect(await ok(api, STATEMENT, { p: provider.id, m: '2026-11' })).toMatchObject({ status: 'DRAFT', version: 0 });

    const confirmed = await ok(api, CONFIRM, { id: draft.id, v: 0 });
    expect(confirmed).toMatchObject({ status: 'CONFIRMED', version: 1, total: 540, lines: draft.lines });
    expect(confirmed.confirmedAt).toEqual(expect.any(String));
    expect(codeOf(await api.exec(CONFIRM, { id: draft.id }))).toBe('INVALID_TRANSITION');

    // Locked: a roll call recorded afterwards and the statement stays as confirmed.
    await held(api, a.schoolId, a.activityId, ['2026-11-26']);
    expect(await ok(api, STATEMENT, { p: provider.id, m: '2026-11' })).toMatchObject({ status: 'CONFIRMED', total: 540, lines: draft.lines });

    // The correction is a line on one of the provider's contracts, under the version read.
    expect(fieldOf(await api.exec(ADJUST, { id: draft.id, c: 'con_other', a: 180, r: '11月26日补录', v: 1 }))).toBe('contractId');
    expect(fieldOf(await api.exec(ADJUST, { id: draft.id, c: a.contractId, a: 0.001, r: '11月26日补录', v: 1 }))).toBe('amount');
    const adjusted = await ok(api, ADJUST, { id: draft.id, c: a.contractId, a: 180, r: '11月26日补录', v: 1 });
    expect(adjusted).toMatchObject({
      version: 2,
      total: 720,
      lines: draft.lines,
      adjustments: [{ contractId: a.contractId, schoolId: a.schoolId, amount: 180, reason: '11月26日补录' }],
    });
    expect(codeOf(await api.exec(ADJUST, { id: draft.id, c: a.contractId, a: 1, r: 'x', v: 1 }))).toBe('CONFLICT');

    // Each school admin reads their school's lines and corrections only; the provider and `node` read all of it.
    expect(await ok(api, STATEMENT, { p: provider.id, m: '2026-11' }, schoolAdminOf(b.schoolId))).toMatchObject({
      total: 180,
      lines: [{ schoolId: b.schoolId, amount: 180 }],
      adjustments: [],
    });
    expect(await ok(api, STATEMENT, { p: provider.id, m: '2026-11' }, schoolAdminOf(a.schoolId))).toMatchObject({ total: 540 });
    const asProvider = { sub: 'provider-user', role: 'PROVIDER' as const, providerId: provider.id };
    expect(await ok(api, STATEMENT, { p: provider.id, m: '2026-11' }, asProvider)).toMatchObject({ total: 720, version: 2 });
    expect(await ok(api, 'query($id: ID!) { node(id: $id) { ... on ProviderStatement { status total } } }', { id: draft.id }, asProvider)).toEqual({
      status: 'CONFIRMED',
      total: 720,
    });
    expect(codeOf(await api.exec(ADJUST, { id: draft.id, c: a.contractId, a: 1, r: 'x', v: 2 }, asProvider))).toBe('FORBIDDEN');

    // Both steps are audited with their summary keys, amounts in yuan.
    const trail = await api.services.repositories.audit.list(draft.id, { first: 10 });
    expect(trail.items.map(({ record }) => [record.action, record.summaryKey])).toEqual([
      ['ADJUST_PROVIDER_STATEMENT', 'providerStatement.adjusted'],
      ['CONFIRM_PROVIDER_STATEMENT', 'providerStatement.confirmed'],
    ]);
    expect(trail.items[1]!.record.summary).toContain('合计 540.00 元');
  });

  it('two confirmations at once: one wins, the other is told; the statement is stored once', async () => {
    const api = await createTestApi();
    const provider = await approvedProvider(api);
    const a = await providerSchool(api, provider.id);
    await held(api, a.schoolId, a.activityId, ['2026-11-05']);
    const { id } = await ok<{ id: string }>(api, STATEMENT, { p: provider.id, m: '2026-11' });
    const results = await Promise.all([api.exec(CONFIRM, { id, v: 0 }), api.exec(CONFIRM, { id, v: 0 })]);
    const codes = results.map(codeOf);
    expect(codes.filter((code) => code === undefined)).toHaveLength(1);
    expect(['CONFLICT', 'INVALID_TRANSITION']).toContain(codes.find((code) => code !== undefined));
    expect((await api.services.repositories.audit.list(id, { first: 10 })).items).toHaveLength(1);
  });
});
