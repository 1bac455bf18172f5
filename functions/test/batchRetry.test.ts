import { BatchGetCommand, GetCommand, QueryCommand, type BatchGetCommandInput, type GetCommandInput, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createBookingRepository } from '../src/activities/bookingRepository';
import { backoffDelay, untilProcessed, UnprocessedError, type RetryPolicy } from '../src/db/batches';
import { createDb } from '../src/db/client';
import { transactWrite } from '../src/db/transactions';
import { logger } from '../src/observability/logger';
import { codeOf, createTestApi, type TestApi } from './support/api';
import { schoolInput } from './support/builders';

/**
 * DynamoDB Local never throttles, so throttling is injected: a second client on the same table whose BatchGetItem
 * really reads the engine but, like DynamoDB under throttling, answers only part of the keys and hands the rest back
 * as UnprocessedKeys.
 */
let real: TestApi;
let throttled: TestApi;
let mock: ReturnType<typeof mockClient>;
let schoolIds: string[];
/** BatchGetItem calls answered so far, and how many of them were throttled. */
let calls: { keys: number; unprocessed: number }[];

/** The next `times` calls answer one key each; `times: Infinity` never makes progress. */
function throttle(times: number) {
  calls = [];
  mock.on(BatchGetCommand).callsFake(async (input: BatchGetCommandInput) => {
    const [table] = Object.keys(input.RequestItems!);
    const out = await real.db.doc.send(new BatchGetCommand(input));
    const requested = input.RequestItems![table].Keys!;
    if (calls.length >= times) {
      calls.push({ keys: requested.length, unprocessed: 0 });
      return out;
    }
    const kept = (out.Responses?.[table] ?? []).slice(0, times === Infinity ? 0 : 1);
    const answered = (key: Record<string, unknown>) => kept.some((item) => item.pk === key.pk && item.sk === key.sk);
    const left = requested.filter((key) => !answered(key));
    calls.push({ keys: requested.length, unprocessed: left.length });
    return { ...out, Responses: { [table]: kept }, UnprocessedKeys: left.length > 0 ? { [table]: { Keys: left } } : {} };
  });
}

beforeAll(async () => {
  real = await createTestApi();
  const db = createDb(real.db.config);
  mock = mockClient(db.doc);
  mock.on(GetCommand).callsFake((input: GetCommandInput) => real.db.doc.send(new GetCommand(input)));
  mock.on(QueryCommand).callsFake((input: QueryCommandInput) => real.db.doc.send(new QueryCommand(input)));
  throttled = await createTestApi(db);
  schoolIds = [];
  for (let i = 0; i < 5; i++) {
    const result = await real.exec('mutation($input: CreateSchoolInput!) { createSchool(input: $input) { id } }', { input: schoolInput() });
    schoolIds.push(result.data!.createSchool.id);
  }
});

beforeEach(() => mock.on(BatchGetCommand).callsFake((input: BatchGetCommandInput) => real.db.doc.send(new BatchGetCommand(input))));

