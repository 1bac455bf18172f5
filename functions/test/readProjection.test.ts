import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { globalIndexes } from '../src/db/table';
import { createTestApi, type TestApi } from './support/api';
import { approvedProvider, createContract, createSchool, createTerm } from './support/domain';
import { okData } from './support/memberFixtures';

/**
 * Reads by id, the schools', providers' and contracts' pages and a provider's kept contracts read the record's own
 * attributes (db/batches.ts `recordAttributes`): no key of an index the read did not use comes back from the engine,
 * and the answers stay whole.
 */
let api: TestApi;
let schoolId = '';
let providerId = '';
const contractIds: string[] = [];

/** The index-key attributes of every item the engine answered, with its command (and index, for a Query). */
const indexKeysSeen: { command: string; keys: string[] }[] = [];
const indexKeyNames = new Set<string>(globalIndexes.flatMap((index) => [index.partitionKey, index.sortKey]));

function itemsOf(output: Record<string, unknown>): Record<string, unknown>[] {
  if (output.Item) return [output.Item as Record<string, unknown>];
  if (Array.isArray(output.Items)) return output.Items as Record<string, unknown>[];
  const responses = output.Responses as Record<string, Record<string, unknown>[]> | undefined;
  return responses ? Object.values(responses).flat() : [];
}

beforeAll(async () => {
  api = await createTestApi();
  schoolId = (await createSchool(api)).id;
  const termId = (await createTerm(api, schoolId)).id;
  providerId = (await approvedProvider(api)).id;
  for (let i = 0; i < 2; i++) contractIds.push((await createContract(api, schoolId, termId, providerId)).id);
  (api.db.client as DynamoDBClient).middlewareStack.add(
    (next, context) => async (args) => {
      const result = await next(args);
      const index = (args.input as { IndexName?: string }).IndexName;
      for (const item of itemsOf(result.output as unknown as Record<string, unknown>)) {
        indexKeysSeen.push({
          command: `${context.commandName}${index ? ` ${index}` : ''}`,
          keys: Object.keys(item)
            .filter((name) => indexKeyNames.has(name))
            .sort(),
        });
      }
      return result;
    },
    { step: 'initialize' },
  );
}, 60_000);

const seenDuring = async (run: () => Promise<unknown>) => {
  indexKeysSeen.length = 0;
  const data = await run();
  return { data, seen: [...indexKeysSeen] };
};

describe('reads of records', () => {
  it('by id bring back no index keys, and the record whole', async () => {
    const { data, seen } = await seenDuring(() =>
      okData(api, 'query($s: ID!, $p: ID!) { school(id: $s) { id name code } provider(id: $p) { id name status creditCode } }', { s: schoolId, p: providerId }),
    );
    expect(data).toMatchObject({ school: { id: schoolId }, provider: { id: providerId, status: 'APPROVED' } });
    expect((data as { school: { name: string } }).school.name).toBeTruthy();
    const byId = seen.filter((read) => /^(Get|BatchGet)/.test(read.command));
    expect(byId.length).toBeGreaterThanOrEqual(2);
    for (const read of byId) expect(read.keys, read.command).toEqual([]);
  });

  it('in pages and kept lists bring back only the keys of the index the root list uses (its cursors)', async () => {
    const { data, seen } = await seenDuring(() =>
      okData(
        api,
        `{ schools(first: 5) { nodes { id name } pageInfo { endCursor } }
           providers(first: 5) { nodes { id name contracts(first: 5) { totalCount nodes { id status } pageInfo { endCursor } } } } }`,
      ),
    );
    const providers = (data as { providers: { nodes: { id: string; contracts: { totalCount: number; nodes: { id: string }[] } }[] } }).providers.nodes;
    const ours = providers.find((provider) => provider.id === providerId)!;
    expect(ours.contracts.totalCount).toBe(2);
    expect(ours.contracts.nodes.map((contract) => contract.id).sort()).toEqual([...contractIds].sort());
    const queries = seen.filter((read) => read.command.startsWith('Query'));
    expect(queries.length).toBeGreaterThan(0);
    for (const read of queries) {
      const index = read.command.split(' ')[1];
      expect(read.keys, read.command).toEqual([`${index}pk`, `${index}sk`]);
    }
    // The provider's kept contracts: the items its contracts' root list (gsi2, by provider) would page.
    const members = seen.filter((read) => read.command === 'BatchGetItemCommand');
    expect(members.length, 'one item per contract').toBe(2);
    for (const read of members) expect(read.keys).toEqual(['gsi2pk', 'gsi2sk']);
  });

  it('give a provider’s contracts the same cursors from the kept list as from the root list', async () => {
    const nested = await okData(api, 'query($p: ID!) { provider(id: $p) { contracts(first: 1) { pageInfo { endCursor } nodes { id } } } }', { p: providerId });
    const root = await okData(api, 'query($p: ID!) { contracts(first: 1, filter: { providerId: $p }) { pageInfo { endCursor } nodes { id } } }', {
      p: providerId,
    });
    expect((nested as { provider: { contracts: unknown } }).provider.contracts).toEqual((root as { contracts: unknown }).contracts);
  });
});
