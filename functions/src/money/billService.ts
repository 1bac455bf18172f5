import * as z from 'zod';
import type { RecordAccess } from '../access/recordAccess';
import type { AuditRepository } from '../audit/auditRepository';
import { requireRole, requireSchoolAccess, requireViewer } from '../auth/access';
import type { Viewer } from '../auth/viewer';
import type { CalendarService } from '../calendar/calendarService';
import { localDate, nowIso } from '../core/clock';
import { badInput, forbidden, invalidTransition, notFound, versionConflict } from '../core/errors';
import { parseInput, text } from '../core/validation';
import { allRecords } from '../db/allRecords';
import { pageSize, type Page, type PageArgs } from '../db/paging';
import type { StudentRepository } from '../people/studentRepository';
import type { PolicyService } from '../policy/policyService';
import type { TermRecord } from '../terms/termEntity';
import type { TermRepository } from '../terms/termRepository';
import { billIdOf, type BillRecord, type BillStatus } from './billEntity';
import { BillAlreadyExists, type BilledEnrolment, type BillRepository } from './billRepository';
import { monthCharge, sumFen, toFen, type FeeTerms } from './fees';
import { param, summary, type AuditSummary } from '../audit/auditSummaries';

export const monthString = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be a month YYYY-MM, e.g. 2026-10');

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

export interface BillServiceDeps {
  bills: BillRepository;
  students: StudentRepository;
  terms: TermRepository;
  policy: PolicyService;
  calendar: CalendarService;
  audit: AuditRepository;
  access: RecordAccess;
  maxTransactionItems?: number;
}

const lastDayOf = (month: string) => new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).toISOString().slice(0, 10);

/** The terms of a school that share at least a day with the month. */
export async function termsInMonth(terms: TermRepository, schoolId: string, month: string): Promise<TermRecord[]> {
  const all = await allRecords((after) => terms.list({ schoolId, first: 100, after }));
  return all.filter((term) => term.startDate <= lastDayOf(month) && term.endDate >= `${month}-01`);
}

/**
 * Monthly fees (SPEC §3.8): one bill per enrolled student and month, made from the policy of the day and never
 * rewritten by a later policy; payments, waivers and refunds on withdrawal, each audited with the change.
 */
