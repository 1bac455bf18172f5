import { beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '../src/auth/viewer';
import { codeOf, createTestApi, districtAdmin, schoolAdminOf, type TestApi } from './support/api';
import { approvedProvider } from './support/domain';
import { buildLeakWorld, type LeakWorld } from './support/leakWorld';

/** The nested-path leaks found by an outside tester (issue: access enforced on the record), each replayed by hand. */
let api: TestApi;
let whole: LeakWorld;
let world: LeakWorld['named'];
let adminA: Viewer;
let providerP1: Viewer;

beforeAll(async () => {
  api = await createTestApi();
  whole = await buildLeakWorld(api);
  world = whole.named;
  adminA = schoolAdminOf(world.A.id);
  providerP1 = { sub: 'p1-user', role: 'PROVIDER', providerId: world.P1.id };
}, 300_000);

describe('an exit case on a provider shared by two schools', () => {
  it('shows a school admin only their own school’s affected activities, evidence and ids', async () => {
    const result = await api.exec(
      `query($id: ID!) { providerExit(id: $id) { schoolId evidence { refId summary }
        affectedActivities { activityId schoolId activity { venue staffName school { principal leadershipGroup { name } } contract { ratePerHour hours totalAmount } } } } }`,
      { id: world.exit.id },
      adminA,
    );
    expect(result.errors).toBeUndefined();
    const exit = result.data!.providerExit;
    expect(exit.affectedActivities.map((a: { activityId: string }) => a.activityId)).toEqual([world.aA2.id]);
    expect(exit.schoolId).toBeNull();
    expect(exit.evidence.map((e: { refId: string }) => e.refId)).toEqual([world.eA1.id]);
    expect(JSON.stringify(exit)).not.toContain(world.B.principal);
  });

  it('answers reassign and cancel on another school’s activity with FORBIDDEN before saying anything about the case', async () => {
    const adminC = schoolAdminOf(world.C.id);
    const cancel = await api.exec(
      'mutation($e: ID!, $a: ID!) { cancelActivity(exitId: $e, activityId: $a) { id } }',
      { e: world.exit.id, a: world.aB1.id },
      adminC,
    );
    expect(codeOf(cancel)).toBe('FORBIDDEN');
    const reassign = await api.exec(
      'mutation($e: ID!, $a: ID!) { reassignActivity(exitId: $e, activityId: $a, toStaffName: "王老师") { id } }',
      { e: world.exit.id, a: world.aB1.id },
      adminA,
    );
    expect(codeOf(reassign)).toBe('FORBIDDEN');
  });

  it('returns the resolved case to a school admin limited to their own part', async () => {
    const result = await api.exec(
      'mutation($e: ID!, $a: ID!) { cancelActivity(exitId: $e, activityId: $a) { affectedActivities { activityId resolution } } }',
      { e: world.exit.id, a: world.aA2.id },
      adminA,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.cancelActivity).toEqual({ affectedActivities: [{ activityId: world.aA2.id, resolution: 'CANCELLED' }] });
  });
});

describe('opening an exit case', () => {
  it('refuses a school admin for a provider that does not serve their school, and writes nothing', async () => {
    const stranger = await approvedProvider(api);
    const result = await api.exec('mutation($p: ID!) { openProviderExit(input: { providerId: $p, reason: "质量不达标" }) { id } }', { p: stranger.id }, adminA);
    expect(codeOf(result)).toBe('FORBIDDEN');
    const cases = await api.exec('query($p: ID!) { providerExits(filter: { providerId: $p }) { totalCount } }', { p: stranger.id });
    expect(cases.data!.providerExits.totalCount).toBe(0);
  });
});

describe('audit trails', () => {
  const trail = async (entityId: string, viewer: Viewer) =>
    api.exec('query($id: ID!) { auditEvents(entityId: $id, first: 50) { nodes { action summary } } }', { id: entityId }, viewer);

  it('show a school admin the provider’s events of their own school only', async () => {
    const result = await trail(world.P1.id, adminA);
    expect(result.errors).toBeUndefined();
    const text = JSON.stringify(result.data);
    expect(text).toContain('40 分');
    expect(text).not.toContain('45 分');
  });

  it('do not show a provider user its exit case or the case’s reason', async () => {
    const result = await trail(world.P1.id, providerP1);
    expect(result.errors).toBeUndefined();
    const actions = result.data!.auditEvents.nodes.map((node: { action: string }) => node.action);
    expect(actions).toContain('EVALUATED');
    expect(actions).not.toContain('EXIT_OPENED');
    expect(codeOf(await trail(world.exit.id, providerP1))).toBe('FORBIDDEN');
  });
});

describe('a provider user', () => {
  it('reads the schools it serves by name and address, never their principal or leadership group', async () => {
    const result = await api.exec(
      `query($c: ID!, $e: ID!, $a: ID!, $p: ID!) {
        contract(id: $c) { school { name principal leadershipGroup { name } } }
        evaluation(id: $e) { school { name principal leadershipGroup { name } } }
        activity(id: $a) { school { name principal leadershipGroup { name } } }
        provider(id: $p) { standing { bySchool { school { name principal leadershipGroup { name } } } } } }`,
      { c: world.cA1.id, e: world.eB1.id, a: world.aB1.id, p: world.P1.id },
      providerP1,
    );
    expect(result.errors).toBeUndefined();
    const text = JSON.stringify(result.data);
    for (const hidden of [world.A.principal, world.A.leader, world.B.principal, world.B.leader]) expect(text).not.toContain(hidden);
    expect(result.data!.contract.school).toMatchObject({ principal: null, leadershipGroup: [] });
  });

  it('reads the activities it runs (to take their roll call) and no other', async () => {
    const own = await api.exec('query { activities(first: 50) { nodes { id } } }', {}, providerP1);
    expect(own.data!.activities.nodes.map((n: { id: string }) => n.id).sort()).toEqual([world.aA2.id, world.aB1.id].sort());
    expect(codeOf(await api.exec('query($id: ID!) { activity(id: $id) { id } }', { id: world.aB2.id }, providerP1))).toBe('FORBIDDEN');
    expect(codeOf(await api.exec('query($id: ID!) { school(id: $id) { id } }', { id: world.C.id }, providerP1))).toBe('FORBIDDEN');
  });
});

describe('a school admin’s dashboard', () => {
  it('counts only the providers and exit cases that concern their school', async () => {
    const result = await api.exec('query { dashboard { providersByStatus { status count } openExitCases } }', {}, adminA);
    expect(result.errors).toBeUndefined();
    const counts = Object.fromEntries(result.data!.dashboard.providersByStatus.map((row: { status: string; count: number }) => [row.status, row.count]));
    // Only P1 has a contract at A (and is EXITING after the approved case); P2, P3 and the stranger are not A's.
    expect(counts).toMatchObject({ EXITING: 1, APPROVED: 0, APPLIED: 0, REJECTED: 0 });
    expect(result.data!.dashboard.openExitCases).toBe(1);
    const other = await api.exec('query { dashboard { openExitCases providersByStatus { status count } } }', {}, schoolAdminOf(world.C.id));
    expect(other.data!.dashboard.openExitCases).toBe(0);
  });
});

describe('node(id:) of notifications and correction lines', () => {
  const NODE = `query($id: ID!) { node(id: $id) { __typename id
    ... on Notification { kind } ... on StipendAdjustment { reason } ... on ProviderStatementAdjustment { reason schoolId } } }`;
  const node = (id: string, viewer: Viewer | null) => api.exec(NODE, { id }, viewer);
  const roleViewer = (name: string) => whole.roles.find((role) => role.name === name)!.viewer!;

  it('returns a notification to its recipient only (not even the district office), as the bell does', async () => {
    const parent = roleViewer('guardian of sA1');
    const bell = await api.exec('{ notifications(first: 50) { nodes { id kind } } }', {}, parent);
    const [first] = bell.data!.notifications.nodes as { id: string; kind: string }[];
    expect((await node(first.id, parent)).data!.node).toEqual({ __typename: 'Notification', ...first });
    for (const other of [roleViewer('class teacher of A1'), adminA, districtAdmin]) expect(codeOf(await node(first.id, other))).toBe('FORBIDDEN');
    expect(codeOf(await node(first.id, null))).toBe('UNAUTHENTICATED');
    expect(codeOf(await node('ntf_aaaaaaaaaaaaaaaaaaaa', parent))).toBe('NOT_FOUND');
  });

  it('returns a stipend sheet’s correction line to whoever may read the sheet', async () => {
    const [lineA, lineB] = whole.ids.StipendAdjustment;
    const own = await node(lineA, adminA);
    expect(own.errors).toBeUndefined();
    expect(own.data!.node).toMatchObject({ __typename: 'StipendAdjustment', id: lineA, reason: expect.stringMatching(/^stipendFixA-/) });
    expect((await node(lineA, districtAdmin)).data!.node.id).toBe(lineA);
    for (const viewer of [roleViewer('class teacher of A1'), roleViewer('guardian of sA1'), providerP1])
      expect(codeOf(await node(lineA, viewer))).toBe('FORBIDDEN');
    expect(codeOf(await node(lineB, adminA))).toBe('FORBIDDEN');
    // The right shape, a line that is not on the sheet; and no shape at all.
    expect(codeOf(await node(`${lineA.slice(0, -10)}aaaaaaaaaa`, adminA))).toBe('NOT_FOUND');
    expect(codeOf(await node('sad_nothing', adminA))).toBe('NOT_FOUND');
  });

  it('returns a provider statement’s correction line to the district and the provider, a school admin their school’s only', async () => {
    const [atA, atB] = whole.ids.ProviderStatementAdjustment;
    const own = await node(atA, adminA);
    expect(own.errors).toBeUndefined();
    expect(own.data!.node).toMatchObject({ __typename: 'ProviderStatementAdjustment', id: atA, schoolId: world.A.id });
    expect(codeOf(await node(atB, adminA))).toBe('FORBIDDEN');
    for (const viewer of [providerP1, districtAdmin]) expect((await node(atB, viewer)).data!.node).toMatchObject({ id: atB, schoolId: world.B.id });
    expect(codeOf(await node(atA, { sub: 'p2-user', role: 'PROVIDER', providerId: world.P2.id }))).toBe('FORBIDDEN');
    expect(codeOf(await node(atA, roleViewer('class teacher of A1')))).toBe('FORBIDDEN');
  });
});
