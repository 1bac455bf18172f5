import * as z from 'zod';
import type { RecordAccess } from '../access/recordAccess';
import type { ActivityRepository } from '../activities/activityRepository';
import type { AuditRepository } from '../audit/auditRepository';
import { requireRole, requireSchoolAccess, requireViewer } from '../auth/access';
import type { Viewer } from '../auth/viewer';
import type { CalendarService } from '../calendar/calendarService';
import { localDate, nowIso } from '../core/clock';
import { badInput, forbidden, notFound } from '../core/errors';
import { newId, randomToken } from '../core/ids';
import { parseInput } from '../core/validation';
import { allRecords } from '../db/allRecords';
import { pageSize, type Page, type PageArgs } from '../db/paging';
import type { ContractRepository } from '../contracts/contractRepository';
import type { PolicyService } from '../policy/policyService';
import type { ProviderRepository } from '../providers/providerRepository';
import type { SchoolRepository } from '../schools/schoolRepository';
import type { TermRepository } from '../terms/termRepository';
import type { BillRepository } from './billRepository';
import type { DisclosureContent } from './disclosureContent';
import type { DisclosureView } from './disclosureEntity';
import type { DisclosureRepository } from './disclosureRepository';
import { sumFen, toFen } from './fees';
import { approvedCount } from './fundService';
import type { SessionsHeld } from './sessionsHeld';
import type { StipendRepository } from './stipendRepository';
import { sheetTotalFen, statementLines } from './stipends';
import { param, summary } from '../audit/auditSummaries';
import { weekdayValues } from '../generated/enumValues';

export interface DisclosureDeps {
  disclosures: DisclosureRepository;
  bills: BillRepository;
  stipendSheets: StipendRepository;
  sessionsHeld: SessionsHeld;
  schools: SchoolRepository;
  terms: TermRepository;
  activities: ActivityRepository;
  contracts: ContractRepository;
  providers: ProviderRepository;
  policy: PolicyService;
  calendar: CalendarService;
  audit: AuditRepository;
  access: RecordAccess;
}

/** The months `YYYY-MM` from one date's month to another's, inclusive. */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  let [year, month] = [Number(from.slice(0, 4)), Number(from.slice(5, 7))];
  const last = to.slice(0, 7);
  for (;;) {
    const current = `${year}-${String(month).padStart(2, '0')}`;
    if (current > last) return months;
    months.push(current);
    month += 1;
    if (month > 12) [year, month] = [year + 1, 1];
  }
}

const accessCodeSchema = z.object({ accessCode: z.string().trim().min(1, 'must not be empty').max(64, 'must be at most 64 characters') });

/**
 * Disclosure (公示, SPEC §3.8): a school publishes a snapshot of a term — service, fees, funds — that never changes
 * afterwards and anyone reads by its access code. Every figure is computed here at publication and stored.
 */
