import { BatchGetCommand, BatchWriteCommand, type BatchWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import type { Entity } from 'electrodb';
import type { Db } from './client';

/**
 * Any ElectroDB entity. Its four generics (attributes, indexes, service, schema) differ per entity and are invariant, so
 * a helper that works over entities of several shapes (batch reads, versioned patches, locked sheets) cannot name them:
 * `any` here is ElectroDB's own pattern for such helpers, and each helper keeps its results typed by the caller.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyEntity = Entity<any, any, any, any>;
type Key = Record<string, unknown>;

const ownAttributes = new WeakMap<AnyEntity, { names: string[]; fields: string[] }>();

/**
 * An entity's own attributes, by name (ElectroDB's `attributes` option) and by stored field (a ProjectionExpression).
 * Reading only these leaves the keys of the indexes an item was not read by (and anything a newer or older model
 * wrote) in the table: fewer attributes for the engine to send and the SDK to parse, the same record after formatting.
 */
export function recordAttributes(entity: AnyEntity): { names: string[]; fields: string[] } {
  let known = ownAttributes.get(entity);
  if (!known) {
    const attributes = (entity.schema as { attributes: Record<string, { field?: string }> }).attributes;
    known = { names: Object.keys(attributes), fields: Object.entries(attributes).map(([name, attribute]) => attribute.field || name) };
    ownAttributes.set(entity, known);
  }
  return known;
}

/**
 * How batch calls retry what DynamoDB left unprocessed. Under throttling BatchGetItem/BatchWriteItem succeed with
 * part of the request returned as UnprocessedKeys/UnprocessedItems (no exception, so the SDK does not retry);
 * AWS asks callers to resend those with exponential backoff. Full jitter (a random wait up to the exponential
 * bound) keeps many Lambda instances throttled at the same moment from retrying in lockstep.
 */
export interface RetryPolicy {
  /** Calls in total, the first included; then the request fails instead of answering with records missing. */
  attempts: number;
  baseMs: number;
  capMs: number;
  random?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

// 8 calls wait at most 25+50+…+1000 ≈ 2.6 s in total: well inside the API's 25 s timeout.
export const batchRetry: RetryPolicy = { attempts: 8, baseMs: 25, capMs: 1000 };

/** The wait before retry number `retry` (1 = the first retry): uniform in [0, min(cap, base · 2^(retry-1))). */
export function backoffDelay(retry: number, policy: RetryPolicy = batchRetry): number {
  const bound = Math.min(policy.capMs, policy.baseMs * 2 ** (retry - 1));
  return Math.floor((policy.random ?? Math.random)() * bound);
}

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Thrown when retries run out: the caller gets an error (masked INTERNAL_SERVER_ERROR), never a silently short answer. */
export class UnprocessedError extends Error {
  constructor(what: string, left: number, attempts: number) {
    super(`${what}: ${left} request(s) still unprocessed after ${attempts} attempts (DynamoDB throttling)`);
    this.name = 'UnprocessedError';
  }
}

/** Sends `initial`, then resends whatever `send` reports as left over, with backoff, until nothing is left. */
export async function untilProcessed<T>(what: string, initial: T[], send: (pending: T[]) => Promise<T[]>, policy: RetryPolicy = batchRetry): Promise<void> {
  let pending = initial;
  for (let attempt = 1; pending.length > 0; attempt++) {
    if (attempt > policy.attempts) throw new UnprocessedError(what, pending.length, policy.attempts);
    if (attempt > 1) await (policy.sleep ?? wait)(backoffDelay(attempt - 1, policy));
    pending = await send(pending);
  }
}

const chunks = <T>(items: T[], size: number) => Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, i * size + size));

/** What a BatchGetItem request may add to its keys. */
export interface BatchGetOptions {
  ConsistentRead?: boolean;
  ProjectionExpression?: string;
  ExpressionAttributeNames?: Record<string, string>;
}

/** Every item for these keys of the table (BatchGetItem, 100 keys a call, unprocessed keys retried). Order is not kept. */
export async function batchGetItems(db: Db, keys: Key[], options: BatchGetOptions = {}): Promise<Key[]> {
  const table = db.config.tableName;
  const items: Key[] = [];
  for (const chunk of chunks(keys, 100)) {
    await untilProcessed('BatchGetItem', chunk, async (pending) => {
      const out = await db.doc.send(new BatchGetCommand({ RequestItems: { [table]: { ...options, Keys: pending } } }));
      items.push(...(out.Responses?.[table] ?? []));
      return (out.UnprocessedKeys?.[table]?.Keys ?? []) as Key[];
    });
  }
  return items;
}

