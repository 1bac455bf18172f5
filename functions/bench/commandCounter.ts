import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import { sizeOf } from '../src/db/itemSize';
import { globalIndexes } from '../src/db/table';

export interface CommandCounts {
  total: number;
  byCommand: Record<string, number>;
  /** Command + index + key shape (ids masked), e.g. `Query gsi1 $kehou#schoolid_<sch>`: names the access pattern. */
  byShape: Record<string, number>;
  /** What the writes cost: items written, their write units and the partitions they land on (see `WriteCounts`). */
  writes: WriteCounts;
  /** What the reads cost, from the items the engine returned (see `readUnits`). */
  reads: ReadCounts;
  /** The first 50 calls since the reset: command, and when it was sent and answered (ms after the reset). */
  timeline: { command: string; sent: number; answered: number }[];
}

/**
 * Read request units as DynamoDB bills them, from the items returned: GetItem and each BatchGetItem item by its own
 * size, a Query by the sum of its page, in started 4 KB; half for eventually consistent reads. A Query's filtered-out
 * items are not seen here (none of the measured requests filter much), so this is a slight undercount at most.
 */
export interface ReadCounts {
  items: number;
  bytes: number;
  rru: number;
}

/**
 * Items written and their on-demand write request units as DynamoDB bills them: 1 WCU per started KB of the item
 * (puts: the whole item; updates and deletes: counted as one unit, their stored size is not sent), doubled for a
 * transaction's items; plus, per GSI whose key the item carries (every index projects ALL), one more unit per started KB.
 * `byPartition` groups the written partition keys by shape (ids masked, table or index), e.g. `gsi1 $kehou#schoolid_<sch>`.
 */
export interface WriteCounts {
  items: number;
  transactional: number;
  wcu: number;
  bytes: number;
  /** What the writes add to storage: each put item once in the table and once per GSI it is in (all project ALL). */
  storedBytes: number;
  /**
   * Per partition-key shape: writes, distinct keys, the most writes one key of that shape took (the hot one), and the
   * most writes one key took within any second (by the time each write was sent).
   */
  byPartition: Record<string, { writes: number; keys: number; maxPerKey: number; maxPerKeySecond: number }>;
}

const idPattern = /(pol|sch|trm|act|prv|con|evl|doc|aud|pex|srv|stf|cls|stu|gdn|enr|isp|bil|stp|dsc|rcl|lev|hnd|apk|alr|clg|ntf)_[a-z2-7]{20}[a-z0-9]*/g;
const uuidPattern = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;
const mask = (value: string) => value.replace(idPattern, '<$1>').replace(uuidPattern, '<uuid>');

/** An item as sent: plain (DocumentClient input) or marshalled ({ S: … }). */
const plain = (item: Record<string, unknown>): Record<string, unknown> =>
  Object.values(item).some(
    (value) =>
      value &&
      typeof value === 'object' &&
      !Array.isArray(value) &&
      Object.keys(value).length === 1 &&
      /^(S|N|M|L|BOOL|NULL|SS|NS|B)$/.test(Object.keys(value)[0]!),
  )
    ? unmarshall(item as Parameters<typeof unmarshall>[0])
    : item;

const emptyWrites = (): WriteCounts => ({ items: 0, transactional: 0, wcu: 0, bytes: 0, storedBytes: 0, byPartition: {} });
const emptyReads = (): ReadCounts => ({ items: 0, bytes: 0, rru: 0 });

/** Adds the read units of one read command's answer. */
function recordReads(reads: ReadCounts, name: string, input: Record<string, unknown>, output: Record<string, unknown> | undefined) {
  if (!output) return;
  const factor = (consistent: unknown) => (consistent ? 1 : 0.5);
  const units = (bytes: number) => Math.max(1, Math.ceil(bytes / 4096));
  const sizes = (items: unknown) => ((items ?? []) as Record<string, unknown>[]).map((item) => sizeOf(plain(item)));
  if (name === 'GetItem') {
    const bytes = output.Item ? sizeOf(plain(output.Item as Record<string, unknown>)) : 0;
    reads.items += output.Item ? 1 : 0;
    reads.bytes += bytes;
    reads.rru += units(bytes) * factor(input.ConsistentRead);
  }
  if (name === 'Query') {
    const each = sizes(output.Items);
    const bytes = each.reduce((sum, size) => sum + size, 0);
    reads.items += each.length;
    reads.bytes += bytes;
    reads.rru += units(bytes) * factor(input.ConsistentRead);
  }
  if (name === 'BatchGetItem') {
    const consistent = Object.values((input.RequestItems ?? {}) as Record<string, { ConsistentRead?: boolean }>)[0]?.ConsistentRead;
    for (const items of Object.values((output.Responses ?? {}) as Record<string, unknown>))
      for (const size of sizes(items)) {
        reads.items++;
        reads.bytes += size;
        reads.rru += units(size) * factor(consistent);
      }
  }
}

