import { applicationEntity } from '../../src/enrolment/applicationEntity';
import { schoolAdminOf, type TestApi } from './api';
import { createSchool, createTerm } from './domain';
import { createClass, createStaff, createStudent, enrol, ok, teacherOf } from './people';

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

// `any` on purpose: GraphQL response data (or a CloudFormation template) read by field name; the query fixes the shape, the test asserts it.
export const billsOf = async (api: TestApi, schoolId: string, month: string) =>
  (await ok<{ totalCount: number; nodes: Record<string, any>[] }>(api, BILLS, { f: { schoolId, month }, first: 100 })).nodes;

/**
 * A school whose autumn 2026 term has Monday 2026-11-16 as a holiday and Saturday 2026-11-14 as a make-up day running
 * Monday's timetable, ending in July 2027 (`term` overrides the rest), a class, and `child()` to enrol a child for some weekdays, approved at
 * `approvedAt` (1 September by default).
 */
export async function calendarSchool(api: TestApi, term: Record<string, unknown> = {}) {
  const school = await createSchool(api, { pickupSlots: [{ grades: [1, 2, 3, 4, 5, 6], times: ['17:00', '17:30'] }] });
  const created = await createTerm(api, school.id, {
    endDate: '2027-07-10',
    excludedDates: ['2026-11-16'],
    makeUpDays: [{ date: '2026-11-14', timetableWeekday: 'MONDAY', note: '调休补课' }],
    ...term,
  });
  const teacher = await createStaff(api, school.id, { duties: ['CLASS_TEACHER', 'TEACHER'] });
  const schoolClass = await createClass(api, school.id, { classTeacherId: teacher.id });
  const child = async (hardship: boolean, days: string[], approvedAt = '2026-09-01T01:00:00.000Z') => {
    const student = await createStudent(api, schoolClass.id, { hardship });
    const application = await enrol(api, student.id, created.id, { days });
    await approvedOn(api, application.id, approvedAt);
    return { studentId: student.id as string, applicationId: application.id, student };
  };
  return {
    schoolId: school.id as string,
    termId: created.id as string,
    classId: schoolClass.id as string,
    admin: schoolAdminOf(school.id),
    teacher: { ...teacher, viewer: teacherOf(teacher.id, school.id) },
    child,
  };
}
