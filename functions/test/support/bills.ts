import { applicationEntity } from '../../src/enrolment/applicationEntity';
import type { TestApi } from './api';
import { ok } from './people';

/** Bill fields the money tests read. */
export const BILL_FIELDS =
  'id version studentId schoolId month feeModel unitFee enrolledDays billedDays hardship fullAmount discount amount refund netAmount refundReference status paymentReference waivedReason';
export const GENERATE_BILLS =
  'mutation($s: ID!, $m: String!) { generateBills(schoolId: $s, month: $m) { schoolId month createdCount billCount refundedCount totalAmount } }';
export const BILLS = `query($f: BillFilter, $first: Int) { bills(filter: $f, first: $first) { totalCount nodes { ${BILL_FIELDS} } } }`;

/** Changes the district policy under the version it has now. */
export async function setPolicy(api: TestApi, input: Record<string, unknown>) {
  const { version } = await ok<{ version: number }>(api, '{ districtPolicy { version } }');
  return ok(
    api,
    'mutation($i: DistrictPolicyInput!, $v: Int!) { updateDistrictPolicy(input: $i, expectedVersion: $v) { version feeModel monthlyFee dailyFee refundDeadlineDay } }',
    { i: input, v: version },
  );
}

/** Test data only: the family applied and the school approved at `decidedAt` (the workflow stamps today). */
export async function approvedOn(api: TestApi, applicationId: string, decidedAt: string) {
  const entity = applicationEntity(api.db);
  const { data } = await entity.get({ id: applicationId }).go();
  const { termId, status, rank, classId, studentId, schoolId } = data!;
  // submittedAt is part of the queue keys: ElectroDB rebuilds them from the composite values given here.
  await entity.patch({ id: applicationId }).composite({ termId, status, rank, classId, studentId, schoolId }).set({ decidedAt, submittedAt: decidedAt }).go();
}

// `any` on purpose: GraphQL response data read by field name; the query fixes the shape, the test asserts it.
export const billsOf = async (api: TestApi, schoolId: string, month: string) =>
  (await ok<{ totalCount: number; nodes: Record<string, any>[] }>(api, BILLS, { f: { schoolId, month }, first: 100 })).nodes;