/** Adds one written item (Put: its whole item; Update/Delete: its key only) to the write counts. */
function countWrite(
  writes: WriteCounts,
  perKey: Map<string, { shape: string; times: number[] }>,
  kind: 'Put' | 'Update' | 'Delete',
  raw: Record<string, unknown>,
  transactional: boolean,
) {
  const item = plain(raw);
  const bytes = kind === 'Put' ? sizeOf(item) : 0;
  const units = Math.max(1, Math.ceil(bytes / 1024));
  writes.items++;
  writes.bytes += bytes;
  writes.storedBytes += bytes;
  writes.wcu += units * (transactional ? 2 : 1);
  if (transactional) writes.transactional++;
  const partition = (name: string) => {
    const shape = mask(name);
    const key = perKey.get(name) ?? { shape, times: [] };
    key.times.push(performance.now());
    perKey.set(name, key);
    const n = key.times.length;
    const entry = (writes.byPartition[shape] ??= { writes: 0, keys: 0, maxPerKey: 0, maxPerKeySecond: 0 });
    entry.writes++;
    if (n === 1) entry.keys++;
    entry.maxPerKey = Math.max(entry.maxPerKey, n);
  };
  partition(`table ${text(item.pk)}`);
  if (kind !== 'Put') return;
  for (const index of globalIndexes) {
    if (item[index.partitionKey] === undefined) continue;
    writes.wcu += units;
    writes.storedBytes += bytes;
    partition(`${index.indexName} ${text(item[index.partitionKey])}`);
  }
}

/** The items a write command sends, with their kind. */
function recordWrites(writes: WriteCounts, perKey: Map<string, { shape: string; times: number[] }>, name: string, input: Record<string, unknown>) {
  if (name === 'PutItem') countWrite(writes, perKey, 'Put', input.Item as Record<string, unknown>, false);
  if (name === 'UpdateItem') countWrite(writes, perKey, 'Update', input.Key as Record<string, unknown>, false);
  if (name === 'DeleteItem') countWrite(writes, perKey, 'Delete', input.Key as Record<string, unknown>, false);
  if (name === 'TransactWriteItems')
    for (const entry of (input.TransactItems ?? []) as Record<string, { Item?: Record<string, unknown>; Key?: Record<string, unknown> }>[]) {
      if (entry.Put) countWrite(writes, perKey, 'Put', entry.Put.Item ?? {}, true);
      else if (entry.Update) countWrite(writes, perKey, 'Update', entry.Update.Key ?? {}, true);
      else if (entry.Delete) countWrite(writes, perKey, 'Delete', entry.Delete.Key ?? {}, true);
      // ConditionCheck: read capacity only.
    }
  if (name === 'BatchWriteItem')
    for (const requests of Object.values(
      (input.RequestItems ?? {}) as Record<string, { PutRequest?: { Item: Record<string, unknown> }; DeleteRequest?: { Key: Record<string, unknown> } }[]>,
    ))
      for (const request of requests) {
        if (request.PutRequest) countWrite(writes, perKey, 'Put', request.PutRequest.Item, false);
        if (request.DeleteRequest) countWrite(writes, perKey, 'Delete', request.DeleteRequest.Key, false);
      }
}

/** A key value as the middleware sees it: plain (DocumentClient input) or marshalled ({ S: … }). */
const text = (value: unknown): string => (typeof value === 'string' ? value : ((value as { S?: string } | undefined)?.S ?? '?'));

