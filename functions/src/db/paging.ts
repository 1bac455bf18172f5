import { QueryCommand, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import { badInput } from '../core/errors';
import type { Db } from './client';
import { keyAttributes } from './table';

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
  /** Which list the cursor belongs to: a cursor of another list is refused instead of silently misread. */
  l: string;
  /** The item's key attributes: the ExclusiveStartKey for the next page. */
  k: Record<string, string>;
}

function encodeCursor(body: CursorBody): string {
  return Buffer.from(JSON.stringify(body)).toString('base64url');
}

function decodeCursor(cursor: string, listId: string): Record<string, string> {
  try {
    const body = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as CursorBody;
    if (body.l === listId && body.k && typeof body.k === 'object') return body.k;
  } catch {
    // fall through to the coded error below
  }
  throw badInput('after', 'after is not a cursor of this list; pass an endCursor you received from it', { reason: 'CURSOR' });
}

function splitKeys(item: Record<string, unknown>) {
  const keys: Record<string, string> = {};
  const record: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(item)) {
    if (keyAttributes.includes(name)) keys[name] = value as string;
    // ElectroDB's own entity markers are storage details, not record fields.
    else if (!name.startsWith('__edb_')) record[name] = value;
  }
  return { keys, record };
}

/**
 * Reads one page of a Query (never a Scan). Asks for `first + 1` items to know whether a next page exists,
 * and makes each item's cursor from its own keys, so `endCursor` resumes exactly after the last item shown.
 * `listId` names the list and its filter so that a cursor cannot be replayed against another list.
 */
export async function queryPage<T>(
  db: Db,
  query: PageableQuery,
  args: PageArgs & { listId: string; order?: 'asc' | 'desc' },
): Promise<Page<T>> {
  const size = pageSize(args.first);
  const startKey = args.after ? decodeCursor(args.after, args.listId) : undefined;
  const result = await query.go({
    count: size + 1,
    // DynamoDB's Limit: without it one Query page reads up to 1 MB (thousands of items) to return a page of 20.
    // With filters ElectroDB keeps fetching pages of this size until `count` items have passed.
    limit: size + 1,
    pager: 'raw',
    cursor: startKey ?? null,
    data: 'includeKeys',
    order: args.order ?? 'asc',
  });
  const rows = (result.data as Record<string, unknown>[]).map(splitKeys);
  const shown = rows.slice(0, size);
  return {
    items: shown.map(({ keys, record }) => ({ record: record as T, cursor: encodeCursor({ l: args.listId, k: keys }) })),
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

/** A page built from records already in memory (e.g. a batch get by ids), same shape as a Query page. */
export function staticPage<T>(records: T[]): Page<T> {
  return {
    items: records.map((record, index) => ({ record, cursor: encodeCursor({ l: 'static', k: { i: String(index) } }) })),
    hasNextPage: false,
    hasPreviousPage: false,
    totalCount: async () => records.length,
  };
}
