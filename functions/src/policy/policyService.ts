// Namespace import: lets esbuild leave zod's locale bundle out of the Lambda.
import * as z from 'zod';
import { requireRole, requireViewer } from '../auth/access';
import type { Viewer } from '../auth/viewer';
import { nowIso } from '../core/clock';
import { badInput } from '../core/errors';
import { definedOnly, localTime, parseInput, text } from '../core/validation';
import { defaultPolicyValues, unsavedDefaultPolicy } from './defaultPolicy';
import { feeModels, weekdays, type DistrictPolicyRecord } from './policyEntity';
import type { PolicyRepository } from './policyRepository';
import type { AuditRepository } from '../audit/auditRepository';
import { summary } from '../audit/auditSummaries';

const yuan = z
  .number()
  .min(0, 'must not be negative')
  .max(1_000_000, 'is too large')
  .refine((value) => Math.round(value * 100) === value * 100, 'takes at most two decimals (yuan and fen)');

/** `MM-DD`, a day of any year (02-29 included): the summer period recurs every year. */
const monthDay = z
  .string()
  .regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'must be a day of the year MM-DD, e.g. 05-01')
  .refine(
    (value) => !Number.isNaN(Date.parse(`2028-${value}T00:00:00Z`)) && new Date(`2028-${value}T00:00:00Z`).toISOString().slice(5, 10) === value,
    'is not a day of the year',
  );

const weight = z.number().int().min(0, 'must not be negative').max(100, 'is at most 100');

const policyInputSchema = z.object({
  serviceDays: z
    .array(z.enum(weekdays))
    .min(1, 'needs at least one day')
    .transform((days) => weekdays.filter((day) => days.includes(day)))
    .optional(),
  minDailyMinutes: z.number().int().min(0).max(720, 'must be at most 720 (12 hours)').optional(),
  lateCareEndsNotBefore: localTime.optional(),
  feeModel: z.enum(feeModels).optional(),
  monthlyFee: yuan.nullish(),
  dailyFee: yuan.nullish(),
  refundDeadlineDay: z.number().int().min(1, 'is a day of the month (1–28)').max(28, 'is a day of the month (1–28), so every month has it').optional(),
  hardshipDiscountPercent: z.number().int().min(0).max(100, 'is a percentage (0–100)').optional(),
  teacherRatePerHour: yuan.optional(),
  operatingFundPerStudentYear: yuan.optional(),
  outsideProvidersAllowed: z.boolean().optional(),
  minHomeworkGroupSize: z.number().int().min(1).max(100).optional(),
  evaluationExitThreshold: z.number().int().min(0).max(100, 'is a score (0–100)').optional(),
  // Rounded to 4 decimals: a share needs no more, and DynamoDB cannot store magnitudes below 1e-130 (e.g. 5e-324).
  satisfactionExitRate: z
    .number()
    .min(0)
    .max(1, 'is a share between 0 and 1')
    .transform((value) => Math.round(value * 10_000) / 10_000)
    .optional(),
  reentryAfterMonths: z.number().int().min(0).max(120).optional(),
  studentDataRetentionMonths: z.number().int().min(1, 'must be at least 1 month').max(120, 'must be at most 120 months').optional(),
  careAgreement: text(4000).optional(),
  // Compliance and supervision (issue 15): null clears an optional limit.
  serviceEndsBy: localTime.nullish(),
  summerServiceEndsBy: localTime.nullish(),
  summerFrom: monthDay.nullish(),
  summerTo: monthDay.nullish(),
  schoolScoreWeights: z
    .object({ inspection: weight, compliance: weight, satisfaction: weight })
    .refine((w) => w.inspection + w.compliance + w.satisfaction > 0, 'needs at least one weight above 0')
    .optional(),
  overdueFindingPenalty: z.number().int().min(0).max(100, 'is a number of points (0–100)').optional(),
});

