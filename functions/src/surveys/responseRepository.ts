import { createHash } from 'node:crypto';
import { GetCommand, QueryCommand, UpdateCommand, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import { batchGetItems, batchWriteItems } from '../db/batches';
import type { Db } from '../db/client';
import { ConcurrentTransaction, transactWrite, type GuardedWrite } from '../db/transactions';
import type { StoredAnswer } from './answers';

/**
 * Responses and their maintained aggregates. Not ElectroDB: aggregates have one attribute per counter, known only
 * from the survey's questions, and are changed with ADD so concurrent answers never overwrite each other.
 *
 * Hot items: a burst of answers to one survey would all hit its `all` aggregate. Each group's counters are split
 * over shards (8 for `all`, 2 per school/provider/activity/grade); a write picks a random shard and a read adds the
 * shards up. One item takes ~1 000 writes/s, so `all` takes ~8 000 answers/s before throttling.
 */
export const SHARDS_ALL = 8;
export const SHARDS_GROUP = 2;
const RESPONSE_PARTITIONS = 16;

export interface StoredResponse {
  surveyId: string;
  respondentHash: string;
  answers: StoredAnswer[];
  groups: string[];
  grade?: number;
  schoolId?: string;
  submittedAt: string;
  version: number;
}

export type Counters = Map<string, number>;

/** Respondent keys are never stored: only a per-survey hash, which also spreads responses over partitions. */
export const respondentHash = (surveyId: string, respondentKey: string) => createHash('sha256').update(`${surveyId}\n${respondentKey}`).digest('hex');

const responseKey = (surveyId: string, hash: string) => ({ pk: `$kehou#surveyresponse#${surveyId}#${hash[0]}`, sk: hash });
const aggregatePk = (surveyId: string) => `$kehou#surveyagg#${surveyId}`;
const shardsOf = (group: string) => (group === 'all' ? SHARDS_ALL : SHARDS_GROUP);

/** The UpdateItem that ADDs counter deltas to a random shard of a group. */
function addCounters(db: Db, surveyId: string, group: string, delta: Counters, shard = Math.floor(Math.random() * shardsOf(group))) {
  const names: Record<string, string> = { '#group': 'group', '#survey': 'surveyId' };
  const values: Record<string, unknown> = { ':group': group, ':survey': surveyId };
  const adds = [...delta].map(([name, value], i) => {
    names[`#c${i}`] = `c:${name}`;
    values[`:c${i}`] = value;
    return `#c${i} :c${i}`;
  });
  return {
    TableName: db.config.tableName,
    Key: { pk: aggregatePk(surveyId), sk: `${group}#${shard}` },
    UpdateExpression: `SET #group = :group, #survey = :survey ADD ${adds.join(', ')}`,
    ExpressionAttributeNames: names,
    ExpressionAttributeValues: values,
  };
}

export function createResponseRepository(db: Db) {
  async function queryAll(input: QueryCommandInput) {
    const items: Record<string, unknown>[] = [];
    let startKey: QueryCommandInput['ExclusiveStartKey'];
    do {
      const out = await db.doc.send(new QueryCommand({ ...input, ExclusiveStartKey: startKey }));
      items.push(...(out.Items ?? []));
      startKey = out.LastEvaluatedKey;
    } while (startKey);
    return items;
  }

  return {
    async get(surveyId: string, hash: string): Promise<StoredResponse | undefined> {
      const out = await db.doc.send(new GetCommand({ TableName: db.config.tableName, Key: responseKey(surveyId, hash), ConsistentRead: true }));
      return out.Item as StoredResponse | undefined;
    },

    /**
     * Stores a response and moves the aggregates by exactly its difference to the previous one, in one
     * transaction conditional on the previous version: a concurrent resubmission makes this one retry.
     */
    async save(next: StoredResponse, previousVersion: number | undefined, deltas: Map<string, Counters>) {
      const condition =
        previousVersion === undefined
          ? { ConditionExpression: 'attribute_not_exists(pk)' }
          : {
              ConditionExpression: '#version = :seen',
              ExpressionAttributeNames: { '#version': 'version' },
              ExpressionAttributeValues: { ':seen': previousVersion },
            };
      const writes: GuardedWrite[] = [
        {
          op: { Put: { TableName: db.config.tableName, Item: { ...responseKey(next.surveyId, next.respondentHash), ...next }, ...condition } },
          onConditionFail: () => new ConcurrentTransaction(),
        },
        ...[...deltas].filter(([, delta]) => delta.size > 0).map(([group, delta]) => ({ op: { Update: addCounters(db, next.surveyId, group, delta) } })),
      ];
      await transactWrite(db, writes);
    },

    /**
     * Counter totals per group (shards added up), for groups starting with `prefix` (Query; never the responses).
     * With `counters`, only those are read: a list of groups needs three counters of the dozens an item holds.
     */
    async aggregates(surveyId: string, prefix: string, counters?: readonly string[]): Promise<Map<string, Counters>> {
      const projection = counters && {
        ProjectionExpression: ['#group', ...counters.map((_, i) => `#p${i}`)].join(', '),
        ExpressionAttributeNames: { '#group': 'group', ...Object.fromEntries(counters.map((name, i) => [`#p${i}`, `c:${name}`])) },
      };
      const items = await queryAll({
        TableName: db.config.tableName,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
        ExpressionAttributeValues: { ':pk': aggregatePk(surveyId), ':prefix': prefix },
        ...projection,
      });
      const groups = new Map<string, Counters>();
      for (const item of items) {
        const group = item.group as string;
        const counters = groups.get(group) ?? new Map<string, number>();
        for (const [name, value] of Object.entries(item)) {
          if (name.startsWith('c:')) counters.set(name.slice(2), (counters.get(name.slice(2)) ?? 0) + Number(value));
        }
        groups.set(group, counters);
      }
      return groups;
    },

    /** Response counts of many surveys from their `all` shards (BatchGetItem, 100 keys a call, unprocessed keys retried). */
    async responseCounts(surveyIds: readonly string[]): Promise<number[]> {
      const keys = surveyIds.flatMap((id) => Array.from({ length: SHARDS_ALL }, (_, shard) => ({ pk: aggregatePk(id), sk: `all#${shard}` })));
      const totals = new Map<string, number>();
      const items = await batchGetItems(db, keys, { ProjectionExpression: 'surveyId, #n', ExpressionAttributeNames: { '#n': 'c:n' } });
      for (const item of items) totals.set(item.surveyId as string, (totals.get(item.surveyId as string) ?? 0) + Number(item['c:n'] ?? 0));
      return surveyIds.map((id) => totals.get(id) ?? 0);
    },

    /** Every stored response of a survey (export and verification; reads all partitions). */
    async all(surveyId: string): Promise<StoredResponse[]> {
      const partitions = Array.from({ length: RESPONSE_PARTITIONS }, (_, i) => i.toString(16));
      const pages = await Promise.all(
        partitions.map((p) =>
          queryAll({
            TableName: db.config.tableName,
            KeyConditionExpression: 'pk = :pk',
            ExpressionAttributeValues: { ':pk': `$kehou#surveyresponse#${surveyId}#${p}` },
          }),
        ),
      );
      return pages.flat() as unknown as StoredResponse[];
    },

    /** Counts a submission in the code's one-minute window; returns the count so far (TTL removes old windows). */
    async hit(accessCode: string, now = Date.now()): Promise<number> {
      const minute = Math.floor(now / 60_000);
      const out = await db.doc.send(
        new UpdateCommand({
          TableName: db.config.tableName,
          Key: { pk: `$kehou#ratelimit#${accessCode}#${minute}`, sk: '-' },
          UpdateExpression: 'ADD hits :one SET expiresAt = :expires',
          ExpressionAttributeValues: { ':one': 1, ':expires': (minute + 2) * 60 },
          ReturnValues: 'UPDATED_NEW',
        }),
      );
      return Number(out.Attributes?.hits ?? 0);
    },

    /**
     * Loads many responses at once (demo seed and benchmark): responses by BatchWriteItem, aggregates by one ADD
     * per group. Only for a survey nobody is answering at the same time, and for new respondent keys.
     */
    async bulkImport(responses: StoredResponse[], deltas: Map<string, Counters>, surveyId: string, progress: (done: number) => void = () => {}) {
      for (let i = 0; i < responses.length; i += 25) {
        const requests = responses
          .slice(i, i + 25)
          .map((response) => ({ PutRequest: { Item: { ...responseKey(response.surveyId, response.respondentHash), ...response } } }));
        await batchWriteItems(db, requests);
        progress(Math.min(i + 25, responses.length));
      }
      for (const [group, delta] of deltas) {
        // Large deltas are split so no single UpdateExpression grows past DynamoDB's limits.
        const entries = [...delta];
        for (let i = 0; i < entries.length; i += 50)
          await db.doc.send(new UpdateCommand(addCounters(db, surveyId, group, new Map(entries.slice(i, i + 50)), 0)));
      }
    },
  };
}

export type ResponseRepository = ReturnType<typeof createResponseRepository>;
