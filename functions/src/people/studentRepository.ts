import { invalidTransition, notFound } from '../core/errors';
import type { Db } from '../db/client';
import { emptyPage, queryPage, staticPage, type Page, type PageArgs } from '../db/paging';
import { transactWrite, txItem, type GuardedWrite } from '../db/transactions';
import { deleteUnused, readsById, versionGuard, versionedPatch } from '../db/versionedPatch';
import { studentEntity, type StudentRecord } from './studentEntity';

export interface StudentListArgs extends PageArgs {
  schoolId?: string | null;
  classId?: string | null;
  grade?: number | null;
  status?: string | null;
  leftBehind?: boolean | null;
  hardship?: boolean | null;
  /** Name contains this text. */
  q?: string | null;
}

export function createStudentRepository(db: Db) {
  const student = studentEntity(db);

  /** The step that writes new values if the stored version still equals `expectedVersion`. */
  function updateStep(next: StudentRecord, expectedVersion: number): GuardedWrite {
    const { id, createdAt: _createdAt, dependents: _dependents, ...values } = next;
    return { op: versionedPatch(student, { id }, values, expectedVersion), onConditionFail: versionGuard('Student', id, expectedVersion) };
  }

  return {
    ...readsById<StudentRecord>(student),

    /**
     * A class list by name (gsi1) or a school's students by grade, class and name (gsi2); the flags, status and name
     * search narrow the Query. One of `classId` or `schoolId` is required (the service makes sure).
     */
    async list(args: StudentListArgs): Promise<Page<StudentRecord>> {
      const { schoolId, classId, grade, status, leftBehind, hardship, q } = args;
      const listId = `students:${JSON.stringify({ schoolId, classId, grade, status, leftBehind, hardship, q })}`;
      const filters = (attr: Record<string, unknown>, op: { eq(a: unknown, v: unknown): string; contains(a: unknown, v: unknown): string }) =>
        [
          status ? op.eq(attr.status, status) : '',
          leftBehind == null ? '' : op.eq(attr.leftBehind, leftBehind),
          hardship == null ? '' : op.eq(attr.hardship, hardship),
          q ? op.contains(attr.name, q) : '',
          classId && grade ? op.eq(attr.grade, grade) : '',
        ]
          .filter(Boolean)
          .join(' AND ');
      const query = classId
        ? student.query.byClass({ classId }).where(filters as never)
        : schoolId
          ? student.query.bySchool({ schoolId, ...(grade ? { grade } : {}) }).where(filters as never)
          : undefined;
      // Neither a class nor a school: no student matches (the service makes sure one is given).
      if (!query) return emptyPage<StudentRecord>({ ...args, listId });
      return queryPage<StudentRecord>(db, query, { ...args, listId });
    },

    /** Every student record of a class (≈ 30–50): for imports that check duplicates. */
    async allOfClass(classId: string): Promise<StudentRecord[]> {
      const { data } = await student.query.byClass({ classId }).go({ pages: 'all' });
      return data as StudentRecord[];
    },

    /**
     * Students who left on or before `leftOnOrBefore`, oldest first (Query on the sparse gsi3). The range is closed
     * below at the students' own sort-key prefix: today the `retention_left` partition holds students only, but an open
     * `<=` would also read any other record type ever keyed there whose sort keys sort before the students'.
     */
    async leftBefore(leftOnOrBefore: string, limit: number): Promise<StudentRecord[]> {
      const { data } = await student.query.byRetention({ retention: 'left' }).between({ leftOn: '' }, { leftOn: leftOnOrBefore }).go({ limit, count: limit });
      return data as StudentRecord[];
    },

    pageOf: (records: StudentRecord[]) => staticPage(records),

    async create(record: StudentRecord, extra: GuardedWrite[]) {
      await transactWrite(db, [{ op: txItem(student.create(record)) }, ...extra]);
      return record;
    },

    updateStep,

    async update(next: StudentRecord, expectedVersion: number, extra: GuardedWrite[]) {
      await transactWrite(db, [updateStep(next, expectedVersion), ...extra]);
      return next;
    },

    deleteStep: (previous: StudentRecord) =>
      deleteUnused(student, 'Student', previous, `${previous.name} has applications or linked guardians: let the student leave instead`),

    /** The step that deletes a student whatever depends on it (the retention job removes those in the same run). */
    purgeStep(previous: StudentRecord): GuardedWrite {
      return {
        op: txItem(student.delete({ id: previous.id }).where((attr, op) => `${op.eq(attr.version, previous.version)} AND ${op.eq(attr.status, 'LEFT')}`)),
        onConditionFail: (existing) =>
          existing ? invalidTransition('The student changed since the purge began; it runs again tomorrow') : notFound('Student', previous.id),
      };
    },

    /**
     * A step counting an application of the student (+1, which also needs the student to be ACTIVE at that moment)
     * or its removal (-1); NOT_FOUND when the student is gone.
     */
    dependentDelta(id: string, delta: 1 | -1): GuardedWrite {
      return {
        op: txItem(
          student
            .patch({ id })
            .add({ dependents: delta })
            .where((attr, op) => (delta > 0 ? op.eq(attr.status, 'ACTIVE') : '')),
        ),
        onConditionFail: (existing) => (existing ? invalidTransition('The student has left the school') : notFound('Student', id)),
      };
    },
  };
}

export type StudentRepository = ReturnType<typeof createStudentRepository>;
