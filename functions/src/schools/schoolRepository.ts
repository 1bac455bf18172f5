import { conflict, notFound } from '../core/errors';
import { getInOrder, recordAttributes } from '../db/batches';
import type { Db } from '../db/client';
import { queryPage, staticPage, type Page, type PageArgs } from '../db/paging';
import { deleteUnused, readsById, versionGuard, versionedPatch } from '../db/versionedPatch';
import { transactWrite, txItem, type GuardedWrite } from '../db/transactions';
import { keptLists } from '../db/memberLists';
import { keptTermCopies, termChangeStep, type TermChange } from './termCopies';
import { schoolCodeEntity, schoolEntity, type SchoolRecord } from './schoolEntity';

export interface SchoolListFilter {
  q?: string | null;
  type?: SchoolRecord['type'] | null;
  ownership?: SchoolRecord['ownership'] | null;
}

export interface SchoolListArgs extends PageArgs {
  filter: SchoolListFilter;
  orderBy: { field: 'CODE' | 'NAME'; direction: 'ASC' | 'DESC' };
}

const duplicateCode = (code: string) => () =>
  conflict(`School code ${code} is already used by another school`, { field: 'code', reason: 'DUPLICATE_SCHOOL_CODE', schoolCode: code });

export function createSchoolRepository(db: Db) {
  const school = schoolEntity(db);
  const schoolCode = schoolCodeEntity(db);

  return {
    ...readsById<SchoolRecord>(school),

    /** All schools sorted by code or name, filtered, one page (Query on gsi1/gsi2; never Scan). */
    async list(args: SchoolListArgs): Promise<Page<SchoolRecord>> {
      const { q, type, ownership } = args.filter;
      const base = args.orderBy.field === 'NAME' ? school.query.byName({}) : school.query.byCode({});
      const query = base.where((attr, op) =>
        [
          q ? `(${op.contains(attr.name, q)} OR ${op.begins(attr.code, q.toUpperCase())})` : '',
          type ? op.eq(attr.type, type) : '',
          ownership ? op.eq(attr.ownership, ownership) : '',
        ]
          .filter(Boolean)
          .join(' AND '),
      );
      return queryPage<SchoolRecord>(db, query, {
        ...args,
        listId: `schools:${args.orderBy.field}:${JSON.stringify(args.filter)}`,
        order: args.orderBy.direction === 'DESC' ? 'desc' : 'asc',
        attributes: recordAttributes(school).fields,
      });
    },

    /** Which of these codes are taken (BatchGetItem on the uniqueness items). */
    async takenCodes(codes: readonly string[]): Promise<Set<string>> {
      if (codes.length === 0) return new Set();
      const found = await getInOrder<{ code: string }>(
        schoolCode,
        [...new Set(codes)].map((code) => ({ code })),
      );
      return new Set(found.flatMap((item) => (item ? [item.code] : [])));
    },

    /** A page made of the given schools (for the `ids` filter). */
    pageOf(records: SchoolRecord[]): Page<SchoolRecord> {
      return staticPage(records);
    },

    /** Creates the school and claims its code in one transaction (CONFLICT on a used code). */
    async create(record: SchoolRecord, extra: GuardedWrite[] = []): Promise<SchoolRecord> {
      await transactWrite(db, [
        // A new school keeps its terms' ids and copies from the start (its terms are then read with the school).
        { op: txItem(school.create({ ...record, ...keptLists('termIds'), ...keptTermCopies() })) },
        { op: txItem(schoolCode.create({ code: record.code, schoolId: record.id })), onConditionFail: duplicateCode(record.code) },
        ...extra,
      ]);
      return record;
    },

    /**
     * Writes new values if the stored version still equals `expectedVersion` (CONFLICT otherwise). A code change
     * moves the uniqueness item in the same transaction.
     */
    async update(previous: SchoolRecord, next: SchoolRecord, expectedVersion: number, extra: GuardedWrite[] = []) {
      // dependents is maintained by other records' transactions: never write back a value read earlier.
      // Nor the term ids and copies (kept the same way).
      const {
        id,
        createdAt: _createdAt,
        dependents: _dependents,
        termIds: _termIds,
        termIdsKept: _termIdsKept,
        termItems: _termItems,
        termItemsKept: _termItemsKept,
        termsRevision: _termsRevision,
        ...values
      } = next;
      const writes: GuardedWrite[] = [
        {
          op: versionedPatch(school, { id }, values, expectedVersion),
          onConditionFail: versionGuard('School', id, expectedVersion),
        },
      ];
      if (next.code !== previous.code) {
        writes.push(
          { op: txItem(schoolCode.delete({ code: previous.code }).where((attr, op) => op.eq(attr.schoolId, id))) },
          { op: txItem(schoolCode.create({ code: next.code, schoolId: id })), onConditionFail: duplicateCode(next.code) },
        );
      }
      await transactWrite(db, [...writes, ...extra]);
      return next;
    },

    /** Deletes the school and frees its code, if the version still matches and nothing depends on it. */
    async delete(previous: SchoolRecord, extra: GuardedWrite[] = []) {
      await transactWrite(db, [
        deleteUnused(school, 'School', previous, `School ${previous.name} still has terms or other records; delete them first`),
        { op: txItem(schoolCode.delete({ code: previous.code })) },
        ...extra,
      ]);
    },

    /**
     * A transaction step that counts a new record of the school (or, with -1, a removed one); it fails with
     * NOT_FOUND when the school is gone, so no record is ever written for a deleted school.
     */
    dependentDelta(id: string, delta: 1 | -1): GuardedWrite {
      return { op: txItem(school.patch({ id }).add({ dependents: delta })), onConditionFail: () => notFound('School', id) };
    },

    /** The school's side of a term write (count, kept ids, copy), for the term's transaction; `previous` as read. */
    termChange: (previous: SchoolRecord, change: TermChange): GuardedWrite => termChangeStep(school, previous, change),
  };
}

export type SchoolRepository = ReturnType<typeof createSchoolRepository>;
