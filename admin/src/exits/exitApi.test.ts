import { describe, expect, it } from 'vitest';
import { aConnection } from '../testing/builders';
import { anExit } from '../testing/domainBuilders';
import { exitApi, exitWorkflow, toExitFilter } from './exitApi';

describe('provider exit mapping', () => {
  it('maps status, trigger and provider filters and parses the connection', () => {
    expect(toExitFilter({ status: 'OPEN', trigger: '', providerId: 'prv_1' })).toEqual({ status: 'OPEN', providerId: 'prv_1' });
    const op = exitApi.list!({ filter: { status: 'APPROVED' }, first: 25, after: null });
    expect(op.parseResponse({ data: { providerExits: aConnection([anExit()]) } }).data[0]).toMatchObject({ canComplete: false });
  });

  it('opens a case with the reason and the evaluations as evidence', () => {
    const op = exitApi.create!({ providerId: 'prv_1', reason: '多次迟到', evaluationIds: ['evl_1'], extra: 'x' });
    expect(op.variables).toEqual({ input: { providerId: 'prv_1', reason: '多次迟到', evaluationIds: ['evl_1'] } });
  });

  it('decides with the version read', () => {
    expect(exitWorkflow.decide(anExit({ version: 3 }), 'APPROVE', '').variables).toEqual({
      id: 'pex_1',
      expectedVersion: 3,
      decision: 'APPROVE',
      comment: null,
    });
  });

  it('reassigns to another provider’s contract or to school staff, never both kinds mixed up', () => {
    expect(exitWorkflow.reassign('pex_1', 'act_1', { toContractId: 'ctr_2', toProviderId: 'prv_2' }).variables).toEqual({
      exitId: 'pex_1',
      activityId: 'act_1',
      toContractId: 'ctr_2',
      toProviderId: 'prv_2',
      toStaffName: null,
    });
    expect(exitWorkflow.reassign('pex_1', 'act_1', { toStaffName: ' 王老师 ' }).variables).toEqual({
      exitId: 'pex_1',
      activityId: 'act_1',
      toStaffName: '王老师',
    });
  });

  it('cancels an activity and completes the case', () => {
    expect(exitWorkflow.cancel('pex_1', 'act_1').variables).toEqual({ exitId: 'pex_1', activityId: 'act_1' });
    expect(exitWorkflow.complete(anExit({ version: 9 })).variables).toEqual({ id: 'pex_1', expectedVersion: 9 });
  });
});
