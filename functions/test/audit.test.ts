import { beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '../src/auth/viewer';
import { codeOf, createTestApi, schoolAdminOf, type TestApi } from './support/api';
import { schoolInput } from './support/builders';
import { activeContract, activityInput, approvedProvider, CREATE_ACTIVITY, createSchool, createTerm, schoolWithTerm } from './support/domain';

const TRAIL = `query($id: ID!) { auditEvents(entityId: $id) { totalCount nodes { id entityId entityType action actorSub actorRole summary changes { field before after } at } } }`;

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});

describe('audit trail (管理台账)', () => {
  it('records exactly one event per successful change, none for a failed one, newest first', async () => {
    const created = await api.exec('mutation($input: CreateSchoolInput!) { createSchool(input: $input) { id } }', { input: schoolInput({ name: '台账小学' }) });
    const id = created.data!.createSchool.id;
    const update = 'mutation($id: ID!, $v: Int!, $name: String) { updateSchool(id: $id, input: { name: $name }, expectedVersion: $v) { version } }';
    await api.exec(update, { id, v: 1, name: '台账实验小学' });
    expect(codeOf(await api.exec(update, { id, v: 1, name: '过期版本' }))).toBe('CONFLICT');
    expect(codeOf(await api.exec(update, { id, v: 2, name: '' }))).toBe('BAD_USER_INPUT');
    const trail = (await api.exec(TRAIL, { id })).data!.auditEvents;
    expect(trail.totalCount).toBe(2);
    expect(trail.nodes.map((node: { action: string }) => node.action)).toEqual(['UPDATE', 'CREATE']);
    expect(trail.nodes[0]).toMatchObject({ entityType: 'School', actorSub: 'district-1', actorRole: 'DISTRICT_ADMIN' });
    expect(trail.nodes[0].changes).toEqual([{ field: 'name', before: '"台账小学"', after: '"台账实验小学"' }]);
    const node = await api.exec('query($id: ID!) { node(id: $id) { __typename ... on AuditEvent { action } } }', { id: trail.nodes[1].id });
    expect(node.data!.node).toEqual({ __typename: 'AuditEvent', action: 'CREATE' });
  });

  it('keeps the trail of a deleted record for the district and follows the record’s access rules', async () => {
    const { termId, schoolId } = await schoolWithTerm(api);
    const activity = (await api.exec(CREATE_ACTIVITY, { input: activityInput(termId) })).data!.createActivity;
    await api.exec('mutation($id: ID!) { deleteActivity(id: $id) }', { id: activity.id });
    const trail = (await api.exec(TRAIL, { id: activity.id })).data!.auditEvents;
    expect(trail.nodes.map((node: { action: string }) => node.action)).toEqual(['DELETE', 'CREATE']);
    expect(codeOf(await api.exec(TRAIL, { id: termId }, schoolAdminOf('sch_other')))).toBe('FORBIDDEN');
    expect((await api.exec(TRAIL, { id: termId }, schoolAdminOf(schoolId))).data!.auditEvents.totalCount).toBe(1);
  });
});

const VALUE = 'kind text enumType refId refType count items { kind text enumType refId refType }';
const TYPED_TRAIL = `query($id: ID!) { auditEvents(entityId: $id) { nodes { action summary summaryKey summaryParams { name value { ${VALUE} } }
  changes { field beforeValue { ${VALUE} } afterValue { ${VALUE} } } } } }`;

type TypedEvent = {
  action: string;
  summary: string;
  summaryKey: string;
  summaryParams: { name: string; value: Record<string, unknown> }[];
  // `any` on purpose: GraphQL response data (or a CloudFormation template) read by field name; the query fixes the shape, the test asserts it.
  changes: { field: string; beforeValue: Record<string, unknown> | null; afterValue: Record<string, any> | null }[];
};
const typedTrail = async (id: string, viewer?: Viewer) => {
  const result = await api.exec(TYPED_TRAIL, { id }, viewer);
  expect(result.errors).toBeUndefined();
  return result.data!.auditEvents.nodes as TypedEvent[];
};

