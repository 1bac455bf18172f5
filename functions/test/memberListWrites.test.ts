import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import {
  BatchGetCommand,
  GetCommand,
  QueryCommand,
  TransactWriteCommand,
  type BatchGetCommandInput,
  type GetCommandInput,
  type QueryCommandInput,
} from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeAll, describe, expect, it } from 'vitest';
import { createDb } from '../src/db/client';
import { backfillMemberLists } from '../src/db/memberBackfill';
import { MAX_MEMBERS } from '../src/db/memberLists';
import { providerEntity } from '../src/providers/providerEntity';
import { schoolEntity } from '../src/schools/schoolEntity';
import { codeOf, createTestApi, type TestApi } from './support/api';
import { termInput } from './support/builders';
import { recordCommands } from './support/commandLog';
import { approvedProvider, createContract, createSchool, createTerm } from './support/domain';
import { CONNECTION, forgetMembers, forgetTermCopies, okData, storedItem, walkBoth } from './support/memberFixtures';

/**
 * How kept member lists (db/memberLists.ts) are written and what happens without them: the child and its parent's
 * ids change in one transaction (a refused or cancelled one changes neither), a parent stored before the lists
 * existed is read by Query (a COUNT once per request for a partial page), and the backfill gives it its list.
 */
let api: TestApi;
const calls: string[] = [];

beforeAll(async () => {
  api = await createTestApi();
  recordCommands(api.db.client, calls, (name, input) => `${name}${input.Select === 'COUNT' ? ' COUNT' : ''}`);
});

const nestedTerms = (schoolId: string) => async (first: number, after: string | null) =>
  (
    await okData(api, `query($id: ID!, $first: Int, $after: String) { school(id: $id) { terms(first: $first, after: $after) { ${CONNECTION} } } }`, {
      id: schoolId,
      first,
      after,
    })
  ).school.terms;
const rootTerms = (schoolId: string) => async (first: number, after: string | null) =>
  (
    await okData(api, `query($s: ID!, $first: Int, $after: String) { terms(first: $first, after: $after, filter: { schoolId: $s }) { ${CONNECTION} } }`, {
      s: schoolId,
      first,
      after,
    })
  ).terms;

const keptTerms = async (schoolId: string) => {
  const item = await storedItem(api, schoolEntity(api.db), schoolId);
  return { kept: item.termIdsKept, ids: [...((item.termIds as Set<string> | undefined) ?? [])].sort(), dependents: item.dependents };
};

