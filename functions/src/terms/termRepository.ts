import { conflict, notFound } from '../core/errors';
import type { Db } from '../db/client';
import { queryPage, type Page, type PageArgs } from '../db/paging';
import { deleteUnused, readsById, versionGuard, versionedPatch } from '../db/versionedPatch';
import { memberItems, memberPage, parseWith, type MemberSource } from '../db/memberLists';
import { transactWrite, txItem, type GuardedWrite } from '../db/transactions';
import { termEntity, termSlotEntity, type TermRecord } from './termEntity';

export interface TermListArgs extends PageArgs {
  schoolId?: string | null;
  schoolYear?: string | null;
  semester?: number | null;
}

type Slot = Pick<TermRecord, 'schoolId' | 'schoolYear' | 'semester'>;

const slotOf = (term: Slot): Slot => ({ schoolId: term.schoolId, schoolYear: term.schoolYear, semester: term.semester });
const sameSlot = (a: Slot, b: Slot) => a.schoolYear === b.schoolYear && a.semester === b.semester;

const duplicateTerm = (slot: Slot) => () =>
  conflict(`School ${slot.schoolId} already has a term for ${slot.schoolYear} semester ${slot.semester}`, {
    field: 'semester',
    reason: 'DUPLICATE_TERM',
    schoolYear: slot.schoolYear,
    semester: slot.semester,
  });

export function createTermRepository(db: Db) {
  const term = termEntity(db);
  const termSlot = termSlotEntity(db);
  const parseTerm = parseWith<TermRecord>(term);

  return {
    ...readsById<TermRecord>(term),

    /**
     * Terms newest school year first: of one school (gsi1, partition per school) or of the district (gsi2),
     * optionally narrowed to a school year and semester by the sort key. Query only.
     */
    async list(args: TermListArgs, members?: MemberSource): Promise<Page<TermRecord>> {
      const narrowing = { schoolYear: args.schoolYear ?? undefined, semester: args.schoolYear ? (args.semester ?? undefined) : undefined };
      const listId = `terms:${args.schoolId ?? '*'}:${narrowing.schoolYear ?? '*'}:${narrowing.semester ?? '*'}`;
      const { schoolId } = args;
      // A school's whole list, from the items of its kept term ids: the page the Query below would give (gsi1 order).
      if (members && schoolId && !narrowing.schoolYear) {
        return memberPage(await members(), { ...args, listId, sortKey: 'gsi1sk', order: 'desc', parse: parseTerm, belongs: (t) => t.schoolId === schoolId });
      }
      const query = schoolId ? term.query.bySchool({ schoolId, ...narrowing }) : term.query.byYear(narrowing);
      return queryPage<TermRecord>(db, query, { ...args, listId, order: 'desc' });
    },

    /** The item a term is stored as (keys included), for its school's copy (schools/termCopies.ts). */
    storedItem: (record: TermRecord) => (term.put(record).params() as { Item: Record<string, unknown> }).Item,

    /** Stored items of these terms, for the kept lists of a response's schools (one BatchGetItem per 100). */
    memberItems: (ids: readonly string[]) => memberItems(db, term, ids),

    /** Whether the school has any term (one-item Query). */
    async schoolHasTerms(schoolId: string): Promise<boolean> {
      const { data } = await term.query.bySchool({ schoolId }).go({ count: 1 });
      return data.length > 0;
    },

    /** Creates the term, claims its school/year/semester slot and counts it on the school, in one transaction. */
    async create(record: TermRecord, extra: GuardedWrite[] = []): Promise<TermRecord> {
      await transactWrite(db, [
        { op: txItem(term.create(record)) },
        { op: txItem(termSlot.create({ ...slotOf(record), termId: record.id })), onConditionFail: duplicateTerm(record) },
        ...extra,
      ]);
      return record;
    },

    /** Writes new values if the version still matches; a new year/semester moves the slot in the same transaction. */
    async update(previous: TermRecord, next: TermRecord, expectedVersion: number, extra: GuardedWrite[] = []) {
      // schoolId never changes but rides along: ElectroDB rebuilds the byYear sort key from it.
      const { id, createdAt: _createdAt, dependents: _dependents, ...values } = next;
      const writes: GuardedWrite[] = [
        {
          op: versionedPatch(term, { id }, values, expectedVersion),
          onConditionFail: versionGuard('Term', id, expectedVersion),
        },
      ];
      if (!sameSlot(previous, next)) {
        writes.push(
          { op: txItem(termSlot.delete(slotOf(previous))) },
          { op: txItem(termSlot.create({ ...slotOf(next), termId: id })), onConditionFail: duplicateTerm(next) },
        );
      }
      await transactWrite(db, [...writes, ...extra]);
      return next;
    },

    /** Deletes the term and frees its slot, if the version still matches and nothing depends on it. */
    async delete(previous: TermRecord, extra: GuardedWrite[] = []) {
      await transactWrite(db, [
        deleteUnused(
          term,
          'Term',
          previous,
          `Term ${previous.schoolYear} semester ${previous.semester} still has activities, contracts or surveys; remove them first`,
        ),
        { op: txItem(termSlot.delete(slotOf(previous))) },
        ...extra,
      ]);
    },

    /** Counts a record of the term (+1) or its removal (-1); NOT_FOUND when the term is gone. */
    dependentDelta(id: string, delta: 1 | -1): GuardedWrite {
      return { op: txItem(term.patch({ id }).add({ dependents: delta })), onConditionFail: () => notFound('Term', id) };
    },
  };
}

export type TermRepository = ReturnType<typeof createTermRepository>;
