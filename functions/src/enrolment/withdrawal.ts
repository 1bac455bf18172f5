import { studentDayKey, type BookingRepository } from '../activities/bookingRepository';
import type { Viewer } from '../auth/viewer';
import type { AuditRepository } from '../audit/auditRepository';
import { nowIso } from '../core/clock';
import { invalidTransition } from '../core/errors';
import type { GuardedWrite } from '../db/transactions';
import { transactWrite } from '../db/transactions';
import type { Db } from '../db/client';
import { withRetries } from '../rosters/rosterService';
import type { RosterEntryRecord } from '../rosters/rosterEntity';
import type { RosterRepository } from '../rosters/rosterRepository';
import { liveStatuses, type EnrolmentApplicationRecord } from './applicationEntity';
import type { ApplicationRepository } from './applicationRepository';
import { param, summary } from '../audit/auditSummaries';
import type { ComplianceMarks } from '../compliance/complianceMarks';

export interface WithdrawalDeps {
  db: Db;
  applications: ApplicationRepository;
  rosters: RosterRepository;
  bookings: BookingRepository;
  audit: AuditRepository;
  /** Marks the term's compliance report as changed (the enrolled count feeds the operating-fund rule). */
  complianceMarks?: ComplianceMarks;
  /** Items per DynamoDB transaction (100 on AWS; lower in tests to exercise the batched path). */
  maxTransactionItems?: number;
}

export interface WithdrawalInput {
  from: string;
  reason?: string;
  optOutReason?: EnrolmentApplicationRecord['optOutReason'];
}

/**
 * Withdrawal (随时准出): the enrolment ends and the child leaves every roster of it. When it fits (a child has a
 * handful of activities a week) it is one transaction: roster entries, seats, the child's days, the application and
 * its slot. Otherwise the roster entries go in batches first (each its own transaction, counting the enrolment's
 * roster down) and a last transaction — possible only once that count is 0 — closes the application. A crash
 * anywhere leaves the application live with fewer entries; withdrawing again finishes it.
 */
export function createWithdrawals(deps: WithdrawalDeps) {
  const { db, applications, rosters, bookings, audit } = deps;
  const maxItems = deps.maxTransactionItems ?? 100;

  const entrySteps = (viewer: Viewer, entry: RosterEntryRecord): GuardedWrite[] => [
    rosters.removeStep(entry),
    ...rosters.seatSteps(entry, -1),
    audit.entry({
      viewer,
      action: 'ROSTER_REMOVE',
      entityType: 'Activity',
      entityId: entry.activityId,
      relatedId: entry.studentId,
      summary: summary('roster.withdrawn'),
    }),
  ];

  /**
   * The child's days of the term (they hold its activities against overlaps) are cleared whole: a child is on rosters
   * only on the days applied for, under this one live application — and the closing step's roster-count condition
   * fails if an assignment slipped in meanwhile, so nothing is cleared from under it.
   */
  const daySteps = (application: EnrolmentApplicationRecord): GuardedWrite[] =>
    application.days.map((day) => bookings.clearStep(studentDayKey(application.termId, day, application.studentId)));

  async function withdraw(viewer: Viewer, initial: EnrolmentApplicationRecord, input: WithdrawalInput): Promise<EnrolmentApplicationRecord> {
    let first = true;
    return withRetries(async () => {
      const current = first ? initial : await applications.get(initial.id);
      first = false;
      if (!current || !liveStatuses.includes(current.status))
        throw invalidTransition(`The application is ${current?.status ?? 'gone'}; only a live one can be withdrawn`);
      let entries = (await rosters.ofStudent(current.studentId, current.termId)).filter((entry) => entry.applicationId === current.id);
      const now = nowIso();
      const next: EnrolmentApplicationRecord = {
        ...current,
        status: 'WITHDRAWN',
        withdrawnFrom: input.from,
        withdrawnAt: now,
        withdrawnBy: viewer.sub,
        reason: input.reason ?? current.reason,
        optOutReason: input.optOutReason ?? undefined,
        version: current.version + 1,
        updatedAt: now,
      };
      const closing = (rosterCountWas: number): GuardedWrite[] => [
        applications.step(next, current.status, current.version, { rosterCountWas }),
        applications.releaseSlotStep(current),
        ...(deps.complianceMarks && current.status === 'APPROVED' ? [deps.complianceMarks.step({ schoolId: current.schoolId, termId: current.termId })] : []),
        audit.entry({
          viewer,
          action: 'WITHDRAW',
          entityType: 'EnrolmentApplication',
          entityId: current.id,
          summary: summary('enrolment.withdrawn', { from: param.date(input.from), reason: param.text(input.reason) }),
          before: current,
          after: next,
        }),
      ];
      const days = daySteps(current);
      const all = [...entries.flatMap((entry) => entrySteps(viewer, entry)), ...days, ...closing(entries.length)];
      if (all.length <= maxItems) {
        await transactWrite(db, all);
        return next;
      }
      // Too many for one transaction: roster entries in batches, each counting the enrolment down by its size.
      const perBatch = Math.max(1, Math.floor((maxItems - 1) / 3));
      while (entries.length > 0) {
        const batch = entries.slice(0, perBatch);
        await transactWrite(db, [...batch.flatMap((entry) => entrySteps(viewer, entry)), applications.rosterDelta(current.id, -batch.length)]);
        entries = entries.slice(perBatch);
      }
      await transactWrite(db, [...days, ...closing(0)]);
      return next;
    });
  }

  return { withdraw };
}

export type Withdrawals = ReturnType<typeof createWithdrawals>;
