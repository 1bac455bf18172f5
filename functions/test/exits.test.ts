import { TransactWriteCommand, type TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { localDate } from '../src/core/clock';
import { codeOf, createTestApi, schoolAdminOf, type TestApi } from './support/api';
import { activeContract, activityInput, approvedProvider, auditActions, CREATE_ACTIVITY, createSchool, createTerm, schoolWithTerm } from './support/domain';
import { logger } from '../src/observability/logger';

const EXIT = `id version status trigger reason canComplete reentryDate evidence { kind refId }
  affectedActivities { activityId resolution toContractId toStaffName notice { grades enrolledCount message } }`;
const OPEN = `mutation($input: OpenProviderExitInput!) { openProviderExit(input: $input) { ${EXIT} } }`;
const DECIDE = `mutation($id: ID!, $d: ExitDecision!) { decideProviderExit(id: $id, decision: $d, comment: "证据充分") { ${EXIT} } }`;
const COMPLETE = `mutation($id: ID!) { completeProviderExit(id: $id) { ${EXIT} } }`;
const REASSIGN = `mutation($e: ID!, $a: ID!, $c: ID, $s: String) { reassignActivity(exitId: $e, activityId: $a, toContractId: $c, toStaffName: $s) { ${EXIT} } }`;
const CANCEL = `mutation($e: ID!, $a: ID!) { cancelActivity(exitId: $e, activityId: $a) { ${EXIT} } }`;

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});

/** A provider with an active contract and two activities at a school, ready to be sent away. */
async function stage() {
  const { schoolId, termId } = await schoolWithTerm(api);
  const provider = await approvedProvider(api);
  const contract = await activeContract(api, schoolId, termId, provider.id);
  const ids: string[] = [];
  for (const [weekday, venue] of [
    ['MONDAY', '操场'],
    ['WEDNESDAY', '体育馆'],
  ]) {
    const result = await api.exec(CREATE_ACTIVITY, {
      input: activityInput(termId, { weekday, venue, category: 'SPORTS', contractId: contract.id, staffName: '外聘教练', enrolledCount: 25 }),
    });
    expect(result.errors).toBeUndefined();
    ids.push(result.data!.createActivity.id);
  }
  return { schoolId, termId, provider, contract, activityIds: ids };
}

const providerStatus = async (id: string) => (await api.exec('query($id: ID!) { provider(id: $id) { status reentryDate } }', { id })).data!.provider;