describe('audit events as data (a client renders them in its language)', () => {
  it('carry a summary key with typed parameters, and typed changes without storage-only fields', async () => {
    const school = await createSchool(api, { name: '结构化小学', code: 'JG-001' });
    const [created] = await typedTrail(school.id);
    expect(created).toMatchObject({ summary: '新建学校 结构化小学（JG-001）', summaryKey: 'school.created' });
    expect(created.summaryParams).toEqual([
      { name: 'name', value: expect.objectContaining({ kind: 'TEXT', text: '结构化小学' }) },
      { name: 'code', value: expect.objectContaining({ kind: 'TEXT', text: 'JG-001' }) },
    ]);
    const byField = Object.fromEntries(created.changes.map((change) => [change.field, change.afterValue]));
    expect(byField.type).toMatchObject({ kind: 'ENUM', enumType: 'SchoolType', text: 'PRIMARY' });
    expect(byField.grades).toMatchObject({
      kind: 'LIST',
      items: [
        { kind: 'NUMBER', text: '1' },
        { kind: 'NUMBER', text: '2' },
        { kind: 'NUMBER', text: '3' },
        { kind: 'NUMBER', text: '4' },
        { kind: 'NUMBER', text: '5' },
        { kind: 'NUMBER', text: '6' },
      ],
    });
    expect(byField.pickupSlots).toMatchObject({ kind: 'RECORDS' });
    const term = await createTerm(api, school.id);
    const [termCreated] = await typedTrail(term.id);
    expect(termCreated.summaryParams.find((p) => p.name === 'semester')?.value).toMatchObject({ kind: 'ENUM', enumType: 'Semester', text: '1' });
    const termFields = Object.fromEntries(termCreated.changes.map((change) => [change.field, change.afterValue]));
    expect(termFields.schoolId).toMatchObject({ kind: 'REFERENCE', refType: 'School', refId: school.id });
    expect(termFields.startDate).toMatchObject({ kind: 'DATE' });
    // Storage keys never reach the trail: an activity's sort key, a survey's school key.
    const activity = (await api.exec(CREATE_ACTIVITY, { input: activityInput(term.id) })).data!.createActivity;
    const [activityCreated] = await typedTrail(activity.id);
    expect(activityCreated.summaryKey).toBe('activity.created');
    expect(activityCreated.changes.map((change) => change.field)).not.toContain('weekdayOrder');
    // The record's own id is the trail's subject, never one of its changes.
    for (const event of [created, termCreated, activityCreated]) expect(event.changes.map((change) => change.field)).not.toContain('id');
    expect(activityCreated.changes.find((change) => change.field === 'startTime')?.afterValue).toMatchObject({ kind: 'TIME', text: '15:30' });
  });

  it('names a referenced record only to those who may read it: an exit case behind a terminated contract', async () => {
    const { schoolId, termId } = await schoolWithTerm(api);
    const provider = await approvedProvider(api);
    const contract = await activeContract(api, schoolId, termId, provider.id);
    const opened = (
      await api.exec('mutation($input: OpenProviderExitInput!) { openProviderExit(input: $input) { id } }', {
        input: { providerId: provider.id, reason: '安全管理不到位' },
      })
    ).data!.openProviderExit;
    await api.exec('mutation($id: ID!) { decideProviderExit(id: $id, decision: APPROVE, comment: "同意") { status } }', { id: opened.id });
    expect((await api.exec('mutation($id: ID!) { completeProviderExit(id: $id) { status } }', { id: opened.id })).data!.completeProviderExit.status).toBe(
      'COMPLETED',
    );

    const CONTRACT = 'query($id: ID!) { contract(id: $id) { status terminationReason terminatedByExitId } }';
    const providerViewer: Viewer = { sub: 'provider-user', role: 'PROVIDER', providerId: provider.id };
    expect((await api.exec(CONTRACT, { id: contract.id })).data!.contract).toEqual({
      status: 'TERMINATED',
      terminationReason: '有序退出',
      terminatedByExitId: opened.id,
    });
    expect((await api.exec(CONTRACT, { id: contract.id }, schoolAdminOf(schoolId))).data!.contract.terminatedByExitId).toBe(opened.id);
    expect((await api.exec(CONTRACT, { id: contract.id }, providerViewer)).data!.contract).toEqual({
      status: 'TERMINATED',
      terminationReason: '有序退出',
      terminatedByExitId: null,
    });

    const exitRef = (events: TypedEvent[]) => {
      const terminated = events.find((event) => event.summaryKey === 'contract.terminatedByExit')!;
      return {
        param: terminated.summaryParams[0].value.refId,
        change: terminated.changes.find((change) => change.field === 'terminatedByExitId')?.afterValue?.refId,
      };
    };
    expect(exitRef(await typedTrail(contract.id))).toEqual({ param: opened.id, change: opened.id });
    const seenByProvider = await api.exec(TYPED_TRAIL, { id: contract.id }, providerViewer);
    expect(exitRef(seenByProvider.data!.auditEvents.nodes)).toEqual({ param: null, change: null });
    expect(JSON.stringify(seenByProvider.data)).not.toContain(opened.id);
  });
});
