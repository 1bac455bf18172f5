import { describe, expect, it } from 'vitest';
import { aSchool } from '../testing/builders';
import { schoolApi, schoolChanges, toSchoolFilter, toSchoolOrder } from './schoolApi';

describe('school list mapping', () => {
  it('maps react-admin filters to SchoolFilter, dropping empty values', () => {
    expect(toSchoolFilter({ q: '  实验 ', type: 'PRIMARY', ownership: '' })).toEqual({ q: '实验', type: 'PRIMARY' });
    expect(toSchoolFilter({ q: '' })).toEqual({});
  });

  it('sorts by code or name only', () => {
    expect(toSchoolOrder({ field: 'name', order: 'DESC' })).toEqual({ field: 'NAME', direction: 'DESC' });
    expect(toSchoolOrder({ field: 'code', order: 'ASC' })).toEqual({ field: 'CODE', direction: 'ASC' });
    expect(toSchoolOrder({ field: 'studentCount', order: 'ASC' })).toBeUndefined();
  });

  it('sends first/after from the page request and parses the connection', () => {
    const op = schoolApi.list!({ filter: { q: 'x' }, sort: { field: 'name', order: 'ASC' }, first: 20, after: 'abc' });
    expect(op.variables).toEqual({ filter: { q: 'x' }, orderBy: { field: 'NAME', direction: 'ASC' }, first: 20, after: 'abc' });
    const parsed = op.parseResponse({
      data: { schools: { nodes: [aSchool()], totalCount: 41, pageInfo: { hasNextPage: true, hasPreviousPage: true, endCursor: 'e' } } },
    });
    expect(parsed).toMatchObject({ total: 41, meta: { endCursor: 'e' }, pageInfo: { hasNextPage: true } });
    expect(parsed.data[0].id).toBe('sch_1');
  });
});

describe('school create and update mapping', () => {
  it('creates with only known input fields and without nulls (so API defaults apply)', () => {
    const op = schoolApi.create!({ ...aSchool(), id: undefined, studentCount: null, principal: null });
    const input = op.variables.input as Record<string, unknown>;
    expect(Object.keys(input).sort()).toEqual(['address', 'code', 'grades', 'leadershipGroup', 'name', 'ownership', 'pickupSlots', 'type'].sort());
    expect(JSON.stringify(input)).not.toContain('__typename');
  });

  it('updates with expectedVersion and only the changed fields', () => {
    const previous = aSchool({ version: 4 });
    const data = { ...previous, name: '实验小学（东校区）', studentCount: 1300 };
    const op = schoolApi.update!('sch_1', data, previous);
    expect(op.variables).toEqual({
      id: 'sch_1',
      input: { name: '实验小学（东校区）', studentCount: 1300 },
      expectedVersion: 4,
    });
  });

  it('compares nested arrays by value and sends them without __typename', () => {
    const previous = {
      ...aSchool(),
      leadershipGroup: [{ __typename: 'LeadershipMember', role: 'LEADER', name: '王校长', title: '校长' }],
    };
    expect(schoolChanges({ ...previous, leadershipGroup: [{ role: 'LEADER', name: '王校长', title: '校长' }] }, previous)).toEqual({});
    const added = [...previous.leadershipGroup, { role: 'MEMBER', name: '李老师', title: null }];
    expect(schoolChanges({ ...previous, leadershipGroup: added }, previous)).toEqual({
      leadershipGroup: [
        { role: 'LEADER', name: '王校长', title: '校长' },
        { role: 'MEMBER', name: '李老师', title: null },
      ],
    });
  });

  it('treats a cleared optional text that was empty as unchanged', () => {
    const previous = aSchool({ principal: null });
    expect(schoolChanges({ ...previous, principal: '' }, previous)).toEqual({});
  });
});
