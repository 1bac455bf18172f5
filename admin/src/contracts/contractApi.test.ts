import { describe, expect, it } from 'vitest';
import { aConnection } from '../testing/builders';
import { aContract } from '../testing/domainBuilders';
import { contractApi, contractChanges, contractWorkflow, dateInDays, toContractFilter } from './contractApi';

describe('contract list mapping', () => {
  it('maps school, provider, term and status', () => {
    expect(toContractFilter({ schoolId: 'sch_1', providerId: 'prv_1', termId: '', status: 'ACTIVE' })).toEqual({
      schoolId: 'sch_1',
      providerId: 'prv_1',
      status: 'ACTIVE',
    });
  });

  it('turns "30 天内到期" into endsOnOrBefore today + 30 days (school-local), for contracts in force', () => {
    const now = new Date('2026-11-29T20:00:00.000Z'); // 30 Nov in Beijing
    expect(dateInDays(30, now)).toBe('2026-12-30');
    expect(toContractFilter({ expiringSoon: true }, now)).toEqual({ status: 'ACTIVE', endsOnOrBefore: '2026-12-30' });
    expect(toContractFilter({ expiringSoon: true, status: 'SIGNED' }, now)).toMatchObject({ status: 'SIGNED' });
  });

  it('parses the connection and lists a provider’s contracts by reference', () => {
    const op = contractApi.list!({ filter: { providerId: 'prv_1' }, first: 10, after: null });
    expect(op.variables).toEqual({ filter: { providerId: 'prv_1' }, first: 10, after: null });
    expect(op.parseResponse({ data: { contracts: aConnection([aContract()]) } }).total).toBe(1);
    expect(contractApi.referenceFilter!('providerId', 'prv_1')).toEqual({ providerId: 'prv_1' });
  });
});

describe('contract create, update and lifecycle mapping', () => {
  it('drafts with the parties and four clauses, leaving computed fields out', () => {
    const op = contractApi.create!({ ...aContract(), id: undefined, startDate: null, endDate: null });
    const input = op.variables.input as Record<string, unknown>;
    expect(Object.keys(input).sort()).toEqual(
      ['hours', 'providerId', 'ratePerHour', 'safetyMeasures', 'schoolId', 'serviceContent', 'serviceMethod', 'termId'].sort(),
    );
  });

  it('updates a draft with only the changed clauses', () => {
    const previous = aContract({ status: 'DRAFT', version: 2 });
    expect(contractChanges({ ...previous, hours: 48, totalAmount: 1 }, previous)).toEqual({ hours: 48 });
    expect(contractApi.update!('ctr_1', { ...previous, hours: 48 }, previous).variables).toEqual({
      id: 'ctr_1',
      input: { hours: 48 },
      expectedVersion: 2,
    });
  });

  it('signs with the optional scan, activates and terminates with a reason', () => {
    const record = aContract({ version: 3 });
    expect(contractWorkflow.sign(record, 'doc_1').variables).toEqual({ id: 'ctr_1', expectedVersion: 3, signedDocumentId: 'doc_1' });
    expect(contractWorkflow.sign(record, null).variables).toMatchObject({ signedDocumentId: null });
    expect(contractWorkflow.activate(record).variables).toEqual({ id: 'ctr_1', expectedVersion: 3 });
    expect(contractWorkflow.terminate(record, ' 机构退出 ').variables).toMatchObject({ reason: '机构退出' });
  });
});
