import type { DistrictPolicyFieldsFragment, SchoolFieldsFragment, TermFieldsFragment } from '../generated/graphql';

/** Small fake records shaped like the API's, with `__typename` as Apollo delivers them. */
export function aSchool(overrides: Partial<SchoolFieldsFragment> = {}): SchoolFieldsFragment & { __typename: 'School' } {
  return {
    __typename: 'School',
    id: 'sch_1',
    version: 3,
    name: '实验小学',
    code: 'XX001',
    type: 'PRIMARY',
    ownership: 'PUBLIC',
    address: '解放路 1 号',
    grades: [1, 2, 3, 4, 5, 6],
    studentCount: 1200,
    principal: '王校长',
    leadershipGroup: [{ role: 'LEADER', name: '王校长', title: '校长' }],
    pickupSlots: [
      { grades: [1, 2], times: ['16:00', '17:00', '17:30'] },
      { grades: [3, 4, 5, 6], times: ['17:00', '17:30'] },
    ],
    createdAt: '2026-08-01T00:00:00.000Z',
    updatedAt: '2026-08-02T00:00:00.000Z',
    ...overrides,
  };
}

export function aTerm(overrides: Partial<TermFieldsFragment> = {}): TermFieldsFragment & { __typename: 'Term' } {
  return {
    __typename: 'Term',
    id: 'trm_1',
    version: 1,
    schoolId: 'sch_1',
    schoolYear: '2026-2027',
    semester: 1,
    startDate: '2026-09-01',
    endDate: '2027-01-20',
    excludedDates: ['2026-10-01'],
    makeUpDays: [{ date: '2026-10-10', timetableWeekday: 'FRIDAY', note: '国庆调休' }],
    createdAt: '2026-08-01T00:00:00.000Z',
    updatedAt: '2026-08-01T00:00:00.000Z',
    ...overrides,
  };
}

export function aPolicy(overrides: Partial<DistrictPolicyFieldsFragment> = {}): DistrictPolicyFieldsFragment {
  return {
    id: 'pol_1',
    version: 7,
    serviceDays: ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'],
    minDailyMinutes: 120,
    lateCareEndsNotBefore: '18:00',
    feeModel: 'MONTHLY',
    monthlyFee: 80,
    dailyFee: null,
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
    careAgreement: '本人自愿为孩子申请参加学校课后服务，可随时申请退出。',
    serviceEndsBy: null,
    summerServiceEndsBy: null,
    summerFrom: null,
    summerTo: null,
    schoolScoreWeights: { inspection: 40, compliance: 30, satisfaction: 30 },
    overdueFindingPenalty: 5,
    createdAt: '2026-08-01T00:00:00.000Z',
    updatedAt: '2026-08-01T00:00:00.000Z',
    ...overrides,
  };
}

/** A connection page as the API returns it. */
export function aConnection<Row>(nodes: Row[], { totalCount = nodes.length, hasNextPage = false, endCursor = nodes.length ? `c${nodes.length}` : null } = {}) {
  return {
    nodes,
    pageInfo: { hasNextPage, hasPreviousPage: false, endCursor },
    totalCount,
  };
}

/** A GraphQL error of the contract, as it appears in a response's `errors`. */
export function aGraphQLError(code: string, message = `${code} happened`, extensions: Record<string, unknown> = {}) {
  return { message, extensions: { code, ...extensions } };
}