describe('kept member lists: writes', () => {
  it('change the child and its parent’s ids together, and neither when the transaction is refused', async () => {
    const schoolId = (await createSchool(api)).id;
    expect(await keptTerms(schoolId)).toEqual({ kept: true, ids: [], dependents: 0 });
    const term = (await createTerm(api, schoolId)).id;
    expect(await keptTerms(schoolId)).toEqual({ kept: true, ids: [term], dependents: 1 });
    // The same school year and semester again: the slot's condition fails in the engine, so the school's ADD does not happen.
    const duplicate = await api.exec('mutation($input: CreateTermInput!) { createTerm(input: $input) { id } }', { input: termInput(schoolId) });
    expect(codeOf(duplicate)).toBe('CONFLICT');
    expect(await keptTerms(schoolId)).toEqual({ kept: true, ids: [term], dependents: 1 });
    await okData(api, 'mutation($id: ID!) { deleteTerm(id: $id) }', { id: term });
    expect(await keptTerms(schoolId)).toEqual({ kept: true, ids: [], dependents: 0 });
  });

  it('leave parent and child as they were when DynamoDB cancels the transaction', async () => {
    const schoolId = (await createSchool(api)).id;
    const termId = (await createTerm(api, schoolId)).id;
    const provider = await approvedProvider(api);
    const before = await storedItem(api, providerEntity(api.db), provider.id);
    // A second client on the same table whose transactions are cancelled; its reads reach the engine.
    const db = createDb(api.db.config);
    const mock = mockClient(db.doc);
    mock.on(GetCommand).callsFake((input: GetCommandInput) => api.db.doc.send(new GetCommand(input)));
    mock.on(QueryCommand).callsFake((input: QueryCommandInput) => api.db.doc.send(new QueryCommand(input)));
    mock.on(BatchGetCommand).callsFake((input: BatchGetCommandInput) => api.db.doc.send(new BatchGetCommand(input)));
    mock.on(TransactWriteCommand).rejects(
      new TransactionCanceledException({
        message: 'Transaction cancelled',
        $metadata: {},
        CancellationReasons: [{ Code: 'None' }, { Code: 'TransactionConflict' }],
      }),
    );
    const faulty = await createTestApi(db);
    const input = {
      schoolId,
      termId,
      providerId: provider.id,
      serviceMethod: '每周二',
      serviceContent: '足球',
      safetyMeasures: '持证上岗',
      ratePerHour: 100,
      hours: 10,
    };
    const result = await faulty.exec('mutation($input: CreateContractInput!) { createContract(input: $input) { id } }', { input });
    expect(codeOf(result)).toBe('CONFLICT');
    expect(await storedItem(api, providerEntity(api.db), provider.id)).toEqual(before);
    const root = await okData(api, 'query($p: ID!) { contracts(filter: { providerId: $p }) { totalCount } provider(id: $p) { contracts { totalCount } } }', {
      p: provider.id,
    });
    expect([root.contracts.totalCount, root.provider.contracts.totalCount]).toEqual([0, 0]);
    mock.restore();
  });

  it('read a parent without kept ids by Query, then by its list once backfilled', async () => {
    const schoolId = (await createSchool(api)).id;
    for (const semester of [1, 2])
      await createTerm(api, schoolId, { semester, ...(semester === 2 ? { startDate: '2027-02-22', endDate: '2027-07-02', excludedDates: [] } : {}) });
    await forgetMembers(api, schoolEntity(api.db), schoolId, 'termIds');
    // Without its term copies too (schools/termCopies.ts): the school reads its terms by its kept ids or by Query.
    await forgetTermCopies(api, schoolEntity(api.db), schoolId);
    // A term created while the school has no list: its id is ADDed, but the list is not kept until the backfill.
    const late = (await createTerm(api, schoolId, { schoolYear: '2025-2026', startDate: '2025-09-01', endDate: '2026-01-23', excludedDates: [] })).id;
    expect((await keptTerms(schoolId)).kept).toBeUndefined();

    for (const first of [1, 2, 5]) await walkBoth(first, nestedTerms(schoolId), rootTerms(schoolId));
    calls.length = 0;
    const partial = await okData(api, `{ school(id: "${schoolId}") { a: terms(first: 1) { totalCount } b: terms(first: 1) { totalCount } } }`);
    expect([partial.school.a.totalCount, partial.school.b.totalCount]).toEqual([3, 3]);
    // The fallback: the school's own Query, and its COUNT once however often the total is asked.
    expect(calls).toEqual(['GetItemCommand', 'QueryCommand', 'QueryCommand COUNT']);

    const done = await backfillMemberLists(api.db);
    expect(done.termIds).toBeGreaterThan(0);
    const kept = await keptTerms(schoolId);
    expect(kept.kept).toBe(true);
    expect(kept.ids).toHaveLength(3);
    expect(kept.ids).toContain(late);
    for (const first of [1, 2, 5]) await walkBoth(first, nestedTerms(schoolId), rootTerms(schoolId));
    calls.length = 0;
    await nestedTerms(schoolId)(1, null);
    expect(calls).toEqual(['GetItemCommand', 'BatchGetItemCommand']);
    // Run again: every list is kept, nothing is written.
    expect(Object.values(await backfillMemberLists(api.db))).toEqual([0, 0, 0, 0]);
  });

  it('skip a kept id whose child is gone, and never show a child of another parent', async () => {
    const provider = await approvedProvider(api);
    const schoolId = (await createSchool(api)).id;
    const termId = (await createTerm(api, schoolId)).id;
    const contract = (await createContract(api, schoolId, termId, provider.id)).id;
    const other = await approvedProvider(api);
    // A stale id (the backfill race) and a foreign one: neither is listed nor counted.
    await providerEntity(api.db)
      .patch({ id: provider.id })
      .add({ contractIds: ['ctr_gone', (await createContract(api, schoolId, termId, other.id)).id] })
      .go();
    const data = await okData(
      api,
      'query($p: ID!) { provider(id: $p) { contracts { totalCount nodes { id } } } contracts(filter: { providerId: $p }) { totalCount nodes { id } } }',
      {
        p: provider.id,
      },
    );
    expect(data.provider.contracts).toEqual({ totalCount: 1, nodes: [{ id: contract }] });
    expect(data.provider.contracts).toEqual(data.contracts);
  });

  it('retire a list that reaches MAX_MEMBERS: the parent stops growing and is read by Query', async () => {
    const provider = await approvedProvider(api);
    const schoolId = (await createSchool(api)).id;
    const termId = (await createTerm(api, schoolId)).id;
    const first = (await createContract(api, schoolId, termId, provider.id)).id;
    // Ids of children long gone fill the list to the bound (what a busy provider's history would do).
    const filler = Array.from({ length: MAX_MEMBERS - 1 }, (_, i) => `ctr_gone${i}`);
    await providerEntity(api.db).patch({ id: provider.id }).add({ contractIds: filler }).go();
    const second = (await createContract(api, schoolId, termId, provider.id)).id;
    const retired = await storedItem(api, providerEntity(api.db), provider.id);
    expect([retired.contractIdsKept, retired.contractIds]).toEqual([false, undefined]);
    await createContract(api, schoolId, termId, provider.id);
    expect((await storedItem(api, providerEntity(api.db), provider.id)).contractIds).toBeUndefined();

    const page = async (after: string | null) =>
      (
        await okData(api, `query($p: ID!, $after: String) { provider(id: $p) { contracts(first: 2, after: $after) { ${CONNECTION} } } }`, {
          p: provider.id,
          after,
        })
      ).provider.contracts;
    const root = async (after: string | null) =>
      (
        await okData(api, `query($p: ID!, $after: String) { contracts(first: 2, after: $after, filter: { providerId: $p }) { ${CONNECTION} } }`, {
          p: provider.id,
          after,
        })
      ).contracts;
    const ids = await walkBoth(
      2,
      (_first, after) => page(after),
      (_first, after) => root(after),
    );
    expect(ids).toHaveLength(3);
    expect(ids).toEqual(expect.arrayContaining([first, second]));
    expect((await backfillMemberLists(api.db)).contractIds).toBe(0);
  });
});