function shapeOf(command: string, input: Record<string, unknown>): string {
  const name = command.replace(/Command$/, '');
  if (name === 'Query') {
    const values = (input.ExpressionAttributeValues ?? {}) as Record<string, unknown>;
    const pk = values[':pk'] ?? Object.values(values)[0];
    const select = input.Select === 'COUNT' ? ' COUNT' : '';
    // Whether a page Query is bounded matters: without Limit the engine reads up to 1 MB to return a page.
    const limit = input.Limit === undefined ? ' no Limit' : ` Limit ${String(input.Limit)}`;
    return `Query ${String(input.IndexName ?? 'table')} ${mask(text(pk))}${select}${limit}`;
  }
  if (name === 'GetItem' || name === 'UpdateItem' || name === 'PutItem') {
    const key = (input.Key ?? input.Item ?? {}) as Record<string, unknown>;
    return `${name} ${mask(text(key.pk))}`;
  }
  if (name === 'BatchGetItem') {
    const requests = Object.values((input.RequestItems ?? {}) as Record<string, { Keys?: Record<string, unknown>[] }>);
    const first = requests[0]?.Keys?.[0];
    return `BatchGetItem ${first ? mask(text(first.pk)).replace(/<\w+>.*$/, '…') : ''}`.trim();
  }
  return name;
}

/** One command as the API sent it: its input plain (DocumentClient, ElectroDB's path) or marshalled (the client's own). */
export interface SentCommand {
  command: string;
  input: Record<string, unknown>;
}

/** A copy of a command's input for the replay; an input that cannot be copied is kept as nothing (not replayable). */
function cloned(input: unknown): Record<string, unknown> {
  try {
    return structuredClone(input) as Record<string, unknown>;
  } catch {
    return {};
  }
}

/**
 * Counts every command the client sends, through a middleware on its stack. The DocumentClient shares the
 * client's middleware stack, so commands sent through `db.doc` (ElectroDB's path) are counted too.
 */
export function attachCommandCounter(client: DynamoDBClient) {
  /** The inputs of the first calls since the reset, as the repositories sent them (for an engine-only replay). */
  let sentInputs: SentCommand[] = [];
  let counts: CommandCounts = { total: 0, byCommand: {}, byShape: {}, writes: emptyWrites(), reads: emptyReads(), timeline: [] };
  /** Writes per exact partition key, behind `writes.byPartition`. */
  let perKey = new Map<string, { shape: string; times: number[] }>();
  let resetAt = performance.now();
  let armed = false;
  /** The most writes within one second of any key, per shape (a sliding window over the send times). */
  const perSecond = (counts: CommandCounts) => {
    for (const { shape, times } of perKey.values()) {
      const entry = counts.writes.byPartition[shape];
      if (!entry || times.length <= entry.maxPerKeySecond) continue;
      for (let first = 0, last = 0; last < times.length; last++) {
        while (times[last]! - times[first]! >= 1000) first++;
        entry.maxPerKeySecond = Math.max(entry.maxPerKeySecond, last - first + 1);
      }
    }
    return counts;
  };
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const command = context.commandName ?? 'Unknown';
      const shape = shapeOf(command, args.input as Record<string, unknown>);
      counts.total++;
      counts.byCommand[command] = (counts.byCommand[command] ?? 0) + 1;
      counts.byShape[shape] = (counts.byShape[shape] ?? 0) + 1;
      // Items, units and the timeline only between reset() and read(): a throughput run pays nothing for them.
      if (!armed) return next(args);
      const name = command.replace(/Command$/, '');
      recordWrites(counts.writes, perKey, name, args.input as Record<string, unknown>);
      const call = { command: name, sent: performance.now() - resetAt, answered: 0 };
      if (counts.timeline.length < 50) {
        counts.timeline.push(call);
        sentInputs.push({ command: name, input: cloned(args.input) });
      }
      const result = await next(args);
      call.answered = performance.now() - resetAt;
      // Counted when the answer arrives (a phase resets between requests, never during one).
      recordReads(counts.reads, name, args.input as Record<string, unknown>, result.output as unknown as Record<string, unknown> | undefined);
      return result;
    },
    { step: 'initialize', name: 'benchCommandCounter' },
  );
  return {
    read: (): CommandCounts => {
      armed = false;
      return perSecond(structuredClone(counts));
    },
    /** What `read` counts, as sent: command and input of the first 50 calls since the reset. */
    sent: (): SentCommand[] => sentInputs,
    reset() {
      sentInputs = [];
      counts = { total: 0, byCommand: {}, byShape: {}, writes: emptyWrites(), reads: emptyReads(), timeline: [] };
      perKey = new Map();
      resetAt = performance.now();
      armed = true;
    },
  };
}
