import type { DashboardQuery, SurveyFieldsFragment, SurveyResultFiguresFragment } from '../generated/graphql';
import type { PublicSurvey } from '../publicSurvey/publicApi';

/** Small fake surveys, results and dashboards shaped like the API's (with Apollo's `__typename`). */
export function aSurvey(overrides: Partial<SurveyFieldsFragment> = {}): SurveyFieldsFragment & { __typename: 'Survey' } {
  return {
    __typename: 'Survey',
    id: 'srv_1',
    version: 2,
    title: '课后服务满意度调查',
    intro: '本问卷匿名填写，自愿参加。',
    kind: 'SATISFACTION',
    scope: 'DISTRICT',
    scopeId: null,
    termId: null,
    schoolId: null,
    status: 'DRAFT',
    accessCode: 'abcdefghij0123456789',
    questions: [
      { id: 'q1', kind: 'RATING', text: '您对课后服务的总体满意度', options: [], required: true },
      { id: 'q2', kind: 'SINGLE_CHOICE', text: '孩子最喜欢的活动', options: ['体育', '艺术'], required: true },
      { id: 'q3', kind: 'TEXT', text: '其他意见', options: [], required: false },
    ],
    previousSurveyId: null,
    responseCount: 0,
    openedAt: null,
    closedAt: null,
    createdAt: '2026-09-01T00:00:00.000Z',
    updatedAt: '2026-09-01T00:00:00.000Z',
    ...overrides,
  };
}

export function someResultFigures(overrides: Partial<SurveyResultFiguresFragment> = {}): SurveyResultFiguresFragment {
  return {
    surveyId: 'srv_1',
    responseCount: 10,
    satisfactionRate: 0.6,
    questions: [
      {
        questionId: 'q1',
        text: '您对课后服务的总体满意度',
        kind: 'RATING',
        responseCount: 10,
        meanRating: 3.8,
        satisfactionRate: 0.6,
        options: ['1', '2', '3', '4', '5'].map((label, i) => ({ label, count: [0, 1, 3, 4, 2][i] })),
      },
      {
        questionId: 'q2',
        text: '孩子最喜欢的活动',
        kind: 'SINGLE_CHOICE',
        responseCount: 10,
        meanRating: null,
        satisfactionRate: null,
        options: [
          { label: '体育', count: 6 },
          { label: '艺术', count: 4 },
        ],
      },
      { questionId: 'q3', text: '其他意见', kind: 'TEXT', responseCount: 2, meanRating: null, satisfactionRate: null, options: [] },
    ],
    groups: [],
    ...overrides,
  };
}

export function somePublicSurvey(overrides: Partial<PublicSurvey> = {}): PublicSurvey {
  const survey = aSurvey({ status: 'OPEN' });
  return {
    accessCode: survey.accessCode,
    title: survey.title,
    intro: survey.intro,
    kind: survey.kind,
    status: 'OPEN',
    questions: survey.questions,
    asksForSchool: true,
    schoolOptions: [
      { id: 'sch_1', name: '实验小学' },
      { id: 'sch_2', name: '城关中学' },
    ],
    ...overrides,
  };
}

export function aDashboard(overrides: Partial<DashboardQuery['dashboard'] & { id: string }> = {}): DashboardQuery['dashboard'] & { id: string } {
  return {
    id: 'district',
    schoolId: null,
    schoolsWithComplianceProblems: [{ schoolId: 'sch_4', schoolName: '育才民办小学', termId: 'trm_4', issueCount: 2 }],
    providersByStatus: [
      { status: 'APPLIED', count: 1 },
      { status: 'APPROVED', count: 3 },
      { status: 'EXITED', count: 0 },
    ],
    contractsExpiringSoon: 2,
    qualificationsExpiringSoon: 1,
    weakEvaluations: [
      {
        id: 'evl_1',
        providerId: 'prv_1',
        schoolId: 'sch_1',
        kind: 'SPOT_CHECK',
        date: '2026-11-05',
        total: 55,
        provider: { id: 'prv_1', name: '墨香书法艺术工作室' },
        school: { id: 'sch_1', name: '东湖九年一贯制学校' },
      },
    ],
    openExitCases: 1,
    satisfactionSurveyId: 'srv_1',
    satisfactionBySchool: [{ schoolId: 'sch_1', schoolName: '实验小学', responseCount: 625, satisfactionRate: 0.58 }],
    overdueFindingCount: 1,
    overdueFindings: [
      {
        inspectionId: 'isp_1',
        schoolId: 'sch_4',
        schoolName: '育才民办小学',
        findingId: 'f_1',
        item: '周三课后服务不足 2 小时',
        severity: 'HIGH',
        rectifyBy: '2026-11-20',
        daysOverdue: 10,
      },
    ],
    ...overrides,
  };
}
