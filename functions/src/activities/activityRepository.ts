import type { Db } from '../db/client';
import { recordAttributes } from '../db/batches';
import { whereEquals } from '../db/filters';
import { queryPage, type Page, type PageArgs } from '../db/paging';
import { transactWrite, txItem, type GuardedWrite } from '../db/transactions';
import { readsById, versionGuard, versionedPatch } from '../db/versionedPatch';
import { badInput, invalidTransition } from '../core/errors';
import { activityEntity, type ActivityRecord } from './activityEntity';
import { createComplianceMarks } from '../compliance/complianceMarks';

export interface ActivityListArgs extends PageArgs {
  schoolId?: string | null;
  termId?: string | null;
  providerId?: string | null;
  contractId?: string | null;
  weekday?: string | null;
  category?: string | null;
  status?: string | null;
  /** Title, venue or person in charge contains this text. */
  q?: string | null;
}

export function createActivityRepository(db: Db) {
  const activity = activityEntity(db);
  // Every activity write marks its school's term for the compliance overview, in the same transaction.
  const marks = createComplianceMarks(db);
  // A page reads the record's own attributes (see queryPage), not the keys of the indexes it was not found by.
  const ownFields = recordAttributes(activity).fields;

  return {
    ...readsById<ActivityRecord>(activity),

    /**
     * Activities in timetable order. The most selective key is used — contract (gsi3), provider (gsi2), school
     * (gsi1, with the term as a sort-key prefix) or the whole district (gsi4, term as prefix) — and the remaining
     * filters narrow the Query.
     */
    async list(args: ActivityListArgs): Promise<Page<ActivityRecord>> {
      const { schoolId, termId, providerId, contractId, weekday, category, status, q } = args;
      const listId = `activities:${JSON.stringify({ schoolId, termId, providerId, contractId, weekday, category, status, q })}`;
      const rest = { weekday, category, status };
      const base = contractId
        ? activity.query.byContract({ contractId }).where(whereEquals({ ...rest, schoolId, termId, providerId }))
        : providerId
          ? activity.query.byProvider({ providerId, ...(termId ? { termId } : {}) }).where(whereEquals({ ...rest, schoolId }))
          : schoolId
            ? activity.query.bySchool({ schoolId, ...(termId ? { termId } : {}) }).where(whereEquals(rest))
            : activity.query.all(termId ? { termId } : {}).where(whereEquals(rest));
      const query = q ? base.where((attr, op) => `${op.contains(attr.title, q)} OR ${op.contains(attr.venue, q)} OR ${op.contains(attr.staffName, q)}`) : base;
      return queryPage<ActivityRecord>(db, query, { ...args, listId, attributes: ownFields });
    },

    /** Ids of a contract's activities (Query on gsi3; a contract covers tens of activities). */
    async idsOfContract(contractId: string): Promise<string[]> {
      const { data } = await activity.query.byContract({ contractId }).go({ pages: 'all', attributes: ['id'] });
      return data.map((record) => record.id);
    },

    async create(record: ActivityRecord, extra: GuardedWrite[]) {
      await transactWrite(db, [{ op: txItem(activity.create(record)) }, marks.step(record), ...extra]);
      return record;
    },

    async update(next: ActivityRecord, expectedVersion: number, extra: GuardedWrite[]) {
      // enrolledCount is the roster's, moved by roster transactions only: never written back from a read. The
      // capacity may not drop below the roster at commit time.
      const { id, createdAt: _createdAt, enrolledCount: _enrolled, ...values } = next;
      await transactWrite(db, [
        {
          op: versionedPatch(activity, { id }, values, expectedVersion, (attr, op) => op.lte(attr.enrolledCount, next.capacity)),
          onConditionFail: (existing) =>
            existing && Number(existing.version) === expectedVersion
              ? badInput('capacity', `capacity must not be below the ${String(existing.enrolledCount)} students on the roster`)
              : versionGuard('Activity', id, expectedVersion)(existing),
        },
        marks.step(next),
        ...extra,
      ]);
      return next;
    },

    async delete(previous: ActivityRecord, extra: GuardedWrite[]) {
      const { id, version } = previous;
      await transactWrite(db, [
        {
          // Never with children on its roster (a roster entry may have arrived since the read).
          op: txItem(activity.delete({ id }).where((attr, op) => `${op.eq(attr.version, version)} AND ${op.eq(attr.enrolledCount, 0)}`)),
          onConditionFail: (existing) =>
            existing && Number(existing.version) === version
              ? invalidTransition('Students are on the roster: take them off (or cancel the activity) first')
              : versionGuard('Activity', id, version)(existing),
        },
        marks.step(previous),
        ...extra,
      ]);
    },
  };
}

export type ActivityRepository = ReturnType<typeof createActivityRepository>;
