import { changedFields } from '../dataProvider/changes';
import type { CoversAll } from '../dataProvider/connection';
import { operation, type ResourceApi } from '../dataProvider/operation';
import { DistrictPolicyDocument, UpdateDistrictPolicyDocument, type DistrictPolicyInput } from '../generated/graphql';

/** There is one policy per deployment; the console addresses it with this fixed id. */
export const POLICY_ID = 'current';

const policyFields = [
  'serviceDays',
  'minDailyMinutes',
  'lateCareEndsNotBefore',
  'feeModel',
  'monthlyFee',
  'dailyFee',
  'refundDeadlineDay',
  'hardshipDiscountPercent',
  'teacherRatePerHour',
  'operatingFundPerStudentYear',
  'outsideProvidersAllowed',
  'minHomeworkGroupSize',
  'evaluationExitThreshold',
  'satisfactionExitRate',
  'reentryAfterMonths',
  'studentDataRetentionMonths',
  'careAgreement',
  // Compliance and supervision (issue 15)
  'serviceEndsBy',
  'summerServiceEndsBy',
  'summerFrom',
  'summerTo',
  'schoolScoreWeights',
  'overdueFindingPenalty',
] as const;
// Fails to compile when the SDL gains a policy field the console does not send yet.
const checkFields: CoversAll<DistrictPolicyInput, typeof policyFields> = policyFields;
void checkFields;

export function policyChanges(data: Record<string, unknown>, previous: Record<string, unknown>): DistrictPolicyInput {
  return changedFields(data, previous, policyFields) as DistrictPolicyInput;
}

// The record keeps the fixed id so react-admin's cache entry for the page matches what the API returns.
const asRecord = <T extends { id: string }>(policy: T) => ({ ...policy, id: POLICY_ID, policyId: policy.id });

export const policyApi: ResourceApi = {
  one: () => operation(DistrictPolicyDocument, {}, (d) => asRecord(d.districtPolicy)),
  changes: policyChanges,
  update: (_id, data, previous) =>
    operation(UpdateDistrictPolicyDocument, { input: policyChanges(data, previous), expectedVersion: Number(previous.version) }, (d) =>
      asRecord(d.updateDistrictPolicy),
    ),
};
