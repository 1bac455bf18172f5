import { describe, expect, it } from 'vitest';
import { aConnection } from '../testing/builders';
import { aProvider } from '../testing/domainBuilders';
import { providerApi, providerChanges, providerWorkflow, toProviderFilter } from './providerApi';

describe('provider list mapping', () => {
  it('maps search, status, kind and category, trimming the search', () => {
    expect(toProviderFilter({ q: '  足球 ', status: 'APPROVED', kind: '', serviceCategory: 'SPORTS' })).toEqual({
      q: '足球',
      status: 'APPROVED',
      serviceCategory: 'SPORTS',
    });
    expect(toProviderFilter({ q: '   ' })).toEqual({});
  });

  it('parses the connection', () => {
    const op = providerApi.list!({ filter: {}, first: 25, after: null });
    expect(op.variables).toEqual({ filter: {}, first: 25, after: null });
    expect(op.parseResponse({ data: { providers: aConnection([aProvider()]) } }).data[0]).toMatchObject({ name: '绿茵少儿足球俱乐部' });
  });
});

describe('provider create and update mapping', () => {
  it('sends qualifications as inputs: no computed validity, no typename, empty scan as none', () => {
    const provider = aProvider();
    const op = providerApi.create!({
      ...provider,
      qualifications: [{ ...provider.qualifications[0], __typename: 'Qualification', documentId: '' }],
    });
    const input = op.variables.input as { qualifications: Record<string, unknown>[] };
    expect(input.qualifications[0]).not.toHaveProperty('validToday');
    expect(input.qualifications[0]).toMatchObject({ id: 'q_1', documentId: null });
    expect(JSON.stringify(input)).not.toContain('__typename');
    expect(input).not.toHaveProperty('status');
    expect(input).not.toHaveProperty('standing');
  });

  it('updates only what changed, ignoring the computed validity', () => {
    const previous = aProvider({ version: 4 });
    expect(providerChanges({ ...previous }, previous)).toEqual({});
    const op = providerApi.update!('prv_1', { ...previous, contactPhone: '13900000000' }, previous);
    expect(op.variables).toEqual({ id: 'prv_1', input: { contactPhone: '13900000000' }, expectedVersion: 4 });
  });

  it('sends the whole staff list when one person changes (the API replaces the list)', () => {
    const previous = aProvider();
    const staff = [...previous.staff, { name: '陈墨', role: null, certificates: [] }];
    expect(providerChanges({ ...previous, staff }, previous)).toEqual({ staff });
  });
});

describe('provider workflow operations', () => {
  it('sends the version read and a trimmed comment (null when empty)', () => {
    const record = aProvider({ version: 7 });
    expect(providerWorkflow.submitForReview(record).variables).toEqual({ id: 'prv_1', expectedVersion: 7 });
    expect(providerWorkflow.review(record, 'REJECT', ' 资质过期 ').variables).toEqual({
      id: 'prv_1',
      expectedVersion: 7,
      decision: 'REJECT',
      comment: '资质过期',
    });
    expect(providerWorkflow.suspend(record, '').variables).toMatchObject({ reason: null });
    expect(providerWorkflow.reinstate(record, '整改完成').variables).toMatchObject({ comment: '整改完成' });
  });

  it('parses the changed provider', () => {
    const op = providerWorkflow.review(aProvider(), 'APPROVE', '');
    expect(op.parseResponse({ data: { reviewProvider: aProvider({ status: 'APPROVED' }) } })).toMatchObject({ status: 'APPROVED' });
  });
});
