import { createHash } from 'node:crypto';
import { QueryCommand, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import { badInput } from '../core/errors';
import type { Db } from './client';
import { globalIndexes, keyAttributes, primaryKey } from './table';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

/** One record of a page with its opaque cursor (a Relay edge). */
export interface PageItem<T> {
  record: T;
  cursor: string;
}

/** A page of records as repositories return it; resolvers turn it into a Relay connection. */
export interface Page<T> {
  items: PageItem<T>[];
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  /** Counted lazily: only when a client selects `totalCount` (a COUNT Query over the same key condition). */
  totalCount: () => Promise<number>;
  /**
   * True when `items` hold every record of the list (a page built in memory): the record-level filter then counts the
   * records the viewer may read, so `totalCount` never counts one they may not (SPEC §4: not even its count).
   */
  complete?: boolean;
}

export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

/** The subset of an ElectroDB query chain that paging needs. */
export interface PageableQuery {
  go(options: Record<string, unknown>): Promise<{ data: unknown[] }>;
  params(options?: Record<string, unknown>): object;
}

export function pageSize(first: number | null | undefined): number {
  const size = first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE) {
    throw badInput('first', `first must be between 1 and ${MAX_PAGE_SIZE}`, { reason: 'PAGE_SIZE', max: MAX_PAGE_SIZE });
  }
  return size;
}

interface CursorBody {
  /**
   * A checksum of the list (with its filter) and the key: a cursor of another list, or one whose key was altered, is
   * refused instead of silently misread. Not a secret: a forged cursor could only start the same Query elsewhere.
   */
  l: string;
  /** The item's key attributes: the ExclusiveStartKey for the next page. */
  k: Record<string, string>;
}

/** DynamoDB's limit for a sort key value (partition keys may have 2048): no key we write is longer. */
const MAX_KEY_BYTES = 1024;

/** The checksum of a cursor: short whatever the filter, so cursors stay well under the `after` limit. */
const checksum = (listId: string, key: Record<string, unknown>) =>
  createHash('sha256')
    .update(JSON.stringify([listId, Object.entries(key).sort(([a], [b]) => (a < b ? -1 : 1))]))
    .digest('base64url')
    .slice(0, 16);

export function encodeCursor(listId: string, key: Record<string, string>): string {
  // Key attributes in name order: DynamoDB returns an item's attributes in no fixed order, and the same position must
  // give the same cursor whichever read found it (a Query, a BatchGetItem, a school's copy of its term).
  const sorted = Object.fromEntries(Object.entries(key).sort(([a], [b]) => (a < b ? -1 : 1)));
  const body: CursorBody = { l: checksum(listId, sorted), k: sorted };
  return Buffer.from(JSON.stringify(body)).toString('base64url');
}

export const notACursor = () => badInput('after', 'after is not a cursor of this list; pass the pageInfo.endCursor you received from it', { reason: 'CURSOR' });

/**
 * A cursor is client input: it must decode to a key with this list's checksum, made only of our key attributes
 * with string values of a size DynamoDB accepts. Anything else is BAD_USER_INPUT, never an engine error.
 */
export function decodeCursor(cursor: string, listId: string): Record<string, string> {
  let body: Partial<CursorBody>;
  try {
    body = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as Partial<CursorBody>;
  } catch {
    throw notACursor();
  }
  const key = body?.k;
  if (!body || typeof body !== 'object' || !key || typeof key !== 'object' || Array.isArray(key) || body.l !== checksum(listId, key)) throw notACursor();
  const entries = Object.entries(key);
  const wellFormed =
    entries.length > 0 &&
    'pk' in key &&
    'sk' in key &&
    entries.every(
      ([name, value]) => keyAttributes.includes(name) && typeof value === 'string' && value.length > 0 && Buffer.byteLength(value) <= MAX_KEY_BYTES,
    );
  if (!wellFormed) throw notACursor();
  return key;
}

/** DynamoDB refuses a start key that does not fit the Query (another partition, missing index keys): the cursor was altered. */
function isStartKeyRefusal(error: unknown): boolean {
  const seen = new Set<unknown>();
  for (let e = error as { name?: string; message?: string; cause?: unknown } | undefined; e && !seen.has(e); e = e.cause as typeof e) {
    seen.add(e);
    if (e.name === 'ValidationException' || /ExclusiveStartKey|starting key|start key/i.test(e.message ?? '')) return true;
  }
  return false;
}

const keyNames = new Set<string>(keyAttributes);

export function splitKeys(item: Record<string, unknown>) {
  const keys: Record<string, string> = {};
  const record: Record<string, unknown> = {};
  for (const name in item) {
    if (keyNames.has(name)) keys[name] = item[name] as string;
    // ElectroDB's own entity markers are storage details, not record fields.
    else if (!name.startsWith('__edb_')) record[name] = item[name];
  }
  return { keys, record };
}

/**
 * A page item whose cursor (a checksum and an encoding) is made when it is first read: a client asking for `nodes`
 * and `pageInfo.endCursor` pays for one cursor, not one per item. Copy items with `withRecord`, not by spreading
 * (a spread would read every cursor).
 */
export function lazyCursorItem<T>(record: T, cursorOf: () => string): PageItem<T> {
  let cursor: string | undefined;
  return {
    record,
    get cursor() {
      return (cursor ??= cursorOf());
    },
  };
}