export function createBillService(deps: BillServiceDeps) {
  const { bills, students, terms, policy, calendar, audit, access } = deps;
  const maxItems = Math.max(2, deps.maxTransactionItems ?? 100);

  async function load(id: string): Promise<BillRecord> {
    const bill = await bills.get(id);
    if (!bill) throw notFound('Bill', id);
    return bill;
  }

  /** Enrolled service dates of a month for one enrolment (the term calendar decides what a service day is). */
  const datesFor = (serviceDays: { date: string; timetableWeekday: string | null }[], enrolment: BilledEnrolment) => {
    // The enrolment runs from the day the school approved it (school-local date): a family joining mid-term pays from then.
    const from = enrolment.decidedAt ? localDate(0, new Date(enrolment.decidedAt)) : '';
    return serviceDays.filter((day) => day.date >= from && day.timetableWeekday && enrolment.days.includes(day.timetableWeekday)).map((day) => day.date);
  };

  /** The bills a month owes that do not exist yet. */
  async function missingBills(schoolId: string, month: string, feeTerms: FeeTerms, existing: Set<string>): Promise<BillRecord[]> {
    const now = nowIso();
    const planned = new Map<string, BillRecord>();
    for (const term of await termsInMonth(terms, schoolId, month)) {
      const [termCalendar, enrolments] = await Promise.all([calendar.forTerm(term), bills.enrolmentsOf(schoolId, term.id)]);
      const serviceDays = termCalendar.serviceDaysOfMonth(month);
      const open = enrolments.filter((enrolment) => !existing.has(billIdOf(enrolment.studentId, month)));
      const records = await students.getMany([...new Set(open.map((enrolment) => enrolment.studentId))]);
      const hardshipOf = new Map(records.filter((s) => s !== undefined).map((s) => [s!.id, Boolean(s!.hardship)]));
      for (const enrolment of open) {
        const id = billIdOf(enrolment.studentId, month);
        if (planned.has(id) || !hardshipOf.has(enrolment.studentId)) continue;
        const charge = monthCharge(feeTerms, datesFor(serviceDays, enrolment), hardshipOf.get(enrolment.studentId)!, enrolment.withdrawnFrom);
        if (charge.fullFen === 0) continue;
        planned.set(id, {
          id,
          version: 1,
          studentId: enrolment.studentId,
          schoolId,
          classId: enrolment.classId,
          termId: term.id,
          applicationId: enrolment.id,
          month,
          ...feeTerms,
          hardship: hardshipOf.get(enrolment.studentId)!,
          enrolledDays: charge.enrolledDays,
          billedDays: charge.usedDays,
          fullFen: charge.fullFen,
          discountFen: charge.discountFen,
          amountFen: charge.amountFen,
          refundFen: 0,
          status: 'UNPAID',
          createdAt: now,
          updatedAt: now,
        } as BillRecord);
      }
    }
    return [...planned.values()];
  }

  /**
   * The refund a withdrawal owes on one bill: the bill's charge recomputed with the withdrawal date under the bill's
   * own terms. Undefined when nothing is owed or the refund is recorded already (so running it again is harmless).
   */
  async function refundStep(viewer: Viewer, bill: BillRecord, withdrawnFrom: string) {
    if (bill.status === 'WAIVED' || bill.refundReference) return undefined;
    const term = await terms.get(bill.termId);
    if (!term) return undefined;
    const enrolment = (await bills.enrolmentsOf(bill.schoolId, bill.termId)).find((candidate) => candidate.id === bill.applicationId);
    if (!enrolment) return undefined;
    const enrolledDates = datesFor((await calendar.forTerm(term)).serviceDaysOfMonth(bill.month), enrolment);
    const charge = monthCharge(bill as FeeTerms, enrolledDates, bill.hardship, withdrawnFrom);
    const refundFen = bill.amountFen - charge.amountFen;
    if (refundFen <= 0) return undefined;
    const now = nowIso();
    const next: BillRecord = {
      ...bill,
      refundFen,
      refundReference: `退出课后服务（自 ${withdrawnFrom} 起）：按退费规则退 ${(refundFen / 100).toFixed(2)} 元`,
      refundedAt: now,
      version: bill.version + 1,
      updatedAt: now,
    };
    return bills.step(bill, next, [
      audit.entry({
        viewer,
        action: 'REFUND',
        entityType: 'Bill',
        entityId: bill.id,
        relatedId: bill.studentId,
        summary: summary('bill.refunded', { from: param.date(withdrawnFrom), amount: param.yuan(refundFen) }),
        before: bill,
        after: next,
      }),
    ]);
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
        const missing = await missingBills(schoolId, month, feeTerms, existing);
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
      let refundedCount = 0;
      const withdrawals = new Map<string, string>();
      for (const term of await termsInMonth(terms, schoolId, month)) {
        for (const enrolment of await bills.enrolmentsOf(schoolId, term.id))
          if (enrolment.withdrawnFrom) withdrawals.set(enrolment.id, enrolment.withdrawnFrom);
      }
      for (const bill of all) {
        const from = withdrawals.get(bill.applicationId);
        if (from && (await refundStep(signedIn, bill, from))) refundedCount++;
      }
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
        if (await refundStep(viewer, bill, application.withdrawnFrom)) count++;
      }
      return count;
    },

    /** Marks an UNPAID bill PAID with the payment's reference (receipt or transaction number). */
    async recordPayment(viewer: Viewer | null, billId: string, reference: string, expectedVersion?: number | null) {
      const bill = await load(billId);
      const signedIn = requireSchoolAccess(viewer, bill.schoolId);
      const values = parseInput(z.object({ reference: text(100) }), { reference });
      return step(
        signedIn,
        bill,
        expectedVersion,
        'PAY',
        (now) => ({ status: 'PAID', paymentReference: values.reference, paidAt: now, paidBy: signedIn.sub }),
        summary('bill.paid', { reference: param.text(values.reference) }),
      );
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
  ) {
    if (expectedVersion != null && expectedVersion !== bill.version) throw versionConflict('Bill', bill.id, expectedVersion, bill.version);
    if (bill.status !== 'UNPAID') throw invalidTransition(`The bill is ${bill.status}; only an UNPAID bill can be paid or waived`);
    const now = nowIso();
    const next: BillRecord = { ...bill, ...change(now), version: bill.version + 1, updatedAt: now };
    return bills.step(bill, next, [
      audit.entry({ viewer, action, entityType: 'Bill', entityId: bill.id, relatedId: bill.studentId, summary: said, before: bill, after: next }),
    ]);
  }
}

export type BillService = ReturnType<typeof createBillService>;
