// Namespace import: lets esbuild leave zod's locale bundle out of the Lambda.
import * as z from 'zod';
import { requireRole, requireViewer } from '../auth/access';
import type { Viewer } from '../auth/viewer';
import { nowIso } from '../core/clock';
import { badInput } from '../core/errors';
import { definedOnly, localTime, parseInput } from '../core/validation';
import { unsavedDefaultPolicy } from './defaultPolicy';
import { feeModels, weekdays, type DistrictPolicyRecord } from './policyEntity';
import type { PolicyRepository } from './policyRepository';
import type { AuditRepository } from '../audit/auditRepository';

const yuan = z
  .number()
  .min(0, 'must not be negative')
  .max(1_000_000, 'is too large')
  .refine((value) => Math.round(value * 100) === value * 100, 'takes at most two decimals (yuan and fen)');

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
});

export function createPolicyService(deps: { policies: PolicyRepository; audit: AuditRepository }) {
  const { policies, audit } = deps;

  async function current(): Promise<DistrictPolicyRecord> {
    return (await policies.get()) ?? unsavedDefaultPolicy(nowIso());
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
        throw badInput('monthlyFee', 'monthlyFee is required when feeModel is MONTHLY');
      }
      if (next.feeModel === 'FREE') next.monthlyFee = undefined;
      return policies.save(next, expectedVersion, [
        audit.entry({ viewer: signedIn, action: 'UPDATE', entityType: 'DistrictPolicy', entityId: next.id, summary: '修改区级课后服务政策', before: previous, after: next }),
      ]);
    },
  };
}

export type PolicyService = ReturnType<typeof createPolicyService>;
