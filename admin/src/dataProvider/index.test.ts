import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { aConnection, aGraphQLError, aSchool, aTerm } from '../testing/builders';
import { fakeEndpoint } from '../testing/fakeEndpoint';
import { ApiError } from './errors';
import { createDataProvider } from './index';

const provider = () => createDataProvider({ graphqlUrl: 'http://api.test/graphql', getToken: () => 'tok' });
const listParams = (page: number, perPage: number) => ({
  pagination: { page, perPage },
  sort: { field: 'code', order: 'ASC' as const },
  filter: { q: '小学' },
});

describe('createDataProvider', () => {
  beforeEach(() => vi.unstubAllGlobals());
  afterEach(() => vi.unstubAllGlobals());

  it('pages schools with cursors: page 2 is requested after the end cursor of page 1', async () => {
    const sent = fakeEndpoint({
      SchoolList: (v) => ({
        data: {
          schools: aConnection(v.after ? [aSchool({ id: 'sch_3' })] : [aSchool({ id: 'sch_1' }), aSchool({ id: 'sch_2' })], {
            totalCount: 3,
            hasNextPage: !v.after,
            endCursor: v.after ? 'end-3' : 'end-2',
          }),
        },
      }),
    });
    const dp = provider();
    const first = await dp.getList('schools', listParams(1, 2));
    const second = await dp.getList('schools', listParams(2, 2));

    expect(first).toMatchObject({ total: 3, pageInfo: { hasNextPage: true, hasPreviousPage: false } });
    expect(second.data.map((s) => s.id)).toEqual(['sch_3']);
    expect(sent.map((r) => r.variables)).toEqual([
      { filter: { q: '小学' }, orderBy: { field: 'CODE', direction: 'ASC' }, first: 2, after: null },
      { filter: { q: '小学' }, orderBy: { field: 'CODE', direction: 'ASC' }, first: 2, after: 'end-2' },
    ]);
    expect(sent[0].authorization).toBe('Bearer tok');
  });

  it('lists the terms of a school for getManyReference', async () => {
    const sent = fakeEndpoint({ TermList: () => ({ data: { terms: aConnection([aTerm()]) } }) });
    const result = await provider().getManyReference('terms', {
      target: 'schoolId',
      id: 'sch_1',
      pagination: { page: 1, perPage: 10 },
      sort: { field: 'startDate', order: 'DESC' },
      filter: {},
    });
    expect(result.data).toHaveLength(1);
    expect(sent[0]).toMatchObject({ operationName: 'TermList', variables: { filter: { schoolId: 'sch_1' }, first: 10 } });
  });

  it('updates with expectedVersion and the changed fields only, and skips empty updates', async () => {
    const previous = aSchool({ version: 5 });
    const sent = fakeEndpoint({ UpdateSchool: () => ({ data: { updateSchool: { ...previous, name: '新名', version: 6 } } }) });
    const dp = provider();

    const unchanged = await dp.update('schools', { id: 'sch_1', data: { ...previous }, previousData: previous });
    expect(unchanged.data).toBe(previous);
    expect(sent).toHaveLength(0);

    const result = await dp.update('schools', { id: 'sch_1', data: { ...previous, name: '新名' }, previousData: previous });
    expect(result.data).toMatchObject({ name: '新名', version: 6 });
    expect(sent[0].variables).toEqual({ id: 'sch_1', input: { name: '新名' }, expectedVersion: 5 });
  });

  it('rejects with a coded ApiError when the API refuses', async () => {
    fakeEndpoint({
      UpdateSchool: () => ({
        data: null,
        errors: [aGraphQLError('CONFLICT', 'School sch_1 was changed by someone else', { field: 'expectedVersion' })],
      }),
      CreateSchool: () => ({
        data: null,
        errors: [aGraphQLError('BAD_USER_INPUT', 'code must be 2–32 characters', { field: 'code' })],
      }),
    });
    const dp = provider();
    const previous = aSchool();
    const conflict = await dp.update('schools', { id: 'sch_1', data: { ...previous, name: 'x' }, previousData: previous }).catch((e: unknown) => e);
    expect(conflict).toBeInstanceOf(ApiError);
    expect((conflict as ApiError).code).toBe('VERSION_CONFLICT');

    const invalid = await dp.create('schools', { data: { ...previous, code: '!' } }).catch((e: unknown) => e);
    expect((invalid as ApiError).body).toMatchObject({ code: 'BAD_USER_INPUT', field: 'code', detail: 'code must be 2–32 characters' });
    expect((invalid as ApiError).body.errors).toHaveProperty('code');
    expect((invalid as ApiError).status).toBe(400);
  });

  it('fetches terms by id one request each (the API has no ids filter for terms)', async () => {
    const sent = fakeEndpoint({ Term: (v) => ({ data: { term: aTerm({ id: String(v.id) }) } }) });
    const result = await provider().getMany('terms', { ids: ['trm_1', 'trm_2'] });
    expect(result.data.map((t) => t.id)).toEqual(['trm_1', 'trm_2']);
    expect(sent.map((r) => r.operationName)).toEqual(['Term', 'Term']);
  });
});
