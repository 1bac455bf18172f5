import * as z from 'zod';
import type { RecordAccess } from '../access/recordAccess';
import { requireRole, requireSchoolAccess, requireViewer } from '../auth/access';
import type { Viewer } from '../auth/viewer';
import { nowIso } from '../core/clock';
import { AppError, badInput, forbidden, invalidTransition, notFound, versionConflict } from '../core/errors';
import { parseInput, text } from '../core/validation';
import { pageSize, type Page, type PageArgs } from '../db/paging';
import type { GuardedWrite } from '../db/transactions';
import type { PolicyService } from '../policy/policyService';
import type { BillRecord, BillStatus } from './billEntity';
import { createBillPlanning, type BillPlanningDeps } from './billPlanning';
import { BillAlreadyExists } from './billRepository';
import { sumFen, toFen, type FeeTerms } from './fees';
import { monthString } from './months';
import { param, summary, type AuditSummary } from '../audit/auditSummaries';

export interface BillListInput extends PageArgs {
  filter?: { schoolId?: string | null; month?: string | null; studentId?: string | null; status?: BillStatus | null } | null;
}

/** What `generateBills` did: bills made now, bills of the month in all, and their sum. */
export interface BillGeneration {
  schoolId: string;
  month: string;
  createdCount: number;
  billCount: number;
  totalFen: number;
  refundedCount: number;
}

export interface BillServiceDeps extends BillPlanningDeps {
  policy: PolicyService;
  access: RecordAccess;
  maxTransactionItems?: number;
}

/**
 * Monthly fees (SPEC §3.8): one bill per enrolled student and month, made from the policy of the day and never
 * rewritten by a later policy; payments, waivers and refunds on withdrawal, each audited with the change.
 */