const withDefaults = (stored: DistrictPolicyRecord): DistrictPolicyRecord => ({
  ...stored,
  schoolScoreWeights: stored.schoolScoreWeights ?? defaultPolicyValues.schoolScoreWeights,
  overdueFindingPenalty: stored.overdueFindingPenalty ?? defaultPolicyValues.overdueFindingPenalty,
  studentDataRetentionMonths: stored.studentDataRetentionMonths ?? defaultPolicyValues.studentDataRetentionMonths,
  refundDeadlineDay: stored.refundDeadlineDay ?? defaultPolicyValues.refundDeadlineDay,
});

/** The summer limit needs its period and a normal limit to extend; all limits are end times of the day. */
function supervisionProblem(policy: DistrictPolicyRecord): { field: string; message: string } | undefined {
  if (policy.summerServiceEndsBy) {
    if (!policy.serviceEndsBy) return { field: 'serviceEndsBy', message: 'serviceEndsBy is required when summerServiceEndsBy is set' };
    if (!policy.summerFrom) return { field: 'summerFrom', message: 'summerFrom is required when summerServiceEndsBy is set' };
    if (!policy.summerTo) return { field: 'summerTo', message: 'summerTo is required when summerServiceEndsBy is set' };
  }
  return undefined;
}

export function createPolicyService(deps: { policies: PolicyRepository; audit: AuditRepository }) {
  const { policies, audit } = deps;

  async function current(): Promise<DistrictPolicyRecord> {
    const stored = await policies.get();
    // Fields added after a policy was saved read as their defaults until the district changes them.
    const policy = stored ? withDefaults(stored) : unsavedDefaultPolicy(nowIso());
    return policy.careAgreement ? policy : { ...policy, careAgreement: (await import('./careAgreement')).DEFAULT_CARE_AGREEMENT };
  }

  return {
    /** The district policy; every signed-in user may read it. */
    async get(viewer: Viewer | null): Promise<DistrictPolicyRecord> {
      requireViewer(viewer);
      return current();
    },

    /** Policy without access check, for other services (compliance, triggers). */
    current,

    /** Saves new policy values (district admins), if the version still matches. */
    async update(viewer: Viewer | null, input: unknown, expectedVersion: number): Promise<DistrictPolicyRecord> {
      const signedIn = requireRole(viewer, 'DISTRICT_ADMIN');
      const changes = definedOnly(parseInput(policyInputSchema, input));
      const previous = await current();
      const next = { ...previous, ...changes, version: expectedVersion + 1, updatedAt: nowIso() } as DistrictPolicyRecord;
      if (next.feeModel === 'MONTHLY' && next.monthlyFee == null) {
        throw badInput('monthlyFee', 'monthlyFee is required when feeModel is MONTHLY', { reason: 'MONTHLY_FEE_REQUIRED' });
      }
      if (next.feeModel === 'PER_DAY' && next.dailyFee == null) {
        throw badInput('dailyFee', 'dailyFee is required when feeModel is PER_DAY');
      }
      if (next.feeModel === 'FREE') next.monthlyFee = undefined;
      next.monthlyFee ??= undefined;
      next.dailyFee ??= undefined;
      // Families apply voluntarily (篇二): the agreement they are shown must not pressure them. The checker (with
      // OpenCC's dictionaries) is loaded here, on a policy save, not at every cold start: the policy service is not lazy.
      const { findCoerciveWording } = await import('../surveys/coerciveWording');
      const coercive = findCoerciveWording({ careAgreement: next.careAgreement });
      if (coercive.length > 0) {
        throw badInput(
          'careAgreement',
          `The care agreement contains coercive wording: ${coercive.map((finding) => `“${finding.phrase}”（${finding.reason}）`).join('；')}`,
          { phrases: coercive },
        );
      }
      const supervision = supervisionProblem(next);
      if (supervision) throw badInput(supervision.field, supervision.message);
      for (const field of ['serviceEndsBy', 'summerServiceEndsBy', 'summerFrom', 'summerTo'] as const) next[field] ??= undefined;
      return policies.save(next, expectedVersion, [
        audit.entry({
          viewer: signedIn,
          action: 'UPDATE',
          entityType: 'DistrictPolicy',
          entityId: next.id,
          summary: summary('policy.updated'),
          before: previous,
          after: next,
        }),
      ]);
    },
  };
}

export type PolicyService = ReturnType<typeof createPolicyService>;