/** The same item (and its cursor, still unread) with another record: e.g. the record as the viewer may see it. */
export function withRecord<T, U>(item: PageItem<T>, record: U): PageItem<U> {
  const descriptor = Object.getOwnPropertyDescriptor(item, 'cursor');
  return descriptor?.get ? lazyCursorItem(record, () => item.cursor) : { record, cursor: item.cursor };
}

/**
 * A ProjectionExpression for a page: the record's attributes, ElectroDB's entity markers (its formatting checks them),
 * the table's keys and the Query index's keys (the cursors). ElectroDB's own `attributes` option would drop the keys
 * from the records it returns, so the expression is given as a parameter, with ElectroDB's attribute names kept.
 * A kept list's BatchGetItem (`memberItems`) reads its children with the same expression for its root list's index.
 */
export function projectionOf(indexName: string | undefined, attributes: readonly string[], baseNames: Record<string, string> = {}) {
  const index = globalIndexes.find((candidate) => candidate.indexName === indexName);
  const fields = [...attributes, '__edb_e__', '__edb_v__', primaryKey.partitionKey, primaryKey.sortKey, ...(index ? [index.partitionKey, index.sortKey] : [])];
  const names: Record<string, string> = { ...baseNames };
  const expression = [...new Set(fields)]
    .map((field, i) => {
      names[`#prj${i}`] = field;
      return `#prj${i}`;
    })
    .join(', ');
  return { ProjectionExpression: expression, ExpressionAttributeNames: names };
}

/**
 * Reads one page of a Query (never a Scan). Asks for `first + 1` items to know whether a next page exists,
 * and makes each item's cursor from its own keys, so `endCursor` resumes exactly after the last item shown.
 * `listId` names the list and its filter so that a cursor cannot be replayed against another list.
 */
export async function queryPage<T>(
  db: Db,
  query: PageableQuery,
  args: PageArgs & {
    listId: string;
    order?: 'asc' | 'desc';
    /**
     * The record's attributes, to read only those (ElectroDB adds the table's and the Query index's keys the cursors
     * need): the keys of the other indexes and ElectroDB's markers stay in the table — on a timetable page they are a
     * third of every item's bytes, which the SDK would parse and the formatting copy for nothing.
     */
    attributes?: readonly string[];
  },
): Promise<Page<T>> {
  const size = pageSize(args.first);
  const startKey = args.after ? decodeCursor(args.after, args.listId) : undefined;
  const options = {
    count: size + 1,
    // DynamoDB's Limit: without it one Query page reads up to 1 MB (thousands of items) to return a page of 20.
    // With filters ElectroDB keeps fetching pages of this size until `count` items have passed.
    limit: size + 1,
    pager: 'raw',
    cursor: startKey ?? null,
    data: 'includeKeys',
    order: args.order ?? 'asc',
    // The engine's own error, not one wrapped by ElectroDB: ElectroDB builds a wrapper (with its stack) on every call
    // otherwise, used only when the call fails. isStartKeyRefusal reads either.
    originalErr: true,
  };
  const base = args.attributes ? (query.params(options) as QueryCommandInput) : undefined;
  const projection = base && args.attributes ? projectionOf(base.IndexName, args.attributes, base.ExpressionAttributeNames) : undefined;
  const result = await query.go(projection ? { ...options, params: projection } : options).catch((error: unknown) => {
    throw startKey && isStartKeyRefusal(error) ? notACursor() : error;
  });
  const rows = (result.data as Record<string, unknown>[]).map(splitKeys);
  const shown = rows.slice(0, size);
  return {
    items: shown.map(({ keys, record }) => lazyCursorItem(record as T, () => encodeCursor(args.listId, keys))),
    hasNextPage: rows.length > size,
    hasPreviousPage: Boolean(args.after),
    totalCount: () => countQuery(db, query.params() as QueryCommandInput),
  };
}

/** Counts the items of a Query (Select COUNT, following pages) without reading them into memory. */
export async function countQuery(db: Db, params: QueryCommandInput): Promise<number> {
  let total = 0;
  let startKey: QueryCommandInput['ExclusiveStartKey'];
  do {
    const { Limit: _limit, ...rest } = params;
    const out = await db.doc.send(new QueryCommand({ ...rest, Select: 'COUNT', ExclusiveStartKey: startKey }));
    total += out.Count ?? 0;
    startKey = out.LastEvaluatedKey;
  } while (startKey);
  return total;
}

/**
 * The page of a list whose key names nothing (no school to query by, a term that does not exist): empty, without a
 * Query. `first` and `after` are checked as `queryPage` checks them, so a client gets the same answer as from a Query.
 */
export function emptyPage<T>(args: PageArgs & { listId: string }): Page<T> {
  pageSize(args.first);
  if (args.after) decodeCursor(args.after, args.listId);
  return { items: [], hasNextPage: false, hasPreviousPage: Boolean(args.after), totalCount: async () => 0 };
}

/** A page built from records already in memory (e.g. a batch get by ids), same shape as a Query page. */
export function staticPage<T>(records: T[]): Page<T> {
  return {
    items: records.map((record, index) => ({ record, cursor: encodeCursor('static', { i: String(index) }) })),
    hasNextPage: false,
    hasPreviousPage: false,
    totalCount: async () => records.length,
    complete: true,
  };
}