export function createBillService(deps: BillServiceDeps) {
  const { bills, policy, audit, access } = deps;
  const maxItems = Math.max(2, deps.maxTransactionItems ?? 100);
  const planning = createBillPlanning(deps);

  async function load(id: string): Promise<BillRecord> {
    const bill = await bills.get(id);
    if (!bill) throw notFound('Bill', id);
    return bill;
  }

  return {
    /** One bill: the district, the school's admin, or a guardian of the child; FORBIDDEN otherwise. */
    async get(viewer: Viewer | null, id: string): Promise<BillRecord> {
      requireViewer(viewer);
      return access.require(viewer, 'Bill', await load(id));
    },

    /** Bills by school and month, or of a student; a parent gets only their children's, a school admin their school's. */
    async list(viewer: Viewer | null, input: BillListInput): Promise<Page<BillRecord>> {
      const signedIn = requireRole(viewer, 'DISTRICT_ADMIN', 'SCHOOL_ADMIN', 'PARENT');
      pageSize(input.first);
      const filter = { ...(input.filter ?? {}) };
      if (filter.month) parseInput(z.object({ month: monthString }), { month: filter.month });
      if (signedIn.role === 'SCHOOL_ADMIN') {
        if (filter.schoolId && filter.schoolId !== signedIn.schoolId) throw forbidden('School admins see only their own school’s bills');
        filter.schoolId = signedIn.schoolId;
      }
      if (signedIn.role === 'PARENT') {
        if (!filter.studentId) throw badInput('studentId', 'A guardian lists the bills of one child: give studentId');
        if (!(await access.relationsOf(signedIn).guardianStudentIds()).has(filter.studentId))
          throw forbidden('You may see the bills of your own children only');
      }
      if (!filter.studentId && !filter.schoolId) throw badInput('schoolId', 'Give schoolId or studentId');
      return access.page(signedIn, 'Bill', await bills.list({ first: input.first, after: input.after, ...filter }));
    },

    /**
     * Makes the month's bills of a school (SCHOOL_ADMIN of it, or DISTRICT_ADMIN): one per enrolled student, keyed by
     * student and month so a second run — even a concurrent one — makes none twice. FREE refuses (INVALID_TRANSITION).
     * Existing bills of withdrawn children get their refund recorded here too, should it be missing.
     */
    async generate(viewer: Viewer | null, schoolId: string, month: string): Promise<BillGeneration> {
      const signedIn = requireSchoolAccess(viewer, schoolId);
      parseInput(z.object({ month: monthString }), { month });
      const current = await policy.current();
      if (current.feeModel === 'FREE') throw invalidTransition('The district policy is FREE (免费): there is nothing to bill');
      const unitFee = current.feeModel === 'MONTHLY' ? current.monthlyFee : current.dailyFee;
      if (unitFee == null) throw invalidTransition(`The district policy has no ${current.feeModel === 'MONTHLY' ? 'monthlyFee' : 'dailyFee'}`);
      const feeTerms: FeeTerms = {
        feeModel: current.feeModel,
        unitFeeFen: toFen(unitFee),
        discountPercent: current.hardshipDiscountPercent,
        refundDeadlineDay: current.refundDeadlineDay ?? 10,
      };
      let created = 0;
      for (let attempt = 0; ; attempt++) {
        const existing = new Set((await bills.allOfSchoolMonth(schoolId, month)).map((bill) => bill.id));
        const missing = await planning.missingBills(schoolId, month, feeTerms, existing);
        try {
          await bills.createMany(missing, maxItems, (count) =>
            audit.entry({
              viewer: signedIn,
              action: 'GENERATE_BILLS',
              entityType: 'School',
              entityId: schoolId,
              summary: summary('bill.generated', { month: param.text(month), count: param.number(count) }),
            }),
          );
          created += missing.length;
          break;
        } catch (error) {
          // A concurrent run wrote some of these bills first: our transaction wrote nothing; read again, write the rest.
          if (!(error instanceof BillAlreadyExists) || attempt >= 4) throw error;
        }
      }
      const all = await bills.allOfSchoolMonth(schoolId, month);
      const refundedCount = await planning.missingRefunds(signedIn, schoolId, month, all);
      const final = refundedCount ? await bills.allOfSchoolMonth(schoolId, month) : all;
      return {
        schoolId,
        month,
        createdCount: created,
        billCount: final.length,
        totalFen: sumFen(final.map((bill) => bill.amountFen - (bill.refundFen ?? 0))),
        refundedCount,
      };
    },

    /** Records the refunds a withdrawal owes on the child's bills of its month and later (idempotent). */
    async refundWithdrawal(viewer: Viewer, application: { studentId: string; withdrawnFrom?: string | null }) {
      if (!application.withdrawnFrom) return 0;
      let count = 0;
      for (const bill of await bills.ofStudentFrom(application.studentId, application.withdrawnFrom.slice(0, 7))) {
        if (await planning.refund(viewer, bill, application.withdrawnFrom)) count++;
      }
      return count;
    },

    /** Marks an UNPAID bill PAID with the payment's reference (receipt or transaction number). */
    async recordPayment(viewer: Viewer | null, billId: string, reference: string, expectedVersion?: number | null) {
      const bill = await load(billId);
      const signedIn = requireSchoolAccess(viewer, bill.schoolId);
      const values = parseInput(z.object({ reference: text(100) }), { reference });
      // A payment is always of the bill's amount, so the same bill and reference is the same payment: a replay (a retry
      // after a lost answer, a double click) gets the bill as it is and writes nothing, whatever version it read.
      const replayOf = (current: BillRecord | undefined) => current?.status === 'PAID' && current.paymentReference === values.reference;
      if (replayOf(bill)) return bill;
      // A bill refunded in full (a withdrawal before the deadline) owes nothing: a payment of it would be more than owed.
      if (bill.status === 'UNPAID' && bill.amountFen - (bill.refundFen ?? 0) <= 0)
        throw invalidTransition('The bill owes nothing after its refund: there is no payment to record');
      try {
        return await step(
          signedIn,
          bill,
          expectedVersion,
          'PAY',
          (now) => ({ status: 'PAID', paymentReference: values.reference, paidAt: now, paidBy: signedIn.sub }),
          summary('bill.paid', { reference: param.text(values.reference) }),
          // One reference pays one bill of the school: on another bill it is CONFLICT.
          [await bills.claimReferenceStep(bill, values.reference)],
        );
      } catch (error) {
        // The same payment recorded by a concurrent replay between our read and our write.
        if (error instanceof AppError && error.code !== 'BAD_USER_INPUT') {
          const current = await bills.get(bill.id);
          if (replayOf(current)) return current!;
        }
        throw error;
      }
    },

    /** Waives an UNPAID bill (减免) with the reason. */
    async waive(viewer: Viewer | null, billId: string, reason: string, expectedVersion?: number | null) {
      const bill = await load(billId);
      const signedIn = requireSchoolAccess(viewer, bill.schoolId);
      const values = parseInput(z.object({ reason: text(500) }), { reason });
      return step(
        signedIn,
        bill,
        expectedVersion,
        'WAIVE',
        (now) => ({ status: 'WAIVED', waivedReason: values.reason, waivedAt: now, waivedBy: signedIn.sub }),
        summary('bill.waived', { reason: param.text(values.reason) }),
      );
    },
  };

  async function step(
    viewer: Viewer,
    bill: BillRecord,
    expectedVersion: number | null | undefined,
    action: string,
    change: (now: string) => Partial<BillRecord>,
    said: AuditSummary,
    extra: GuardedWrite[] = [],
  ) {
    if (expectedVersion != null && expectedVersion !== bill.version) throw versionConflict('Bill', bill.id, expectedVersion, bill.version);
    if (bill.status !== 'UNPAID') throw invalidTransition(`The bill is ${bill.status}; only an UNPAID bill can be paid or waived`);
    const now = nowIso();
    const next: BillRecord = { ...bill, ...change(now), version: bill.version + 1, updatedAt: now };
    return bills.step(bill, next, [
      audit.entry({ viewer, action, entityType: 'Bill', entityId: bill.id, relatedId: bill.studentId, summary: said, before: bill, after: next }),
      ...extra,
    ]);
  }
}

export type BillService = ReturnType<typeof createBillService>;
