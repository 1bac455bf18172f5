import type { AuditRepository } from '../audit/auditRepository';
import { param, summary } from '../audit/auditSummaries';
import type { Viewer } from '../auth/viewer';
import type { CalendarService } from '../calendar/calendarService';
import { localDate, nowIso } from '../core/clock';
import type { StudentRepository } from '../people/studentRepository';
import type { TermRepository } from '../terms/termRepository';
import { billIdOf, type BillRecord } from './billEntity';
import type { BilledEnrolment, BillRepository } from './billRepository';
import { monthCharge, type FeeTerms } from './fees';
import { termsInMonth } from './months';

export interface BillPlanningDeps {
  bills: BillRepository;
  students: StudentRepository;
  terms: TermRepository;
  calendar: CalendarService;
  audit: AuditRepository;
}

/** Enrolled service dates of a month for one enrolment (the term calendar decides what a service day is). */
export function enrolledDates(serviceDays: { date: string; timetableWeekday: string | null }[], enrolment: BilledEnrolment): string[] {
  // The enrolment runs from the day the school approved it (school-local date): a family joining mid-term pays from then.
  const from = enrolment.decidedAt ? localDate(0, new Date(enrolment.decidedAt)) : '';
  return serviceDays.filter((day) => day.date >= from && day.timetableWeekday && enrolment.days.includes(day.timetableWeekday)).map((day) => day.date);
}

/**
 * What a school's month owes (SPEC §3.8): the bills still missing, and the refunds withdrawals owe on existing bills.
 * Both are computed from the enrolments and the term calendar; `bills` stores them (billService decides when).
 */
export function createBillPlanning(deps: BillPlanningDeps) {
  const { bills, students, terms, calendar, audit } = deps;

  /** The bills a month owes that do not exist yet (`existing`: the ids already stored). */
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
        const charge = monthCharge(feeTerms, enrolledDates(serviceDays, enrolment), hardshipOf.get(enrolment.studentId)!, enrolment.withdrawnFrom);
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
   * Records the refund a withdrawal owes on one bill: the bill's charge recomputed with the withdrawal date under the
   * bill's own terms. Undefined when nothing is owed or the refund is recorded already (so running it again is harmless).
   */
  async function refund(viewer: Viewer, bill: BillRecord, withdrawnFrom: string) {
    if (bill.status === 'WAIVED' || bill.refundReference) return undefined;
    const term = await terms.get(bill.termId);
    if (!term) return undefined;
    const enrolment = (await bills.enrolmentsOf(bill.schoolId, bill.termId)).find((candidate) => candidate.id === bill.applicationId);
    if (!enrolment) return undefined;
    const dates = enrolledDates((await calendar.forTerm(term)).serviceDaysOfMonth(bill.month), enrolment);
    const charge = monthCharge(bill as FeeTerms, dates, bill.hardship, withdrawnFrom);
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

  /** Records any refund still missing on a school's bills of a month (withdrawals of the month's terms); the count. */
  async function missingRefunds(viewer: Viewer, schoolId: string, month: string, all: BillRecord[]): Promise<number> {
    const withdrawals = new Map<string, string>();
    for (const term of await termsInMonth(terms, schoolId, month)) {
      for (const enrolment of await bills.enrolmentsOf(schoolId, term.id)) if (enrolment.withdrawnFrom) withdrawals.set(enrolment.id, enrolment.withdrawnFrom);
    }
    let count = 0;
    for (const bill of all) {
      const from = withdrawals.get(bill.applicationId);
      if (from && (await refund(viewer, bill, from))) count++;
    }
    return count;
  }

  return { missingBills, refund, missingRefunds };
}
