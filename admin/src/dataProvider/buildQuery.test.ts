import { describe, expect, it } from 'vitest';
import { resourceApis } from './index';
import { buildOperation, UnsupportedOperationError } from './buildQuery';

describe('buildOperation', () => {
  it('refuses what the API does not offer instead of guessing', () => {
    expect(() => buildOperation(resourceApis, 'GET_LIST', 'districtPolicy', {})).toThrow(UnsupportedOperationError);
    expect(() => buildOperation(resourceApis, 'GET_ONE', 'unicorns', { id: 1 })).toThrow(/unicorns/);
    expect(() => buildOperation(resourceApis, 'UPDATE_MANY', 'schools', {})).toThrow(UnsupportedOperationError);
  });

  it('wraps single records in react-admin’s { data }', () => {
    const op = buildOperation(resourceApis, 'GET_ONE', 'terms', { id: 'trm_1' });
    expect(op.variables).toEqual({ id: 'trm_1' });
    expect(op.parseResponse({ data: { term: { id: 'trm_1' } } })).toEqual({ data: { id: 'trm_1' } });
  });

  it('answers NOT_FOUND when a single-record query returns null', () => {
    const op = buildOperation(resourceApis, 'GET_ONE', 'schools', { id: 'sch_x' });
    expect(() => op.parseResponse({ data: { school: null } })).toThrow('app.errors.NOT_FOUND');
  });

  it('takes the cursor from the paging layer and asks only for cursors when skipping', () => {
    const params = { pagination: { page: 3, perPage: 10 }, filter: {}, meta: { after: 'c20', cursorOnly: true } };
    const op = buildOperation(resourceApis, 'GET_LIST', 'terms', params);
    expect(op.variables).toEqual({ filter: {}, first: 10, after: 'c20' });
    expect(op.parseResponse({ data: { terms: { pageInfo: { hasNextPage: true, endCursor: 'c30' }, totalCount: 99 } } })).toEqual({
      endCursor: 'c30',
      hasNextPage: true,
      total: 99,
    });
  });

  it('sends the policy update with its version and only the changed rules', () => {
    const previous = { id: 'current', version: 7, minDailyMinutes: 120, serviceDays: ['MONDAY'] };
    const op = buildOperation(resourceApis, 'UPDATE', 'districtPolicy', {
      id: 'current',
      data: { ...previous, minDailyMinutes: 150 },
      previousData: previous,
    });
    expect(op.variables).toEqual({ input: { minDailyMinutes: 150 }, expectedVersion: 7 });
  });
});
