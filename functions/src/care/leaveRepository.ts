import type { Db } from '../db/client';
import { transactWrite, txItem, type GuardedWrite } from '../db/transactions';
import { conflict } from '../core/errors';
import { readsById, versionGuard } from '../db/versionedPatch';
import { leaveCovers, leaveEntity, type LeaveRequestRecord } from './leaveEntity';

/** Leave requests (请假). */
export function createLeaveRepository(db: Db) {
  const leave = leaveEntity(db);
  return {
    ...readsById<LeaveRequestRecord>(leave),

    /**
     * The school's leaves covering `date` (one Query: last day on or after the date, filtered on the first day). The
     * range is closed above: the school's gsi1 partition also holds its roll calls, alerts and bills, whose sort keys
     * sort after the leaves', and an open `>=` would read every one of them (then drop them) on each roll call.
     */
    async coveringDate(schoolId: string, date: string): Promise<LeaveRequestRecord[]> {
      const { data } = await leave.query
        .bySchool({ schoolId })
        .between({ to: date }, { to: '\uffff' })
        .where((attr, op) => op.lte(attr.from, date))
        .go({ pages: 'all' });
      return (data as LeaveRequestRecord[]).filter((item) => leaveCovers(item, date));
    },

    /** A child's leave requests, latest first. */
    async ofStudent(studentId: string, limit = 50): Promise<LeaveRequestRecord[]> {
      const { data } = await leave.query.byStudent({ studentId }).go({ order: 'desc', limit });
      return data as LeaveRequestRecord[];
    },

    /** Retention (SPEC §3.11): the steps deleting every leave request of a child (its reasons may be about health). */
    async purgeSteps(studentId: string): Promise<GuardedWrite[]> {
      const { data } = await leave.query.byStudent({ studentId }).go({ pages: 'all' });
      return (data as LeaveRequestRecord[]).map((record) => ({ op: txItem(leave.delete({ id: record.id })) }));
    },

    createStep: (record: LeaveRequestRecord): GuardedWrite => ({
      op: txItem(leave.create(record)),
      // The same child and days at once from two phones: the other request wrote it (see leaveId).
      onConditionFail: () => conflict('The child already has this leave', { field: 'from', leaveId: record.id }),
    }),

    updateStep(next: LeaveRequestRecord, expectedVersion: number): GuardedWrite {
      const { id, studentId: _s, createdAt: _c, ...rest } = next;
      return {
        op: txItem(
          leave
            .patch({ id })
            .set(rest)
            .where((attr, op) => op.eq(attr.version, expectedVersion)),
        ),
        onConditionFail: versionGuard('LeaveRequest', id, expectedVersion),
      };
    },

    write: (steps: GuardedWrite[]) => transactWrite(db, steps),
  };
}

export type LeaveRepository = ReturnType<typeof createLeaveRepository>;
