import { beforeAll, describe, expect, it } from 'vitest';
import { codeOf, createTestApi, fieldOf, schoolAdminOf, type TestApi } from './support/api';
import { activeContract, activityInput, approvedProvider, auditActions, CREATE_ACTIVITY, createContract, schoolWithTerm } from './support/domain';

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});

const create = (termId: string, overrides: Record<string, unknown> = {}, viewer?: Parameters<TestApi['exec']>[2]) =>
  api.exec(CREATE_ACTIVITY, { input: activityInput(termId, overrides) }, viewer);

const UPDATE =
  'mutation($id: ID!, $input: UpdateActivityInput!, $v: Int!) { updateActivity(id: $id, input: $input, expectedVersion: $v) { id version startTime venue status } }';

describe('timetable: no double booking (SPEC §3.3)', () => {
  it('refuses an overlapping booking of the same venue, naming the other activity', async () => {
    const { termId } = await schoolWithTerm(api);
    const first = (await create(termId, { venue: '操场', staffName: '甲老师' })).data!.createActivity;
    const clash = await create(termId, { venue: ' 操 场 ', staffName: '乙老师', startTime: '16:00', endTime: '17:00' });
    expect([codeOf(clash), fieldOf(clash)]).toEqual(['CONFLICT', 'venue']);
    expect(clash.errors![0].extensions!.conflictingActivityId).toBe(first.id);
    // Back-to-back is fine; another weekday is fine.
    expect((await create(termId, { venue: '操场', staffName: '乙老师', startTime: '16:30', endTime: '17:30' })).errors).toBeUndefined();
    expect((await create(termId, { venue: '操场', staffName: '乙老师', weekday: 'TUESDAY' })).errors).toBeUndefined();
  });

  it('refuses the same person in charge in two places at once', async () => {
    const { termId } = await schoolWithTerm(api);
    await create(termId, { venue: '一楼教室', staffName: '王老师' });
    const clash = await create(termId, { venue: '二楼教室', staffName: '王老师', startTime: '15:00', endTime: '15:45' });
    expect([codeOf(clash), fieldOf(clash)]).toEqual(['CONFLICT', 'staffName']);
  });

  it('lets exactly one of 20 concurrent bookings of one venue slot succeed', async () => {
    const { termId } = await schoolWithTerm(api);
    const attempts = await Promise.all(Array.from({ length: 20 }, (_, i) => create(termId, { venue: '体育馆', staffName: `老师${i}`, title: `活动${i}` })));
    const succeeded = attempts.filter((result) => !result.errors);
    expect(succeeded).toHaveLength(1);
    expect(new Set(attempts.filter((result) => result.errors).map(codeOf))).toEqual(new Set(['CONFLICT']));
    const listed = await api.exec('query($t: ID!) { activities(filter: { termId: $t }) { totalCount } }', { t: termId });
    expect(listed.data!.activities.totalCount).toBe(1);
  });

  it('moves bookings on update and frees them on cancel and delete', async () => {
    const { termId } = await schoolWithTerm(api);
    const a = (await create(termId, { venue: '美术室', staffName: '赵老师' })).data!.createActivity;
    const moved = await api.exec(UPDATE, { id: a.id, input: { venue: '音乐室' }, v: 1 });
    expect(moved.data!.updateActivity).toMatchObject({ venue: '音乐室', version: 2 });
    expect((await create(termId, { venue: '美术室', staffName: '钱老师' })).errors).toBeUndefined();
    expect(codeOf(await create(termId, { venue: '音乐室', staffName: '孙老师' }))).toBe('CONFLICT');
    await api.exec(UPDATE, { id: a.id, input: { status: 'CANCELLED' }, v: 2 });
    const b = await create(termId, { venue: '音乐室', staffName: '孙老师' });
    expect(b.errors).toBeUndefined();
    await api.exec('mutation($id: ID!) { deleteActivity(id: $id) }', { id: b.data!.createActivity.id });
    expect((await create(termId, { venue: '音乐室', staffName: '李老师' })).errors).toBeUndefined();
    expect(await auditActions(api, a.id)).toEqual(['UPDATE', 'UPDATE', 'CREATE']);
  });

  it('validates the five elements', async () => {
    const { termId } = await schoolWithTerm(api);
    const cases: [Record<string, unknown>, string][] = [
      [{ endTime: '15:00' }, 'endTime'],
      [{ startTime: '15:31' }, 'startTime'],
      [{ venue: '' }, 'venue'],
      [{ title: '  ' }, 'title'],
      [{ grades: [] }, 'grades'],
      [{ capacity: 0 }, 'capacity'],
    ];
    for (const [overrides, field] of cases) {
      const result = await create(termId, overrides);
      expect([codeOf(result), fieldOf(result)], JSON.stringify(overrides)).toEqual(['BAD_USER_INPUT', field]);
    }
    expect(await api.exec('query($t: ID!) { activities(filter: { termId: $t }) { totalCount } }', { t: termId })).toMatchObject({
      data: { activities: { totalCount: 0 } },
    });
  });

  it('keeps school admins to their own timetable', async () => {
    const own = await schoolWithTerm(api);
    const other = await schoolWithTerm(api);
    const admin = schoolAdminOf(own.schoolId);
    expect((await create(own.termId, {}, admin)).errors).toBeUndefined();
    expect(codeOf(await create(other.termId, {}, admin))).toBe('FORBIDDEN');
    expect(codeOf(await api.exec('query($t: ID!) { activities(filter: { termId: $t }) { totalCount } }', { t: other.termId }, admin))).toBe('FORBIDDEN');
  });

  it('refuses to delete a term that has activities', async () => {
    const { termId } = await schoolWithTerm(api);
    await create(termId);
    expect(codeOf(await api.exec('mutation($id: ID!) { deleteTerm(id: $id) }', { id: termId }))).toBe('INVALID_TRANSITION');
  });
});

describe('provider activities need an ACTIVE contract', () => {
  it('refuses without a contract, with a draft contract, and accepts an active one', async () => {
    const { schoolId, termId } = await schoolWithTerm(api);
    const provider = await approvedProvider(api);
    const noContract = await create(termId, { providerId: provider.id, staffName: '王教练', category: 'SPORTS', venue: '操场' });
    expect([codeOf(noContract), fieldOf(noContract)]).toEqual(['INVALID_TRANSITION', 'contractId']);
    const draft = await createContract(api, schoolId, termId, provider.id);
    expect(codeOf(await create(termId, { contractId: draft.id, category: 'SPORTS', venue: '操场' }))).toBe('INVALID_TRANSITION');
    const contract = await activeContract(api, schoolId, termId, provider.id);
    const ok = await create(termId, { contractId: contract.id, staffName: '王教练', category: 'SPORTS', venue: '操场' });
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.createActivity).toMatchObject({ providerId: provider.id, contractId: contract.id });
    const ids = await api.exec('query($id: ID!) { contract(id: $id) { activityIds } }', { id: contract.id });
    expect(ids.data!.contract.activityIds).toEqual([ok.data!.createActivity.id]);
  });
});
