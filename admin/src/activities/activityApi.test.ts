import { describe, expect, it } from 'vitest';
import { aConnection } from '../testing/builders';
import { anActivity } from '../testing/domainBuilders';
import { activityApi, activityChanges, toActivityFilter } from './activityApi';

describe('activity list mapping', () => {
  it('maps the list filters of the timetable, dropping empty and unknown ones', () => {
    expect(toActivityFilter({ schoolId: 'sch_1', termId: 'trm_1', weekday: 'MONDAY', category: '', q: 'x', providerId: null })).toEqual({
      schoolId: 'sch_1',
      termId: 'trm_1',
      weekday: 'MONDAY',
    });
  });

  it('sends first/after and parses the connection', () => {
    const op = activityApi.list!({ filter: { termId: 'trm_1', status: 'ACTIVE' }, first: 100, after: 'c1' });
    expect(op.variables).toEqual({ filter: { termId: 'trm_1', status: 'ACTIVE' }, first: 100, after: 'c1' });
    const page = op.parseResponse({ data: { activities: aConnection([anActivity()], { totalCount: 7, hasNextPage: true }) } });
    expect(page).toMatchObject({ total: 7, pageInfo: { hasNextPage: true }, meta: { endCursor: 'c1' } });
    expect(page.data[0].id).toBe('act_1');
  });

  it('lists a contract’s activities by reference', () => {
    expect(activityApi.referenceFilter!('contractId', 'ctr_1')).toEqual({ contractId: 'ctr_1' });
  });
});

describe('activity create and update mapping', () => {
  it('creates with the five elements, without form-only fields, and drops the provider for staff', () => {
    const op = activityApi.create!({
      ...anActivity(),
      id: undefined,
      schoolId: 'sch_1',
      runBy: 'STAFF',
      staffName: '王老师',
    });
    const input = op.variables.input as Record<string, unknown>;
    expect(input).not.toHaveProperty('schoolId');
    expect(input).not.toHaveProperty('runBy');
    expect(input).not.toHaveProperty('providerId');
    expect(input).not.toHaveProperty('contractId');
    expect(input).toMatchObject({ termId: 'trm_1', weekday: 'WEDNESDAY', venue: '操场', segment: 'GRADE', staffName: '王老师' });
  });

  it('lets the API take the provider from a newly chosen contract', () => {
    const op = activityApi.create!({ ...anActivity(), runBy: 'PROVIDER', contractId: 'ctr_2', providerId: 'prv_1' });
    expect(op.variables.input).toMatchObject({ contractId: 'ctr_2' });
    expect(op.variables.input).not.toHaveProperty('providerId');
  });

  it('updates with expectedVersion and only the changed fields', () => {
    const previous = anActivity({ version: 5 });
    const op = activityApi.update!('act_1', { ...previous, runBy: 'PROVIDER', venue: '体育馆' }, previous);
    expect(op.variables).toEqual({ id: 'act_1', input: { venue: '体育馆' }, expectedVersion: 5 });
  });

  it('clears provider and contract when a staff member takes over', () => {
    const previous = anActivity();
    expect(activityChanges({ ...previous, runBy: 'STAFF', staffName: '王老师' }, previous)).toEqual({
      staffName: '王老师',
      providerId: null,
      contractId: null,
    });
  });

  it('sends a new contract without the old provider', () => {
    const previous = anActivity();
    expect(activityChanges({ ...previous, runBy: 'PROVIDER', contractId: 'ctr_9' }, previous)).toEqual({ contractId: 'ctr_9', providerId: null });
  });

  it('cancels through the status', () => {
    const previous = anActivity();
    expect(activityChanges({ ...previous, status: 'CANCELLED' }, previous)).toEqual({ status: 'CANCELLED' });
  });
});