describe('provider exit (有序退出) end to end', () => {
  it('opens, approves, reassigns/cancels every activity, completes: contracts terminated, provider EXITED', async () => {
    const { schoolId, termId, provider, contract, activityIds } = await stage();
    const replacement = await approvedProvider(api);
    const replacementContract = await activeContract(api, schoolId, termId, replacement.id);

    const opened = (await api.exec(OPEN, { input: { providerId: provider.id, reason: '安全管理不到位' } }, schoolAdminOf(schoolId))).data!.openProviderExit;
    expect(opened).toMatchObject({ status: 'OPEN', trigger: 'MANUAL', affectedActivities: [] });
    const approved = (await api.exec(DECIDE, { id: opened.id, d: 'APPROVE' })).data!.decideProviderExit;
    expect(approved.status).toBe('APPROVED');
    expect(approved.affectedActivities.map((a: { activityId: string }) => a.activityId).sort()).toEqual([...activityIds].sort());
    // enrolledCount is the roster's size (a typed-in 25 is ignored): nobody is placed on these activities yet.
    expect(approved.affectedActivities[0].notice).toMatchObject({ grades: [3], enrolledCount: 0 });
    expect(approved.canComplete).toBe(false);
    expect((await providerStatus(provider.id)).status).toBe('EXITING');

    // An EXITING provider takes no new contract or activity.
    const newContract = await api.exec('mutation($input: CreateContractInput!) { createContract(input: $input) { id } }', {
      input: { schoolId, termId, providerId: provider.id, serviceMethod: 'x', serviceContent: 'x', safetyMeasures: 'x', ratePerHour: 1, hours: 1 },
    });
    expect(codeOf(newContract)).toBe('INVALID_TRANSITION');
    const newActivity = await api.exec(CREATE_ACTIVITY, { input: activityInput(termId, { weekday: 'FRIDAY', venue: '草坪', contractId: contract.id }) });
    expect(codeOf(newActivity)).toBe('INVALID_TRANSITION');

    expect(codeOf(await api.exec(COMPLETE, { id: opened.id }))).toBe('INVALID_TRANSITION');
    const reassigned = (await api.exec(REASSIGN, { e: opened.id, a: activityIds[0], c: replacementContract.id })).data!.reassignActivity;
    expect(reassigned.affectedActivities.find((a: { activityId: string }) => a.activityId === activityIds[0])).toMatchObject({
      resolution: 'REASSIGNED',
      toContractId: replacementContract.id,
    });
    const cancelled = (await api.exec(CANCEL, { e: opened.id, a: activityIds[1] }, schoolAdminOf(schoolId))).data!.cancelActivity;
    expect(cancelled.canComplete).toBe(true);
    const moved = await api.exec('query($id: ID!) { activity(id: $id) { providerId contractId status } }', { id: activityIds[0] });
    expect(moved.data!.activity).toEqual({ providerId: replacement.id, contractId: replacementContract.id, status: 'ACTIVE' });

    const completed = (await api.exec(COMPLETE, { id: opened.id })).data!.completeProviderExit;
    expect(completed.status).toBe('COMPLETED');
    const exited = await providerStatus(provider.id);
    expect(exited.status).toBe('EXITED');
    expect(exited.reentryDate > localDate()).toBe(true);
    expect((await api.exec('query($id: ID!) { contract(id: $id) { status } }', { id: contract.id })).data!.contract.status).toBe('TERMINATED');
    expect(await auditActions(api, opened.id)).toEqual(['COMPLETE', 'ACTIVITY_CANCELLED', 'ACTIVITY_REASSIGNED', 'APPROVE', 'OPEN']);
    expect(codeOf(await api.exec(COMPLETE, { id: opened.id }))).toBe('INVALID_TRANSITION');
  });

  it('refuses illegal steps with INVALID_TRANSITION and writes nothing', async () => {
    const { provider, activityIds } = await stage();
    const opened = (await api.exec(OPEN, { input: { providerId: provider.id, reason: '测试' } })).data!.openProviderExit;
    expect(codeOf(await api.exec(CANCEL, { e: opened.id, a: activityIds[0] }))).toBe('INVALID_TRANSITION');
    expect(codeOf(await api.exec(COMPLETE, { id: opened.id }))).toBe('INVALID_TRANSITION');
    expect(codeOf(await api.exec(OPEN, { input: { providerId: provider.id, reason: '重复' } }))).toBe('CONFLICT');
    const rejected = (await api.exec(DECIDE, { id: opened.id, d: 'REJECT' })).data!.decideProviderExit;
    expect(rejected.status).toBe('REJECTED');
    expect(codeOf(await api.exec(DECIDE, { id: opened.id, d: 'APPROVE' }))).toBe('INVALID_TRANSITION');
    expect((await providerStatus(provider.id)).status).toBe('APPROVED');
    expect(await auditActions(api, opened.id)).toEqual(['REJECT', 'OPEN']);
    // After a rejection a new case may be opened.
    expect((await api.exec(OPEN, { input: { providerId: provider.id, reason: '再次发起' } })).errors).toBeUndefined();
  });

  it('lets a school admin open but not decide, and a provider user do neither', async () => {
    const { schoolId, provider } = await stage();
    const own = { sub: 'p', role: 'PROVIDER' as const, providerId: provider.id };
    expect(codeOf(await api.exec(OPEN, { input: { providerId: provider.id, reason: 'x' } }, own))).toBe('FORBIDDEN');
    const opened = (await api.exec(OPEN, { input: { providerId: provider.id, reason: 'x' } }, schoolAdminOf(schoolId))).data!.openProviderExit;
    expect(codeOf(await api.exec(DECIDE, { id: opened.id, d: 'APPROVE' }, schoolAdminOf(schoolId)))).toBe('FORBIDDEN');
    expect(codeOf(await api.exec(DECIDE, { id: opened.id, d: 'APPROVE' }, own))).toBe('FORBIDDEN');
    expect((await api.exec('query($id: ID!) { providerExit(id: $id) { status } }', { id: opened.id })).data!.providerExit.status).toBe('OPEN');
  });

  it('opens one case automatically from weak evaluations, with both as evidence', async () => {
    const { schoolId, provider } = await stage();
    const weak = (date: string) => ({
      providerId: provider.id,
      schoolId,
      kind: 'SPOT_CHECK',
      date,
      evaluator: '督导',
      scores: [{ criterion: 'SAFETY', score: 40 }],
    });
    const record = 'mutation($input: RecordEvaluationInput!) { recordEvaluation(input: $input) { id } }';
    const first = (await api.exec(record, { input: weak('2026-10-01') })).data!.recordEvaluation.id;
    const second = (await api.exec(record, { input: weak('2026-10-08') })).data!.recordEvaluation.id;
    await api.exec(record, { input: { ...weak('2026-10-09'), scores: [{ criterion: 'SAFETY', score: 90 }] } });
    const cases = (
      await api.exec('query($p: ID!) { providerExits(filter: { providerId: $p }) { totalCount nodes { trigger status evidence { kind refId } } } }', {
        p: provider.id,
      })
    ).data!.providerExits;
    expect(cases.totalCount).toBe(1);
    expect(cases.nodes[0]).toMatchObject({ trigger: 'LOW_EVALUATION', status: 'OPEN' });
    expect(cases.nodes[0].evidence).toEqual([
      { kind: 'EVALUATION', refId: first },
      { kind: 'EVALUATION', refId: second },
    ]);
  });

  it('opens a case when every qualification has expired (the daily check), once', async () => {
    const provider = await approvedProvider(api);
    expect(await api.services.exitTriggers.expiredQualifications()).not.toContain(provider.id);
    // A year later: its only qualification has lapsed. Reviewed qualifications are archived and cannot be edited
    // through the API, so the passage of time is written straight into the record.
    const stored = (await api.services.repositories.providers.get(provider.id))!;
    const lapsed = stored.qualifications.map((q) => ({ ...q, validTo: localDate(-1) }));
    await api.services.repositories.providers.update(stored, { ...stored, qualifications: lapsed, version: stored.version + 1 }, stored.version);
    expect(await api.services.exitTriggers.expiredQualifications()).toContain(provider.id);
    await api.services.exitTriggers.expiredQualifications();
    const cases = (
      await api.exec('query($p: ID!) { providerExits(filter: { providerId: $p }) { totalCount nodes { trigger evidence { kind } } } }', { p: provider.id })
    ).data!.providerExits;
    expect(cases).toEqual({ totalCount: 1, nodes: [{ trigger: 'QUALIFICATION_EXPIRED', evidence: [{ kind: 'QUALIFICATION' }] }] });
  });
});

