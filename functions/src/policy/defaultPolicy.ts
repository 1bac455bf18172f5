import type { DistrictPolicyRecord } from './policyEntity';
import { DISTRICT_POLICY_ID } from './policyEntity';

/**
 * The policy a new deployment starts with: the "5+2" rules of seed part 二 (five service days, at least two
 * hours a day, late care until 18:00, free of charge, teacher stipend 85 元/hour, 100 元 per student and year,
 * non-academic outside providers allowed, homework groups of at least 20).
 */
export const defaultPolicyValues: Omit<DistrictPolicyRecord, 'id' | 'version' | 'createdAt' | 'updatedAt'> = {
  serviceDays: ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'],
  minDailyMinutes: 120,
  lateCareEndsNotBefore: '18:00',
  feeModel: 'FREE',
  monthlyFee: undefined,
  // Money (issue 14): PER_DAY bills `dailyFee` per service day; a withdrawal taking effect on or before this day of
  // the month refunds that month in full, a later one pro rata by the unused service days (see money/fees.ts).
  dailyFee: undefined,
  refundDeadlineDay: 10,
  hardshipDiscountPercent: 50,
  teacherRatePerHour: 85,
  operatingFundPerStudentYear: 100,
  outsideProvidersAllowed: true,
  minHomeworkGroupSize: 20,
  evaluationExitThreshold: 60,
  satisfactionExitRate: 0.6,
  reentryAfterMonths: 12,
  studentDataRetentionMonths: 12,
  // Compliance and supervision (issue 15): no end-of-service limit by default (seed part 五 sets 17:00, summer
  // 17:30); school term scores weigh inspections 40, compliance 30, satisfaction 30; an overdue finding costs 5.
  serviceEndsBy: undefined,
  summerServiceEndsBy: undefined,
  summerFrom: undefined,
  summerTo: undefined,
  schoolScoreWeights: { inspection: 40, compliance: 30, satisfaction: 30 },
  overdueFindingPenalty: 5,
};

/**
 * The policy as read before anyone saved one: version 0, so the first update passes `expectedVersion: 0`. The
 * policy service adds the default care agreement (careAgreement.ts).
 */
export function unsavedDefaultPolicy(now: string): DistrictPolicyRecord {
  return { id: DISTRICT_POLICY_ID, version: 0, ...defaultPolicyValues, createdAt: now, updatedAt: now };
}
