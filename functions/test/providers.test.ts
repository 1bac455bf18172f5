import { beforeAll, describe, expect, it } from 'vitest';
import { localDate } from '../src/core/clock';
import { codeOf, createTestApi, fieldOf, schoolAdminOf, type TestApi } from './support/api';
import { auditActions, createProvider, providerInput } from './support/domain';

const PROVIDER = 'query($id: ID!) { provider(id: $id) { id version status reviewComment qualifications { id validToday } } }';
const SUBMIT = 'mutation($id: ID!) { submitProviderForReview(id: $id) { status } }';
const REVIEW = 'mutation($id: ID!, $d: ReviewDecision!) { reviewProvider(id: $id, decision: $d, comment: "ok") { status reviewComment } }';

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});

const statusOf = async (id: string) => (await api.exec(PROVIDER, { id })).data!.provider.status;

describe('provider admission (SPEC §3.1)', () => {
  it('walks APPLIED → UNDER_REVIEW → APPROVED ⇄ SUSPENDED with an audit event per step', async () => {
    const provider = await createProvider(api);
    expect(provider.status).toBe('APPLIED');
    expect((await api.exec(SUBMIT, { id: provider.id })).data!.submitProviderForReview.status).toBe('UNDER_REVIEW');
    expect((await api.exec(REVIEW, { id: provider.id, d: 'APPROVE' })).data!.reviewProvider).toEqual({ status: 'APPROVED', reviewComment: 'ok' });
    expect(
      (await api.exec('mutation($id: ID!) { suspendProvider(id: $id, reason: "安全隐患") { status } }', { id: provider.id })).data!.suspendProvider.status,
    ).toBe('SUSPENDED');
    expect((await api.exec('mutation($id: ID!) { reinstateProvider(id: $id) { status } }', { id: provider.id })).data!.reinstateProvider.status).toBe(
      'APPROVED',
    );
    expect(await auditActions(api, provider.id)).toEqual(['REINSTATE', 'SUSPEND', 'APPROVE', 'SUBMIT_FOR_REVIEW', 'CREATE']);
  });

  it('refuses illegal transitions with INVALID_TRANSITION and writes nothing (no audit event)', async () => {
    const provider = await createProvider(api);
    const before = (await api.exec(PROVIDER, { id: provider.id })).data!.provider;
    for (const [query, variables] of [
      [REVIEW, { id: provider.id, d: 'APPROVE' }],
      ['mutation($id: ID!) { suspendProvider(id: $id) { status } }', { id: provider.id }],
      ['mutation($id: ID!) { reinstateProvider(id: $id) { status } }', { id: provider.id }],
    ] as const) {
      expect(codeOf(await api.exec(query, variables))).toBe('INVALID_TRANSITION');
    }
    await api.exec(SUBMIT, { id: provider.id });
    expect(codeOf(await api.exec(SUBMIT, { id: provider.id }))).toBe('INVALID_TRANSITION');
    await api.exec(REVIEW, { id: provider.id, d: 'REJECT' });
    expect(codeOf(await api.exec(REVIEW, { id: provider.id, d: 'APPROVE' }))).toBe('INVALID_TRANSITION');
    expect(await statusOf(provider.id)).toBe('REJECTED');
    expect(await auditActions(api, provider.id)).toEqual(['REJECT', 'SUBMIT_FOR_REVIEW', 'CREATE']);
    expect(before.version).toBe(1);
  });

  it('needs a qualification valid today to approve', async () => {
    const expired = [{ certificateType: '营业执照', number: 'OLD-1', issuer: '区市场监管局', validFrom: localDate(-800), validTo: localDate(-1) }];
    const provider = await createProvider(api, { qualifications: expired });
    await api.exec(SUBMIT, { id: provider.id });
    const refused = await api.exec(REVIEW, { id: provider.id, d: 'APPROVE' });
    expect(codeOf(refused)).toBe('INVALID_TRANSITION');
    expect(await statusOf(provider.id)).toBe('UNDER_REVIEW');
    expect((await api.exec(PROVIDER, { id: provider.id })).data!.provider.qualifications[0].validToday).toBe(false);
  });

  it('archives reviewed qualifications: they cannot be changed or removed', async () => {
    const provider = await createProvider(api);
    await api.exec(SUBMIT, { id: provider.id });
    await api.exec(REVIEW, { id: provider.id, d: 'APPROVE' });
    const { version } = (await api.exec(PROVIDER, { id: provider.id })).data!.provider;
    const removed = await api.exec('mutation($id: ID!, $v: Int!) { updateProvider(id: $id, input: { qualifications: [] }, expectedVersion: $v) { id } }', {
      id: provider.id,
      v: version,
    });
    expect(codeOf(removed)).toBe('INVALID_TRANSITION');
  });

  it('keeps credit codes unique and training institutions non-academic', async () => {
    const input = providerInput();
    await createProvider(api, { creditCode: input.creditCode });
    const duplicate = await api.exec('mutation($input: CreateProviderInput!) { createProvider(input: $input) { id } }', {
      input: providerInput({ creditCode: input.creditCode.toLowerCase() }),
    });
    expect([codeOf(duplicate), fieldOf(duplicate)]).toEqual(['CONFLICT', 'creditCode']);
    const academic = await api.exec('mutation($input: CreateProviderInput!) { createProvider(input: $input) { id } }', {
      input: providerInput({ kind: 'TRAINING_INSTITUTION', serviceCategories: ['HOMEWORK'] }),
    });
    expect([codeOf(academic), fieldOf(academic)]).toEqual(['BAD_USER_INPUT', 'serviceCategories']);
    const badCode = await api.exec('mutation($input: CreateProviderInput!) { createProvider(input: $input) { id } }', {
      input: providerInput({ creditCode: '123' }),
    });
    expect(fieldOf(badCode)).toBe('creditCode');
  });

  it('respects outsideProvidersAllowed', async () => {
    const policy = (await api.exec('{ districtPolicy { version } }')).data!.districtPolicy;
    await api.exec('mutation($v: Int!) { updateDistrictPolicy(input: { outsideProvidersAllowed: false }, expectedVersion: $v) { version } }', {
      v: policy.version,
    });
    const refused = await api.exec('mutation($input: CreateProviderInput!) { createProvider(input: $input) { id } }', { input: providerInput() });
    expect(codeOf(refused)).toBe('INVALID_TRANSITION');
    await api.exec('mutation($v: Int!) { updateDistrictPolicy(input: { outsideProvidersAllowed: true }, expectedVersion: $v) { version } }', {
      v: policy.version + 1,
    });
  });

  it('lets school admins read approved providers only and provider users only their own', async () => {
    const applied = await createProvider(api);
    const approved = await createProvider(api);
    await api.exec(SUBMIT, { id: approved.id });
    await api.exec(REVIEW, { id: approved.id, d: 'APPROVE' });
    const schoolAdmin = schoolAdminOf('sch_any');
    expect(codeOf(await api.exec(PROVIDER, { id: applied.id }, schoolAdmin))).toBe('FORBIDDEN');
    expect((await api.exec(PROVIDER, { id: approved.id }, schoolAdmin)).data!.provider.status).toBe('APPROVED');
    const listed = await api.exec('{ providers(first: 100) { nodes { status } } }', {}, schoolAdmin);
    expect(new Set(listed.data!.providers.nodes.map((node: { status: string }) => node.status))).toEqual(new Set(['APPROVED']));
    const own = { sub: 'p', role: 'PROVIDER' as const, providerId: applied.id };
    expect((await api.exec(PROVIDER, { id: applied.id }, own)).data!.provider.id).toBe(applied.id);
    expect(codeOf(await api.exec(PROVIDER, { id: approved.id }, own))).toBe('FORBIDDEN');
    expect((await api.exec('{ providers { totalCount nodes { id } } }', {}, own)).data!.providers).toEqual({ totalCount: 1, nodes: [{ id: applied.id }] });
    expect(codeOf(await api.exec(REVIEW, { id: applied.id, d: 'APPROVE' }, schoolAdmin))).toBe('FORBIDDEN');
  });
});
