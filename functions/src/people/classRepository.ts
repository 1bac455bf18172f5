import { conflict, notFound } from '../core/errors';
import type { Db } from '../db/client';
import { queryPage, staticPage, type Page, type PageArgs } from '../db/paging';
import { transactWrite, txItem, type GuardedWrite } from '../db/transactions';
import { deleteUnused, readsById, versionGuard, versionedPatch } from '../db/versionedPatch';
import { classEntity, classNameEntity, type SchoolClassRecord } from './classEntity';

export interface ClassListArgs extends PageArgs {
  schoolId: string;
  grade?: number | null;
  classTeacherId?: string | null;
}

const duplicateName = (name: string) => () => conflict(`The school already has a class named ${name}`, { field: 'name' });

export function createClassRepository(db: Db) {
  const schoolClass = classEntity(db);
  const className = classNameEntity(db);

  return {
    ...readsById<SchoolClassRecord>(schoolClass),

    /** A school's classes by grade and name (Query on gsi1, the grade as a sort-key prefix). */
    async list(args: ClassListArgs): Promise<Page<SchoolClassRecord>> {
      const { schoolId, grade, classTeacherId } = args;
      const query = schoolClass.query
        .bySchool({ schoolId, ...(grade ? { grade } : {}) })
        .where((attr, op) => (classTeacherId ? op.eq(attr.classTeacherId, classTeacherId) : ''));
      return queryPage<SchoolClassRecord>(db, query, { ...args, listId: `classes:${JSON.stringify({ schoolId, grade, classTeacherId })}` });
    },

    /** Every class of a school (a school has tens of classes): for imports that name classes. */
    async allOfSchool(schoolId: string): Promise<SchoolClassRecord[]> {
      const { data } = await schoolClass.query.bySchool({ schoolId }).go({ pages: 'all' });
      return data as SchoolClassRecord[];
    },

    /** Ids of the classes a staff member is class teacher of (Query on gsi2). */
    async idsOfTeacher(staffId: string): Promise<string[]> {
      const { data } = await schoolClass.query.byTeacher({ classTeacherId: staffId }).go({ pages: 'all', attributes: ['id'] });
      return data.map((record) => record.id);
    },

    pageOf: (records: SchoolClassRecord[]) => staticPage(records),

    async create(record: SchoolClassRecord, extra: GuardedWrite[]) {
      await transactWrite(db, [
        { op: txItem(schoolClass.create(record)) },
        { op: txItem(className.create({ schoolId: record.schoolId, name: record.name, classId: record.id })), onConditionFail: duplicateName(record.name) },
        ...extra,
      ]);
      return record;
    },

    async update(previous: SchoolClassRecord, next: SchoolClassRecord, expectedVersion: number, extra: GuardedWrite[]) {
      // Counters are kept by other records' transactions: never written back from a read.
      const { id, createdAt: _createdAt, dependents: _dependents, studentCount: _count, ...values } = next;
      const writes: GuardedWrite[] = [
        { op: versionedPatch(schoolClass, { id }, values, expectedVersion), onConditionFail: versionGuard('SchoolClass', id, expectedVersion) },
      ];
      if (next.name !== previous.name) {
        writes.push(
          { op: txItem(className.delete({ schoolId: previous.schoolId, name: previous.name })) },
          { op: txItem(className.create({ schoolId: next.schoolId, name: next.name, classId: id })), onConditionFail: duplicateName(next.name) },
        );
      }
      await transactWrite(db, [...writes, ...extra]);
      return next;
    },

    async delete(previous: SchoolClassRecord, extra: GuardedWrite[]) {
      await transactWrite(db, [
        deleteUnused(schoolClass, 'SchoolClass', previous, `Class ${previous.name} still has students; move or remove them first`),
        { op: txItem(className.delete({ schoolId: previous.schoolId, name: previous.name })) },
        ...extra,
      ]);
    },

    /**
     * A step moving the class's counters: `students` (ACTIVE ones) and `records` (every student record). It fails
     * with NOT_FOUND when the class is gone, so no student is ever written into a deleted class.
     */
    counterDelta(id: string, students: number, records: number): GuardedWrite {
      return {
        op: txItem(schoolClass.patch({ id }).add({ studentCount: students, dependents: records })),
        onConditionFail: () => notFound('SchoolClass', id),
      };
    },
  };
}

export type ClassRepository = ReturnType<typeof createClassRepository>;