describe('a throttled BatchGetItem with unprocessed keys', () => {
  it("still returns every record, in the order asked (readsById.getMany, the DataLoaders' batch function)", async () => {
    throttle(3);
    const asked = [schoolIds[3], schoolIds[0], 'sch_missing', schoolIds[4], schoolIds[1], schoolIds[2]];
    const records = await throttled.services.repositories.schools.getMany(asked);
    expect(records.map((record) => record?.id)).toEqual([schoolIds[3], schoolIds[0], undefined, schoolIds[4], schoolIds[1], schoolIds[2]]);
    // Three throttled calls answered one key each; the fourth got the rest.
    expect(calls.map((call) => call.unprocessed)).toEqual([5, 4, 3, 0]);
  });

  it('gives the API every record, never a wrong NOT_FOUND', async () => {
    throttle(2);
    const result = await throttled.exec('query($ids: [ID!]) { schools(filter: { ids: $ids }) { nodes { id } } }', { ids: schoolIds });
    expect(result.errors).toBeUndefined();
    expect(result.data!.schools.nodes.map((node: { id: string }) => node.id).sort()).toEqual([...schoolIds].sort());
    expect(calls.length).toBe(3);
  });

  it('still loads every resource-day of the timetable (booking loader), so no booking is missed', async () => {
    const bookings = createBookingRepository(real.db);
    const keys = ['t#MON#venue#a', 't#MON#venue#b', 't#MON#person#x'];
    for (const key of keys) {
      await transactWrite(real.db, [bookings.saveStep({ key, bookings: { act_1: { start: '16:00', end: '17:00', title: key } }, version: 0 })]);
    }
    throttle(2);
    const days = await createBookingRepository(throttled.db).load([...keys, 't#MON#venue#free']);
    expect(keys.map((key) => [days.get(key)?.version, days.get(key)?.bookings.act_1?.title])).toEqual(keys.map((key) => [1, key]));
    expect(days.get('t#MON#venue#free')).toEqual({ key: 't#MON#venue#free', bookings: {}, version: 0 });
    // Any key may come back unprocessed, a missing one too.
    expect(calls.map((call) => call.unprocessed)).toEqual([3, 2, 0]);
  });

  it('still reads every compliance summary of the district overview, so none is taken for missing and recomputed', async () => {
    const keys = schoolIds.slice(0, 3).map((schoolId) => ({ schoolId, termId: 'trm_batch' }));
    for (const [i, key] of keys.entries()) {
      const stored = await real.services.repositories.complianceSummaries.save(
        key,
        { compliant: i !== 1, issueCount: i, computedAt: '2026-09-01T00:00:00Z' },
        0,
      );
      expect(stored).toBe(true);
    }
    throttle(2);
    const asked = [keys[2], { schoolId: schoolIds[4], termId: 'trm_batch' }, keys[0], keys[1]];
    const summaries = await throttled.services.repositories.complianceSummaries.getMany(asked);
    expect(summaries.map((summary) => summary && [summary.schoolId, summary.issueCount])).toEqual([
      [schoolIds[2], 2],
      undefined,
      [schoolIds[0], 0],
      [schoolIds[1], 1],
    ]);
    expect(calls.map((call) => call.unprocessed)).toEqual([3, 2, 0]);
  });

  it('fails the request when throttling never lets up, instead of answering with records missing', async () => {
    throttle(Infinity);
    await expect(throttled.services.repositories.schools.getMany(schoolIds)).rejects.toBeInstanceOf(UnprocessedError);
    expect(calls).toHaveLength(8);
    // school(id) is a GetItem; a list of ids goes through BatchGetItem.
    const result = await throttled.exec('query($id: ID!) { school(id: $id) { id } }', { id: schoolIds[0] });
    expect(result.data!.school.id).toBe(schoolIds[0]);
    const log = vi.spyOn(logger, 'error').mockImplementation(() => {});
    const listed = await throttled.exec('query($ids: [ID!]) { schools(filter: { ids: $ids }) { nodes { id } } }', { ids: schoolIds });
    expect(codeOf(listed)).toBe('INTERNAL_SERVER_ERROR');
    expect(log).toHaveBeenCalledWith('Unhandled resolver error', expect.objectContaining({ error: expect.any(UnprocessedError) }));
    log.mockRestore();
  });
});

describe('retry timing', () => {
  const policy = (random: number, sleeps: number[]): RetryPolicy => ({
    attempts: 5,
    baseMs: 25,
    capMs: 150,
    random: () => random,
    sleep: async (ms) => void sleeps.push(ms),
  });

  it('waits exponentially longer between tries, up to the cap, with full jitter', () => {
    expect([1, 2, 3, 4, 5].map((retry) => backoffDelay(retry, policy(0.999, [])))).toEqual([24, 49, 99, 149, 149]);
    expect([1, 2, 3].map((retry) => backoffDelay(retry, policy(0, [])))).toEqual([0, 0, 0]);
    expect(backoffDelay(3, policy(0.5, []))).toBe(50);
  });

  it('resends only what was left over, and gives up after the last attempt', async () => {
    const sleeps: number[] = [];
    const sent: number[][] = [];
    await untilProcessed('test', [1, 2, 3], async (pending) => (sent.push(pending), pending.slice(1)), policy(0.999, sleeps));
    expect(sent).toEqual([[1, 2, 3], [2, 3], [3]]);
    expect(sleeps).toEqual([24, 49]);
    await expect(untilProcessed('test', [1], async (pending) => pending, policy(0.999, []))).rejects.toThrow(/still unprocessed after 5 attempts/);
  });
});
