import type { Db } from './client';
import { batchGetItems, recordAttributes, type AnyEntity } from './batches';
import { keysOfIds } from './idKeys';
import { decodeCursor, encodeCursor, lazyCursorItem, notACursor, pageSize, projectionOf, splitKeys, type Page, type PageArgs } from './paging';
import type { GlobalIndexName } from './table';

/**
 * Member lists: a parent keeps the ids of its children of one kind (a School its terms; a Provider its contracts,
 * documents and evaluations) in a string set, so the nested connections of a whole response are read with one
 * BatchGetItem instead of one Query per parent. The set is changed only by ADD/DELETE in the transaction that creates
 * or deletes the child (atomic and idempotent: concurrent children never overwrite each other). `<list>Kept` says the
 * set holds every child: parents stored before the lists existed lack it and are read by Query until backfilled
 * (`npm run backfill:members`). A list that outgrows MAX_MEMBERS is retired (`<list>Kept` false, ids removed): it
 * would be read by Query anyway, and a parent item must not grow with every child for ever (DynamoDB's 400 KB).
 */
export type MemberList = 'termIds' | 'contractIds' | 'documentIds' | 'evaluationIds';

/**
 * Above this many ids a parent's list is read by Query: one parent never takes more than one BatchGetItem (100
 * keys), and every `first` up to MAX_PAGE_SIZE stays answerable from the set alone.
 */
export const MAX_MEMBERS = 100;

/** The ids of a parent's list when the set holds every child and fits one BatchGetItem; undefined: read by Query. */
export function keptIds(parent: object, list: MemberList): readonly string[] | undefined {
  const record = parent as Record<string, unknown>;
  if (record[`${list}Kept`] !== true) return undefined;
  // DynamoDB stores no empty set: a kept list without its attribute is empty.
  const ids = (record[list] as readonly string[] | undefined) ?? [];
  return ids.length <= MAX_MEMBERS ? ids : undefined;
}

/** Whether a parent's list was retired (too long to keep): its children are read by Query and it is never changed. */
export const isRetired = (parent: object, list: MemberList) => (parent as Record<string, unknown>)[`${list}Kept`] === false;

/** What a new parent is stored with: its lists kept from the start (empty, so no set yet). */
export const keptLists = (...lists: MemberList[]): Record<string, true> => Object.fromEntries(lists.map((list) => [`${list}Kept`, true]));

/**
 * A parent's patch chain that also adds (+1) or removes (-1) a child's id: ADD/DELETE on the set, in the same
 * UpdateItem. `parent` is the parent as the service read it, where it did: a retired list is left alone, and a new
 * child of a list already at MAX_MEMBERS retires it. (Concurrent children may take a list a little past the bound;
 * readers then use the Query, and the next child retires it.)
 */
export function withMember<C>(chain: C, list: MemberList, delta: 1 | -1, id: string, parent?: object): C {
  const ops = chain as unknown as { add(values: object): C; delete(values: object): C; set(values: object): { remove(names: string[]): C } };
  const read = parent as Record<string, unknown> | undefined;
  if (read && isRetired(read, list)) return chain;
  if (delta > 0 && ((read?.[list] as readonly string[] | undefined)?.length ?? 0) >= MAX_MEMBERS) return ops.set({ [`${list}Kept`]: false }).remove([list]);
  return delta > 0 ? ops.add({ [list]: [id] }) : ops.delete({ [list]: [id] });
}

type RawItem = Record<string, unknown>;

/** One parent's children as stored (from `memberItems`), handed to a repository's list in place of its Query. */
export type MemberItems = readonly RawItem[];

/**
 * Reads a parent's children when a repository takes the kept-list path (a narrowed list is queried and reads none):
 * the per-request loaders batch the reads of all parents of a response into one BatchGetItem.
 */
export type MemberSource = () => Promise<MemberItems>;

/**
 * The stored items of the children with these ids, by id (BatchGetItem, 100 keys a call, unprocessed keys retried).
 * An id without an item (a child deleted after its parent was read) is simply absent, as it would be from a Query.
 * `index`: the root list's index; the items are then read as its Query page reads them (the record's attributes, the
 * table's and that index's keys: `queryPage`'s projection), so the cursors are the same and no other index's keys
 * are sent and parsed.
 */
export async function memberItems(db: Db, entity: AnyEntity, ids: readonly string[], index?: GlobalIndexName): Promise<Map<string, RawItem>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const keys = keysOfIds(entity, unique);
  const projection = index ? projectionOf(index, recordAttributes(entity).fields) : {};
  return new Map((await batchGetItems(db, keys, projection)).map((item) => [String(item.id), item]));
}

export interface MemberPageArgs<T> extends PageArgs {
  /** The root list's id (with its filter): cursors are the root field's own, usable on both. */
  listId: string;
  /** The sort key attribute of the index the root field queries: the page is in its order, as the Query's. */
  sortKey: string;
  order: 'asc' | 'desc';
  /** A stored item as the root Query's page holds it (ElectroDB's formatting). */
  parse: (item: RawItem) => T;
  /** Whether a child is in the root list (its partition and filter): a stale or moved id never shows. */
  belongs: (record: T) => boolean;
}

/** DynamoDB orders string sort keys by their UTF-8 bytes. */
const byBytes = (a: string, b: string) => Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));

/**
 * The page of a kept list, answered from its children's items: the same records, order, cursors, `hasNextPage` and
 * `totalCount` as the root field's Query page. Only the ordering by the index's sort key and the start after a
 * cursor's key are done here; which records belong is the repository's (the same filter the Query uses).
 */
export function memberPage<T>(items: Iterable<RawItem>, args: MemberPageArgs<T>): Page<T> {
  const size = pageSize(args.first);
  const start = args.after ? decodeCursor(args.after, args.listId)[args.sortKey] : undefined;
  if (args.after && typeof start !== 'string') throw notACursor();
  const rows = [...items]
    .filter((item) => typeof item[args.sortKey] === 'string')
    .map((item) => ({ sortKey: item[args.sortKey] as string, keys: splitKeys(item).keys, record: args.parse(item) }))
    .filter((row) => args.belongs(row.record))
    .sort((a, b) => (args.order === 'asc' ? byBytes(a.sortKey, b.sortKey) : byBytes(b.sortKey, a.sortKey)));
  const rest = start === undefined ? rows : rows.filter((row) => (args.order === 'asc' ? byBytes(row.sortKey, start) > 0 : byBytes(row.sortKey, start) < 0));
  const total = rows.length;
  return {
    items: rest.slice(0, size).map(({ keys, record }) => lazyCursorItem(record, () => encodeCursor(args.listId, keys))),
    hasNextPage: rest.length > size,
    hasPreviousPage: Boolean(args.after),
    totalCount: async () => total,
  };
}

/** An ElectroDB entity's parse of one stored item, without key attributes (as a Query page's records are). */
export function parseWith<T>(entity: AnyEntity): (item: RawItem) => T {
  return (item) => splitKeys((entity.parse({ Item: item }) as { data: RawItem }).data).record as T;
}
