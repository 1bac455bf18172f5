import { conflict, notFound } from '../core/errors';
import type { Db } from '../db/client';
import { queryPage, type Page, type PageArgs } from '../db/paging';
import { txItem, type GuardedWrite } from '../db/transactions';
import { activityEntity } from '../activities/activityEntity';
import { createComplianceMarks } from '../compliance/complianceMarks';
import { rosterEntity, type RosterEntryRecord } from './rosterEntity';

/**
 * ElectroDB's `where` compares attributes with values only; the seat condition compares two attributes
 * (`enrolledCount < capacity`), so it is appended to the condition ElectroDB built.
 */
function withSeatCondition(item: object): object {
  const update = (item as { Update: { ConditionExpression: string; ExpressionAttributeNames: Record<string, string> } }).Update;
  return {
    Update: {
      ...update,
      ConditionExpression: `${update.ConditionExpression} AND #enrolledCount < #capacity`,
      ExpressionAttributeNames: { ...update.ExpressionAttributeNames, '#enrolledCount': 'enrolledCount', '#capacity': 'capacity' },
    },
  };
}

export function createRosterRepository(db: Db) {
  const roster = rosterEntity(db);
  const activity = activityEntity(db);
  const marks = createComplianceMarks(db);

  return {
    /** One page of an activity's roster (Query on its partition), optionally only students of some classes. */
    async listOfActivity(activityId: string, args: PageArgs & { classIds?: readonly string[] }): Promise<Page<RosterEntryRecord>> {
      const classIds = args.classIds;
      const query = roster.query
        .byActivity({ activityId })
        .where((attr, op) => (classIds ? `(${classIds.map((id) => op.eq(attr.classId, id)).join(' OR ') || op.eq(attr.classId, '-')})` : ''));
      return queryPage<RosterEntryRecord>(db, query, { ...args, listId: `roster:${activityId}:${classIds?.join(',') ?? '*'}` });
    },

    /**
     * The whole roster of an activity as a roll call needs it: who is on it and their class (Query on its partition,
     * every page, only those two attributes: a 40-child roster is then a tenth of the bytes to send and parse).
     */
    async markSheetOf(activityId: string): Promise<Pick<RosterEntryRecord, 'studentId' | 'classId'>[]> {
      const { data } = await roster.query.byActivity({ activityId }).go({ pages: 'all', attributes: ['studentId', 'classId'] });
      return data;
    },

    /** A student's roster entries, optionally of one term, in timetable order (Query on gsi1). */
    async ofStudent(studentId: string, termId?: string): Promise<RosterEntryRecord[]> {
      const { data } = await roster.query.byStudent({ studentId, ...(termId ? { termId } : {}) }).go({ pages: 'all' });
      return data;
    },

    /** One entry, if the student is on the activity's roster. */
    async get(activityId: string, studentId: string): Promise<RosterEntryRecord | undefined> {
      return (await roster.get({ activityId, studentId }).go()).data ?? undefined;
    },

    addStep: (record: RosterEntryRecord): GuardedWrite => ({
      op: txItem(roster.create(record)),
      onConditionFail: () => conflict('The student is already on this activity’s roster'),
    }),

    removeStep: (record: Pick<RosterEntryRecord, 'activityId' | 'studentId'>): GuardedWrite => ({
      op: txItem(roster.delete({ activityId: record.activityId, studentId: record.studentId }).where((attr, op) => op.exists(attr.studentId))),
      onConditionFail: () => notFound('RosterEntry', `${record.activityId}/${record.studentId}`),
    }),

    /**
     * The activity's side of a roster change: +1 only while the activity is ACTIVE and has a free seat
     * (`enrolledCount < capacity`, checked by the database at commit), -1 unconditionally. 20 concurrent
     * assignments to the last seat: exactly one passes this condition.
     */
    seatDelta(activityId: string, delta: 1 | -1): GuardedWrite {
      const chain = activity.patch({ id: activityId }).add({ enrolledCount: delta });
      return {
        op: delta > 0 ? withSeatCondition(txItem(chain.where((attr, op) => op.eq(attr.status, 'ACTIVE')))) : txItem(chain),
        onConditionFail: (existing) => {
          if (!existing) return notFound('Activity', activityId);
          if (existing.status !== 'ACTIVE') return conflict('The activity is cancelled', { field: 'activityId' });
          return conflict(`The activity is full (${String(existing.enrolledCount)} of ${String(existing.capacity)} places taken)`, {
            field: 'activityId',
            capacity: existing.capacity,
          });
        },
      };
    },

    /**
     * `seatDelta` plus the compliance mark of the activity's school term: the roster's size is the activity's
     * `enrolledCount`, which the small-homework-group rule reads, so the overview's summary moves with it.
     */
    seatSteps(entry: Pick<RosterEntryRecord, 'activityId' | 'schoolId' | 'termId'>, delta: 1 | -1): GuardedWrite[] {
      return [this.seatDelta(entry.activityId, delta), marks.step(entry)];
    },
  };
}

export type RosterRepository = ReturnType<typeof createRosterRepository>;