describe('completion atomicity', () => {
  // The injected failures are logged by the error formatter as unexpected; keep the test output clean.
  beforeAll(() => {
    vi.spyOn(logger, 'error').mockImplementation(() => {});
  });

  it('an injected failure in the completion transaction leaves nothing half-done, and a retry completes', async () => {
    const { provider, contract, activityIds } = await stage();
    const opened = (await api.exec(OPEN, { input: { providerId: provider.id, reason: 'x' } })).data!.openProviderExit;
    await api.exec(DECIDE, { id: opened.id, d: 'APPROVE' });
    for (const id of activityIds) await api.exec(CANCEL, { e: opened.id, a: id });
    const send = api.db.doc.send.bind(api.db.doc);
    let failed = false;
    api.db.doc.send = (async (command: unknown, ...rest: unknown[]) => {
      if (!failed && command instanceof TransactWriteCommand && (command.input as TransactWriteCommandInput).TransactItems!.length > 3) {
        failed = true;
        throw Object.assign(new Error('Connection reset by peer'), { name: 'NetworkingError' });
      }
      return (send as (...args: unknown[]) => unknown)(command, ...rest);
    }) as typeof api.db.doc.send;
    try {
      const broken = await api.exec(COMPLETE, { id: opened.id });
      expect(codeOf(broken)).toBe('INTERNAL_SERVER_ERROR');
    } finally {
      api.db.doc.send = send;
    }
    expect((await api.exec('query($id: ID!) { providerExit(id: $id) { status } }', { id: opened.id })).data!.providerExit.status).toBe('APPROVED');
    expect((await providerStatus(provider.id)).status).toBe('EXITING');
    expect((await api.exec('query($id: ID!) { contract(id: $id) { status } }', { id: contract.id })).data!.contract.status).toBe('ACTIVE');
    expect((await api.exec(COMPLETE, { id: opened.id })).data!.completeProviderExit.status).toBe('COMPLETED');
  });

  it('resumes a completion too large for one transaction after a crash between batches', async () => {
    // Transactions of at most 4 items: 3 contracts (2 items each) need two batches before the final one.
    const apiSmall = await createTestApi(undefined, { maxTransactionItems: 4 });
    const small = apiSmall;
    const school = await createSchool(apiSmall);
    const { id: termId } = await createTerm(apiSmall, school.id);
    const schoolId = school.id;
    const provider = await approvedProvider(apiSmall);
    const contractIds: string[] = [];
    for (let i = 0; i < 3; i++) contractIds.push((await activeContract(apiSmall, schoolId, termId, provider.id)).id);
    const opened = (await apiSmall.exec(OPEN, { input: { providerId: provider.id, reason: 'x' } })).data!.openProviderExit;
    await apiSmall.exec(DECIDE, { id: opened.id, d: 'APPROVE' });
    const send = small.db.doc.send.bind(small.db.doc);
    let transactions = 0;
    small.db.doc.send = (async (command: unknown, ...rest: unknown[]) => {
      if (command instanceof TransactWriteCommand && ++transactions === 2) throw Object.assign(new Error('crash'), { name: 'NetworkingError' });
      return (send as (...args: unknown[]) => unknown)(command, ...rest);
    }) as typeof small.db.doc.send;
    try {
      expect(codeOf(await apiSmall.exec(COMPLETE, { id: opened.id }))).toBe('INTERNAL_SERVER_ERROR');
    } finally {
      small.db.doc.send = send;
    }
    const statuses = async () =>
      Promise.all(contractIds.map(async (id) => (await apiSmall.exec('query($id: ID!) { contract(id: $id) { status } }', { id })).data!.contract.status));
    expect((await statuses()).filter((s) => s === 'TERMINATED')).toHaveLength(2);
    expect((await apiSmall.exec('query($id: ID!) { providerExit(id: $id) { status } }', { id: opened.id })).data!.providerExit.status).toBe('APPROVED');
    expect((await apiSmall.exec(COMPLETE, { id: opened.id })).data!.completeProviderExit.status).toBe('COMPLETED');
    expect(await statuses()).toEqual(['TERMINATED', 'TERMINATED', 'TERMINATED']);
  });
});