type WriteRequest = NonNullable<BatchWriteCommandInput['RequestItems']>[string][number];

/** Writes these put/delete requests (BatchWriteItem, 25 a call, unprocessed items retried). Not atomic: bulk loads only. */
export async function batchWriteItems(db: Db, requests: WriteRequest[]): Promise<void> {
  const table = db.config.tableName;
  for (const chunk of chunks(requests, 25)) {
    await untilProcessed('BatchWriteItem', chunk, async (pending) => {
      const out = await db.doc.send(new BatchWriteCommand({ RequestItems: { [table]: pending } }));
      return out.UnprocessedItems?.[table] ?? [];
    });
  }
}

/**
 * Records of an ElectroDB entity for these keys, in the order asked, undefined where there is none (BatchGetItem;
 * the DataLoaders' batch function). ElectroDB reports unprocessed keys but does not retry them: without this a
 * throttled read would look like a missing record and surface as a wrong NOT_FOUND.
 */
export async function getInOrder<T>(entity: AnyEntity, keys: readonly Key[]): Promise<(T | undefined)[]> {
  if (keys.length === 0) return [];
  // Keys are identified by their own attributes (ElectroDB reports unprocessed keys in that shape).
  const fields = Object.keys(keys[0]).sort();
  const idOf = (key: Key) => JSON.stringify(fields.map((field) => key[field]));
  const unique = new Map<string, Key>(keys.map((key) => [idOf(key), key]));
  const found = new Map<string, T>();
  await untilProcessed('BatchGetItem', [...unique.keys()], async (pending) => {
    const batch = entity.get(pending.map((id) => unique.get(id)!)) as unknown as {
      go(options: { preserveBatchOrder: boolean; originalErr: boolean; attributes: string[] }): Promise<{ data: (T | null)[]; unprocessed: Key[] }>;
    };
    // originalErr: the engine's own error on a failure, instead of a wrapper ElectroDB would build on every call.
    // attributes: the record's own (ElectroDB adds the table's keys, which keep the batch's order, and its markers).
    const { data, unprocessed } = await batch.go({ preserveBatchOrder: true, originalErr: true, attributes: recordAttributes(entity).names });
    pending.forEach((id, slot) => {
      if (data[slot]) found.set(id, data[slot]);
    });
    const left = new Set(unprocessed.map(idOf));
    return pending.filter((id) => left.has(id) && !found.has(id));
  });
  return keys.map((key) => found.get(idOf(key)));
}

/** One record to read by key through its ElectroDB entity (see `getEach`). */
export interface KeyRead<T> {
  entity: AnyEntity;
  key: Key;
  /** Only for typing: the record type the entity parses to. */
  readonly record?: T;
}

export const keyRead = <T>(entity: AnyEntity, key: Key): KeyRead<T> => ({ entity, key });

type ReadResults<R extends readonly KeyRead<unknown>[]> = { [I in keyof R]: R[I] extends KeyRead<infer T> ? T | undefined : never };

/**
 * Records of different entities whose keys are known together, in one BatchGetItem (unprocessed keys retried), in
 * the order asked, undefined where there is none: one call instead of one GetItem each. Each item is parsed by its
 * own entity, exactly as its GetItem would be. `consistent` makes every read strongly consistent.
 */
export async function getEach<R extends readonly KeyRead<unknown>[]>(db: Db, reads: R, options: { consistent?: boolean } = {}): Promise<ReadResults<R>> {
  const keys = reads.map((read) => (read.entity.get(read.key).params() as { Key: Key }).Key);
  const idOf = (key: Key) => `${String(key.pk)}\u0000${String(key.sk)}`;
  const unique = [...new Map(keys.map((key) => [idOf(key), key])).values()];
  const items = new Map((await batchGetItems(db, unique, options.consistent ? { ConsistentRead: true } : {})).map((item) => [idOf(item), item]));
  return reads.map((read, index) => {
    const item = items.get(idOf(keys[index]));
    return item ? ((read.entity.parse({ Item: item }) as { data: unknown }).data ?? undefined) : undefined;
  }) as ReadResults<R>;
}
