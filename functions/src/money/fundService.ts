import * as z from 'zod';
import type { AuditRepository } from '../audit/auditRepository';
import type { ComplianceMarks } from '../compliance/complianceMarks';
import { requireRole, requireSchoolAccess } from '../auth/access';
import type { Viewer } from '../auth/viewer';
import { nowIso } from '../core/clock';
import { badInput, versionConflict } from '../core/errors';
import { parseInput } from '../core/validation';
import { allRecords } from '../db/allRecords';
import type { PolicyService } from '../policy/policyService';
import type { SchoolRepository } from '../schools/schoolRepository';
import type { TermRepository } from '../terms/termRepository';
import type { FundAllocationRecord } from './billEntity';
import type { BillRepository } from './billRepository';
import { toFen } from './fees';
import { param, summary } from '../audit/auditSummaries';

/** Students with an APPROVED enrolment in a school's term (the operating fund's per-student basis). */
export async function approvedCount(bills: BillRepository, schoolId: string, termId: string): Promise<number> {
  const [enrolments, purged] = await Promise.all([bills.enrolmentsOf(schoolId, termId), bills.purgedEnrolments(schoolId, termId)]);
  // Children deleted by the retention job still count: they were enrolled (purgedEnrolmentEntity.ts).
  return new Set(enrolments.filter((enrolment) => enrolment.status === 'APPROVED').map((enrolment) => enrolment.studentId)).size + purged;
}

/** A school year's fund as the API shows it: allocated, required by the policy's minimum, enrolled students. */
export interface FundView {
  schoolId: string;
  schoolYear: string;
  version: number;
  amountFen: number;
  enrolledCount: number;
  requiredFen: number;
}

const fundSchema = z.object({
  schoolYear: z
    .string()
    .regex(/^(\d{4})-(\d{4})$/, 'must be a school year like 2026-2027')
    .refine((year) => Number(year.slice(5)) === Number(year.slice(0, 4)) + 1, 'must be two consecutive years, e.g. 2026-2027'),
  amount: z
    .number()
    .min(0, 'must not be negative')
    .max(100_000_000, 'is too large')
    .refine((value) => Math.round(value * 100) === value * 100, 'takes at most two decimals (yuan and fen)'),
});

/** Operating funds (运转经费, SPEC §3.8): the district sets them per school and year; below the minimum is flagged. */
export function createFundService(deps: {
  bills: BillRepository;
  terms: TermRepository;
  schools: SchoolRepository;
  policy: PolicyService;
  audit: AuditRepository;
  complianceMarks: ComplianceMarks;
}) {
  const { bills, terms, schools, policy, audit, complianceMarks } = deps;

  /** Students enrolled in the year: the largest number with an APPROVED enrolment in any one of its terms. */
  async function enrolledCount(schoolId: string, schoolYear: string): Promise<number> {
    const yearTerms = await allRecords((after) => terms.list({ schoolId, schoolYear, first: 100, after }));
    const counts = await Promise.all(yearTerms.map((term) => approvedCount(bills, schoolId, term.id)));
    return Math.max(0, ...counts);
  }

  /** The fund of a school's year with its minimum (no access check: compliance and the dashboard call it). */
  async function status(schoolId: string, schoolYear: string): Promise<FundView> {
    const [fund, count, current] = await Promise.all([bills.fundOf(schoolId, schoolYear), enrolledCount(schoolId, schoolYear), policy.current()]);
    return {
      schoolId,
      schoolYear,
      version: fund?.version ?? 0,
      amountFen: fund?.amountFen ?? 0,
      enrolledCount: count,
      requiredFen: toFen(current.operatingFundPerStudentYear) * count,
    };
  }

  return {
    status,

    /** The fund of a school and year (DISTRICT_ADMIN, or that school's admin). */
    async get(viewer: Viewer | null, schoolId: string, schoolYear: string): Promise<FundView> {
      requireSchoolAccess(viewer, schoolId);
      parseInput(fundSchema.pick({ schoolYear: true }), { schoolYear });
      return status(schoolId, schoolYear);
    },

    /** Sets the allocation (DISTRICT_ADMIN), under the version read. */
    async set(viewer: Viewer | null, schoolId: string, schoolYear: string, amount: number, expectedVersion?: number | null): Promise<FundView> {
      const signedIn = requireRole(viewer, 'DISTRICT_ADMIN');
      const values = parseInput(fundSchema, { schoolYear, amount });
      if (!(await schools.get(schoolId))) throw badInput('schoolId', `School ${schoolId} does not exist`);
      const previous = await bills.fundOf(schoolId, values.schoolYear);
      const version = previous?.version ?? 0;
      if (expectedVersion != null && expectedVersion !== version)
        throw versionConflict('FundAllocation', `${schoolId}/${schoolYear}`, expectedVersion, version);
      const now = nowIso();
      const next: FundAllocationRecord = {
        schoolId,
        schoolYear: values.schoolYear,
        amountFen: toFen(values.amount),
        version: version + 1,
        setBy: signedIn.sub,
        createdAt: previous?.createdAt ?? now,
        updatedAt: now,
      };
      // The compliance reports of the year's terms read the fund: mark them in the same transaction.
      const yearTerms = await allRecords((after) => terms.list({ schoolId, schoolYear: values.schoolYear, first: 100, after }));
      await bills.saveFund(next, previous ? version : undefined, [
        ...complianceMarks.steps(yearTerms.map((term) => ({ schoolId, termId: term.id }))),
        audit.entry({
          viewer: signedIn,
          action: 'SET_FUND',
          entityType: 'School',
          entityId: schoolId,
          summary: summary('fund.set', { schoolYear: param.text(values.schoolYear), amount: param.yuan(Math.round(values.amount * 100)) }),
          before: previous,
          after: next,
        }),
      ]);
      return status(schoolId, values.schoolYear);
    },
  };
}

export type FundService = ReturnType<typeof createFundService>;
