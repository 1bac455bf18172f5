import { conflict, notFound } from '../core/errors';
import { isRetired, MAX_MEMBERS } from '../db/memberLists';
import type { GuardedWrite } from '../db/transactions';
import type { SchoolEntity, SchoolRecord } from './schoolEntity';

/**
 * Term copies: a school keeps the stored items of its terms on itself (`termItems`, by term id), so the schools of a
 * response come with their terms and `School.terms` reads nothing more — a school has two terms a year, a small and
 * bounded list (SPEC §2). The copy is the term's item as stored (keys included, so cursors are the root list's),
 * without `dependents`, a counter other records' transactions change and no reader of a copy needs.
 *
 * The copies are stored as one JSON string, not as a map: DynamoDB (and the local engine, measured in the bench's
 * nested phase) pays per attribute to read, return and unmarshal an item, and a school's copies are most of its
 * attributes, read with every school of every list; nothing ever reads or writes them by path. (Schools written
 * before kept a map here; it reads the same and becomes a string at the school's next term write.)
 *
 * Every term write rewrites the copies in the same transaction as the term (see `termChangeStep`), conditioned on
 * the school's copies being exactly those the service read (`termsRevision` unchanged, kept flag as read): kept
 * (`termItemsKept` true), or not kept (absent: stored before copies existed, until `npm run backfill:members`;
 * false: retired). A school with more than MAX_TERM_COPIES
 * terms retires its copies (they would make every read of the school heavier) and its terms are read by their kept
 * ids again (db/memberLists.ts). `termsRevision` counts term writes, so the backfill can tell that none happened
 * between its Query and its write.
 */
export const MAX_TERM_COPIES = 12;

type RawItem = Record<string, unknown>;

/** A term write as the school's copy must follow it: the term's stored item after a create or update. */
export type TermChange = { kind: 'create' | 'update'; termId: string; item: RawItem } | { kind: 'delete'; termId: string };

/** The copies by term id as stored: the JSON string, or the map schools kept before. */
export function termCopiesById(stored: unknown): Record<string, RawItem> {
  if (typeof stored === 'string') return JSON.parse(stored) as Record<string, RawItem>;
  return (stored ?? {}) as Record<string, RawItem>;
}

/** The copies as stored from now on (see above: one attribute, not one per term and field). */
export const storedTermCopies = (byId: Record<string, RawItem>) => JSON.stringify(byId);

/** A school's term copies when it keeps them; undefined: its terms are read another way. */
export function keptTermItems(school: object): RawItem[] | undefined {
  const record = school as Record<string, unknown>;
  if (record.termItemsKept !== true) return undefined;
  return Object.values(termCopiesById(record.termItems));
}

/** What a new school is stored with: its copies kept from the start (none yet). */
export const keptTermCopies = () => ({ termItems: storedTermCopies({}), termItemsKept: true, termsRevision: 0 });

/** A term's stored item as the school keeps it (the stored `dependents` counter left out). */
export function termCopy(item: RawItem): RawItem {
  const { dependents: _dependents, ...copy } = item;
  return Object.fromEntries(Object.entries(copy).filter(([, value]) => value !== undefined));
}

/**
 * The school's side of a term write, as one UpdateItem in the term's transaction: its record count (create/delete),
 * its kept term ids (db/memberLists.ts, the same rules as `withMember`), its copy of the term and `termsRevision`.
 * `school` is the school as the service read it; the condition holds the copies to that state, so a copy can never
 * be missed or left stale by a backfill or a retirement in between (that write is refused as CONFLICT instead).
 * NOT_FOUND when the school is gone: no term is ever written for a deleted school.
 */
export function termChangeStep(entity: SchoolEntity, school: SchoolRecord, change: TermChange): GuardedWrite {
  const { Key, TableName } = entity.get({ id: school.id }).params() as { Key: Record<string, unknown>; TableName: string };
  const [partitionKey] = Object.keys(Key);
  const names: Record<string, string> = { '#pk': partitionKey, '#revision': 'termsRevision', '#itemsKept': 'termItemsKept' };
  const values: Record<string, unknown> = { ':one': 1 };
  const add = ['#revision :one'];
  const set: string[] = [];
  const remove: string[] = [];
  const deletes: string[] = [];
  const delta = change.kind === 'create' ? 1 : change.kind === 'delete' ? -1 : 0;
  if (delta !== 0) {
    names['#dependents'] = 'dependents';
    values[':delta'] = delta;
    add.push('#dependents :delta');
    if (!isRetired(school, 'termIds')) {
      names['#ids'] = 'termIds';
      if (delta > 0 && (school.termIds?.length ?? 0) >= MAX_MEMBERS) {
        names['#idsKept'] = 'termIdsKept';
        values[':false'] = false;
        set.push('#idsKept = :false');
        remove.push('#ids');
      } else {
        values[':ids'] = new Set([change.termId]);
        (delta > 0 ? add : deletes).push('#ids :ids');
      }
    }
  }
  const kept = school.termItemsKept === true;
  if (kept) {
    values[':true'] = true;
    names['#items'] = 'termItems';
    const { [change.termId]: _changed, ...others } = termCopiesById(school.termItems);
    if (change.kind === 'create' && Object.keys(others).length >= MAX_TERM_COPIES) {
      values[':false'] = false;
      set.push('#itemsKept = :false');
      remove.push('#items');
    } else {
      values[':items'] = storedTermCopies(change.kind === 'delete' ? others : { ...others, [change.termId]: termCopy(change.item) });
      set.push('#items = :items');
    }
  } else values[':false'] = false;
  // The copies are rewritten whole: only over exactly the copies read (any term write in between moves the revision).
  const revision = school.termsRevision === undefined ? 'attribute_not_exists(#revision)' : '#revision = :revision';
  if (kept && school.termsRevision !== undefined) values[':revision'] = school.termsRevision;
  const clauses = [
    `ADD ${add.join(', ')}`,
    set.length ? `SET ${set.join(', ')}` : '',
    remove.length ? `REMOVE ${remove.join(', ')}` : '',
    deletes.length ? `DELETE ${deletes.join(', ')}` : '',
  ];
  return {
    op: {
      Update: {
        TableName,
        Key,
        UpdateExpression: clauses.filter(Boolean).join(' '),
        ConditionExpression: `attribute_exists(#pk) AND ${kept ? `#itemsKept = :true AND ${revision}` : '(attribute_not_exists(#itemsKept) OR #itemsKept = :false)'}`,
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: values,
      },
    },
    onConditionFail: (existing) =>
      existing ? conflict('The school’s terms changed while you were saving; try again', { reason: 'CHANGED_MEANWHILE' }) : notFound('School', school.id),
  };
}