export function createDisclosureService(deps: DisclosureDeps) {
  const { disclosures, bills, stipendSheets, sessionsHeld, schools, terms, activities, contracts, providers, policy, calendar, audit, access } = deps;

  async function snapshot(schoolId: string, termId: string): Promise<DisclosureContent> {
    const [school, term, current] = await Promise.all([schools.get(schoolId), terms.get(termId), policy.current()]);
    if (!school) throw notFound('School', schoolId);
    if (!term || term.schoolId !== schoolId) throw badInput('termId', 'termId must be a term of this school');
    const months = monthsBetween(term.startDate, term.endDate);
    const heldMonths = months.filter((month) => month <= localDate().slice(0, 7));
    const [termCalendar, rows, termContracts, termBills, sheets, enrolledCount, sessions] = await Promise.all([
      calendar.forTerm(term),
      allRecords((after) => activities.list({ schoolId, termId, first: 100, after })),
      allRecords((after) => contracts.list({ schoolId, termId, first: 100, after })),
      bills.allOfSchoolBetween(schoolId, months[0]!, months[months.length - 1]!),
      stipendSheets.ofSchoolBetween(schoolId, months[0]!, months[months.length - 1]!),
      approvedCount(bills, schoolId, termId),
      Promise.all(heldMonths.map((month) => sessionsHeld.ofSchoolMonth(schoolId, month))).then((all) => all.flat()),
    ]);
    const active = rows.filter((activity) => activity.status === 'ACTIVE');
    const providerList = await providers.getMany([
      ...new Set([...active.map((a) => a.providerId), ...termContracts.map((c) => c.providerId)].filter((id): id is string => Boolean(id))),
    ]);
    const providerNames = new Map(providerList.filter((p) => p !== undefined).map((p) => [p!.id, p!.name]));
    const weekdayOrder: readonly string[] = weekdayValues;
    const sorted = [...active].sort((a, b) => weekdayOrder.indexOf(a.weekday) - weekdayOrder.indexOf(b.weekday) || a.startTime.localeCompare(b.startTime));
    const times = current.serviceDays
      .map((weekday) => {
        const ofDay = sorted.filter((activity) => activity.weekday === weekday);
        return ofDay.length
          ? {
              weekday,
              startTime: ofDay.map((a) => a.startTime).sort()[0]!,
              endTime: ofDay
                .map((a) => a.endTime)
                .sort()
                .at(-1)!,
            }
          : undefined;
      })
      .filter((entry): entry is NonNullable<typeof entry> => entry !== undefined);
    const contractById = new Map(termContracts.map((contract) => [contract.id, contract]));
    const activityContract = new Map(rows.map((activity) => [activity.id, activity.contractId]));
    // What the provider statements pay for these sessions: lines per contract and month, each rounded once (as
    // `providerStatement` computes them), so the disclosed sum equals the statements' lines to the fen.
    const heldFen = new Map<string, number>();
    for (const month of heldMonths) {
      const ofMonth = sessions.filter((session) => session.date.startsWith(month));
      const lines = statementLines(ofMonth, (session) => {
        const contract = contractById.get(session.contractId ?? activityContract.get(session.activityId) ?? '');
        if (!session.providerId || !contract || contract.providerId !== session.providerId) return undefined;
        return { id: contract.id, schoolId, rateFen: toFen(contract.ratePerHour) };
      });
      for (const line of lines) {
        const providerId = contractById.get(line.contractId)!.providerId;
        heldFen.set(providerId, (heldFen.get(providerId) ?? 0) + line.amountFen);
      }
    }
    const billsOfTerm = termBills.filter((bill) => bill.termId === termId);
    const stipendPaidFen = sumFen(sheets.map(sheetTotalFen));
    const fund = await bills.fundOf(schoolId, term.schoolYear);
    const shownContracts = termContracts.filter((contract) => contract.status !== 'DRAFT');
    return {
      schoolName: school.name,
      schoolYear: term.schoolYear,
      semester: term.semester,
      startDate: term.startDate,
      endDate: term.endDate,
      serviceDays: [...current.serviceDays],
      serviceDayCount: termCalendar.serviceDays().length,
      times,
      activities: sorted.map((activity) => ({
        weekday: activity.weekday,
        startTime: activity.startTime,
        endTime: activity.endTime,
        title: activity.title,
        category: activity.category,
        segment: activity.segment,
        venue: activity.venue,
        runBy: activity.providerId ? (providerNames.get(activity.providerId) ?? '校外机构') : '本校教师',
      })),
      feeModel: current.feeModel,
      monthlyFeeFen: current.feeModel === 'MONTHLY' && current.monthlyFee != null ? toFen(current.monthlyFee) : null,
      dailyFeeFen: current.feeModel === 'PER_DAY' && current.dailyFee != null ? toFen(current.dailyFee) : null,
      hardshipDiscountPercent: current.hardshipDiscountPercent,
      refundDeadlineDay: current.refundDeadlineDay ?? 10,
      enrolledCount,
      billCount: billsOfTerm.length,
      discountsGranted: billsOfTerm.filter((bill) => bill.discountFen > 0).length,
      waivedCount: billsOfTerm.filter((bill) => bill.status === 'WAIVED').length,
      billedFen: sumFen(billsOfTerm.map((bill) => bill.amountFen)),
      discountFen: sumFen(billsOfTerm.map((bill) => bill.discountFen)),
      refundFen: sumFen(billsOfTerm.map((bill) => bill.refundFen ?? 0)),
      stipendRateFen: toFen(current.teacherRatePerHour),
      stipendPaidFen,
      stipendMonths: sheets.map((sheet) => sheet.month),
      providers: [...new Set(shownContracts.map((contract) => contract.providerId))].map((providerId) => ({
        name: providerNames.get(providerId) ?? '校外机构',
        contracts: shownContracts
          .filter((contract) => contract.providerId === providerId)
          .map((contract) => ({
            serviceContent: contract.serviceContent,
            serviceMethod: contract.serviceMethod,
            ratePerHourFen: toFen(contract.ratePerHour),
            hours: contract.hours,
            totalAmountFen: toFen(contract.totalAmount),
            status: contract.status,
          })),
        heldAmountFen: heldFen.get(providerId) ?? 0,
      })),
      fundSchoolYear: term.schoolYear,
      fundAllocatedFen: fund?.amountFen ?? 0,
      fundSpentFen: stipendPaidFen + sumFen(heldFen.values()),
    };
  }

  return {
    /** Publishes a new immutable snapshot of the school's term (SCHOOL_ADMIN of it, or DISTRICT_ADMIN). */
    async publish(viewer: Viewer | null, schoolId: string, termId: string): Promise<DisclosureView> {
      const signedIn = requireSchoolAccess(viewer, schoolId);
      const content = await snapshot(schoolId, termId);
      const now = nowIso();
      const id = newId('Disclosure');
      const record = {
        id,
        version: 1,
        schoolId,
        termId,
        accessCode: randomToken(12),
        content: JSON.stringify(content),
        publishedBy: signedIn.sub,
        publishedAt: now,
        createdAt: now,
        updatedAt: now,
      };
      return disclosures.create(record, [
        audit.entry({
          viewer: signedIn,
          action: 'PUBLISH_DISCLOSURE',
          entityType: 'Disclosure',
          entityId: id,
          summary: summary('disclosure.published', { schoolYear: param.text(content.schoolYear), semester: param.enum('Semester', content.semester) }),
        }),
      ]);
    },

    /** One disclosure (by id) for a signed-in reader of it. */
    async get(viewer: Viewer | null, id: string): Promise<DisclosureView> {
      requireViewer(viewer);
      const found = await disclosures.get(id);
      if (!found) throw notFound('Disclosure', id);
      return access.require(viewer, 'Disclosure', found);
    },

    /** A school's disclosures, newest first: the district, the school, its teachers and its families. */
    async list(viewer: Viewer | null, input: PageArgs & { filter?: { schoolId?: string | null } | null }): Promise<Page<DisclosureView>> {
      const signedIn = requireRole(viewer, 'DISTRICT_ADMIN', 'SCHOOL_ADMIN', 'TEACHER', 'PARENT');
      pageSize(input.first);
      // A guardian's schools are their linked children's: one of them is the default, another school is refused (its
      // list, even its count, is not theirs to read — the public reads a disclosure by its code only).
      const familySchools = signedIn.role === 'PARENT' ? [...(await access.relationsOf(signedIn).guardianSchoolIds())] : [];
      const schoolId = input.filter?.schoolId ?? signedIn.schoolId ?? (familySchools.length === 1 ? familySchools[0] : undefined);
      if (!schoolId) throw badInput('schoolId', 'Give the school whose disclosures to list');
      if ((signedIn.role === 'SCHOOL_ADMIN' || signedIn.role === 'TEACHER') && schoolId !== signedIn.schoolId)
        throw forbidden('You may list your own school’s disclosures only');
      if (signedIn.role === 'PARENT' && !familySchools.includes(schoolId)) throw forbidden('You may list the disclosures of your children’s schools only');
      return access.page(signedIn, 'Disclosure', await disclosures.list({ schoolId, first: input.first, after: input.after }));
    },

    /** The published snapshot behind an access code, for anyone (NOT_FOUND for an unknown code). */
    async publicView(accessCode: string): Promise<DisclosureView> {
      const values = parseInput(accessCodeSchema, { accessCode });
      const found = await disclosures.byAccessCode(values.accessCode);
      if (!found) throw notFound('Disclosure', values.accessCode);
      return found;
    },
  };
}

export type DisclosureService = ReturnType<typeof createDisclosureService>;
