import { beforeAll, describe, expect, it } from 'vitest';
import { localDate } from '../src/core/clock';
import { codeOf, createTestApi, fieldOf, type TestApi } from './support/api';
import { approvedProvider, auditActions, contractInput, createContract, createProvider, schoolWithTerm } from './support/domain';

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});

const step = (name: string, id: string, extra = '') => api.exec(`mutation($id: ID!) { ${name}(id: $id${extra}) { status } }`, { id });

describe('contract lifecycle', () => {
  it('computes the total and walks DRAFT → SIGNED → ACTIVE → TERMINATED with audit events', async () => {
    const { schoolId, termId } = await schoolWithTerm(api);
    const provider = await approvedProvider(api);
    const contract = await createContract(api, schoolId, termId, provider.id, { ratePerHour: 85.5, hours: 3 });
    expect(contract).toMatchObject({ status: 'DRAFT', totalAmount: 256.5, startDate: '2026-09-01', endDate: '2027-01-22' });
    expect((await step('signContract', contract.id)).data!.signContract.status).toBe('SIGNED');
    expect((await step('activateContract', contract.id)).data!.activateContract.status).toBe('ACTIVE');
    expect((await step('terminateContract', contract.id, ', reason: "机构服务质量下降"')).data!.terminateContract.status).toBe('TERMINATED');
    expect(await auditActions(api, contract.id)).toEqual(['TERMINATE', 'ACTIVATE', 'SIGN', 'CREATE']);
  });

  it('refuses signing when a qualification does not cover the whole period, and nothing is written', async () => {
    const { schoolId, termId } = await schoolWithTerm(api);
    // Valid today (so it can be approved) but expiring before the term ends.
    const provider = await approvedProvider(api, {
      qualifications: [{ certificateType: '营业执照', number: 'SHORT-1', issuer: '区市场监管局', validFrom: localDate(-30), validTo: '2026-12-31' }],
    });
    const contract = await createContract(api, schoolId, termId, provider.id);
    const refused = await step('signContract', contract.id);
    expect(codeOf(refused)).toBe('INVALID_TRANSITION');
    expect(refused.errors![0].message).toContain('2026-09-01');
    const stored = await api.exec('query($id: ID!) { contract(id: $id) { status version } }', { id: contract.id });
    expect(stored.data!.contract).toEqual({ status: 'DRAFT', version: 1 });
    expect(await auditActions(api, contract.id)).toEqual(['CREATE']);
  });

  it('refuses signing with a provider that is not APPROVED', async () => {
    const { schoolId, termId } = await schoolWithTerm(api);
    const provider = await createProvider(api);
    const contract = await createContract(api, schoolId, termId, provider.id);
    expect(codeOf(await step('signContract', contract.id))).toBe('INVALID_TRANSITION');
  });

  it('refuses illegal lifecycle steps and edits after signing', async () => {
    const { schoolId, termId } = await schoolWithTerm(api);
    const provider = await approvedProvider(api);
    const contract = await createContract(api, schoolId, termId, provider.id);
    expect(codeOf(await step('activateContract', contract.id))).toBe('INVALID_TRANSITION');
    expect(codeOf(await step('terminateContract', contract.id, ', reason: "x"'))).toBe('INVALID_TRANSITION');
    await step('signContract', contract.id);
    expect(codeOf(await step('signContract', contract.id))).toBe('INVALID_TRANSITION');
    const edit = await api.exec('mutation($id: ID!) { updateContract(id: $id, input: { hours: 10 }, expectedVersion: 2) { id } }', { id: contract.id });
    expect(codeOf(edit)).toBe('INVALID_TRANSITION');
    expect(codeOf(await api.exec('mutation($id: ID!) { deleteContract(id: $id) }', { id: contract.id }))).toBe('INVALID_TRANSITION');
  });

  it('validates the clauses and dates', async () => {
    const { schoolId, termId } = await schoolWithTerm(api);
    const provider = await approvedProvider(api);
    const cases: [Record<string, unknown>, string][] = [
      [{ safetyMeasures: '' }, 'safetyMeasures'],
      [{ ratePerHour: -1 }, 'ratePerHour'],
      [{ hours: 0 }, 'hours'],
      [{ startDate: '2027-01-01', endDate: '2026-12-01' }, 'endDate'],
    ];
    for (const [overrides, field] of cases) {
      const result = await api.exec('mutation($input: CreateContractInput!) { createContract(input: $input) { id } }', {
        input: contractInput(schoolId, termId, provider.id, overrides),
      });
      expect([codeOf(result), fieldOf(result)], JSON.stringify(overrides)).toEqual(['BAD_USER_INPUT', field]);
    }
  });

  it('shows a provider user only their own contracts', async () => {
    const { schoolId, termId } = await schoolWithTerm(api);
    const mine = await approvedProvider(api);
    const theirs = await approvedProvider(api);
    const own = await createContract(api, schoolId, termId, mine.id);
    const other = await createContract(api, schoolId, termId, theirs.id);
    const viewer = { sub: 'p1', role: 'PROVIDER' as const, providerId: mine.id };
    const listed = await api.exec('{ contracts { nodes { id } } }', {}, viewer);
    expect(listed.data!.contracts.nodes).toEqual([{ id: own.id }]);
    expect(codeOf(await api.exec('query($id: ID!) { contract(id: $id) { id } }', { id: other.id }, viewer))).toBe('FORBIDDEN');
    expect(
      codeOf(await step('signContract', own.id).then(() => api.exec('mutation($id: ID!) { activateContract(id: $id) { id } }', { id: own.id }, viewer))),
    ).toBe('FORBIDDEN');
  });

  it('lists contracts ending within 30 days', async () => {
    const { schoolId, termId } = await schoolWithTerm(api);
    const provider = await approvedProvider(api);
    const soon = await createContract(api, schoolId, termId, provider.id, { startDate: localDate(-10), endDate: localDate(20) });
    await step('signContract', soon.id);
    await step('activateContract', soon.id);
    const listed = await api.exec('query($d: Date!) { contracts(filter: { status: ACTIVE, endsOnOrBefore: $d }, first: 100) { nodes { id } } }', {
      d: localDate(30),
    });
    expect(listed.data!.contracts.nodes.map((node: { id: string }) => node.id)).toContain(soon.id);
  });
});
