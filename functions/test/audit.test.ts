import { beforeAll, describe, expect, it } from 'vitest';
import { codeOf, createTestApi, schoolAdminOf, type TestApi } from './support/api';
import { schoolInput } from './support/builders';
import { activityInput, CREATE_ACTIVITY, schoolWithTerm } from './support/domain';

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
