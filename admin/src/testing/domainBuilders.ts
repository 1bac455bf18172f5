import type {
  ActivityFieldsFragment,
  AuditEventFieldsFragment,
  AuditValueFieldsFragment,
  ContractFieldsFragment,
  EvaluationFieldsFragment,
  ProviderExitFieldsFragment,
  ProviderFieldsFragment,
} from '../generated/graphql';

/** Small fake records of the domain core, shaped like the API's (with Apollo's `__typename`). */
export function anActivity(overrides: Partial<ActivityFieldsFragment> = {}): ActivityFieldsFragment & { __typename: 'Activity' } {
  return {
    __typename: 'Activity',
    id: 'act_1',
    version: 2,
    schoolId: 'sch_1',
    termId: 'trm_1',
    weekday: 'WEDNESDAY',
    startTime: '15:30',
    endTime: '16:30',
    title: '足球社团',
    category: 'SPORTS',
    venue: '操场',
    segment: 'GRADE',
    staffName: '刘建华',
    staffId: null,
    providerId: 'prv_1',
    contractId: 'ctr_1',
    grades: [3, 4],
    capacity: 30,
    enrolledCount: 24,
    status: 'ACTIVE',
    durationMinutes: 60,
    provider: { id: 'prv_1', name: '绿茵少儿足球俱乐部' },
    createdAt: '2026-08-01T00:00:00.000Z',
    updatedAt: '2026-08-02T00:00:00.000Z',
    ...overrides,
  };
}

export function aProvider(overrides: Partial<ProviderFieldsFragment> = {}): ProviderFieldsFragment & { __typename: 'Provider' } {
  return {
    __typename: 'Provider',
    id: 'prv_1',
    version: 4,
    name: '绿茵少儿足球俱乐部',
    creditCode: '91330100MA2AAAAA1X',
    kind: 'SOCIAL_PROFESSIONAL',
    status: 'APPROVED',
    contactName: '刘建华',
    contactPhone: '13800000000',
    address: null,
    serviceCategories: ['SPORTS'],
    qualifications: [
      {
        id: 'q_1',
        certificateType: '营业执照',
        number: 'YY-001',
        issuer: '市场监督管理局',
        validFrom: '2024-01-01',
        validTo: '2029-12-31',
        documentId: null,
        validToday: true,
      },
    ],
    staff: [{ name: '刘建华', role: '足球教练', certificates: [] }],
    standing: { latestScore: 92, latestEvaluationDate: '2026-10-10', averageScore: 90, evaluationCount: 2, bySchool: [] },
    reviewComment: null,
    reentryDate: null,
    createdAt: '2026-08-01T00:00:00.000Z',
    updatedAt: '2026-08-02T00:00:00.000Z',
    ...overrides,
  };
}

export function aContract(overrides: Partial<ContractFieldsFragment> = {}): ContractFieldsFragment & { __typename: 'Contract' } {
  return {
    __typename: 'Contract',
    id: 'ctr_1',
    version: 3,
    schoolId: 'sch_1',
    providerId: 'prv_1',
    termId: 'trm_1',
    status: 'ACTIVE',
    serviceMethod: '每周三下午校内授课',
    serviceContent: '足球社团训练',
    safetyMeasures: '人身意外保险',
    ratePerHour: 85,
    hours: 40,
    totalAmount: 3400,
    startDate: '2026-09-01',
    endDate: '2027-01-20',
    activityIds: ['act_1'],
    signedDocumentId: null,
    signedAt: '2026-08-20T00:00:00.000Z',
    activatedAt: '2026-08-21T00:00:00.000Z',
    terminatedAt: null,
    terminationReason: null,
    terminatedByExitId: null,
    school: { id: 'sch_1', name: '实验小学' },
    provider: { id: 'prv_1', name: '绿茵少儿足球俱乐部', status: 'APPROVED' },
    term: { id: 'trm_1', schoolYear: '2026-2027', semester: 1 },
    createdAt: '2026-08-01T00:00:00.000Z',
    updatedAt: '2026-08-21T00:00:00.000Z',
    ...overrides,
  };
}

export function anEvaluation(overrides: Partial<EvaluationFieldsFragment> = {}): EvaluationFieldsFragment & { __typename: 'Evaluation' } {
  return {
    __typename: 'Evaluation',
    id: 'evl_1',
    version: 1,
    providerId: 'prv_1',
    schoolId: 'sch_1',
    kind: 'SPOT_CHECK',
    date: '2026-11-05',
    evaluator: '王老师',
    scores: [
      { criterion: 'STANDARDISATION', score: 50 },
      { criterion: 'SAFETY', score: 60 },
    ],
    total: 55,
    findings: '教师多次迟到',
    supersedesId: null,
    supersededById: null,
    provider: { id: 'prv_1', name: '绿茵少儿足球俱乐部' },
    school: { id: 'sch_1', name: '实验小学' },
    createdAt: '2026-11-05T08:00:00.000Z',
    ...overrides,
  };
}

type Affected = ProviderExitFieldsFragment['affectedActivities'][number];

export function anAffectedActivity(overrides: Partial<Affected> = {}): Affected {
  return {
    activityId: 'act_1',
    activity: { id: 'act_1', termId: 'trm_1', venue: '操场', staffName: '刘建华', status: 'ACTIVE' },
    schoolId: 'sch_1',
    title: '足球社团',
    weekday: 'WEDNESDAY',
    startTime: '15:30',
    endTime: '16:30',
    resolution: 'UNRESOLVED',
    toProviderId: null,
    toContractId: null,
    toStaffName: null,
    notice: { schoolId: 'sch_1', grades: [3, 4], enrolledCount: 24, message: '各位家长：周三足球社团将调整……' },
    ...overrides,
  };
}

export function anExit(overrides: Partial<ProviderExitFieldsFragment> = {}): ProviderExitFieldsFragment & { __typename: 'ProviderExit' } {
  return {
    __typename: 'ProviderExit',
    id: 'pex_1',
    version: 2,
    providerId: 'prv_1',
    provider: { id: 'prv_1', name: '绿茵少儿足球俱乐部', status: 'EXITING' },
    status: 'APPROVED',
    trigger: 'LOW_EVALUATION',
    reason: '评价总分 55 低于退出阈值 60',
    reasonCode: 'EVALUATION_BELOW_THRESHOLD',
    reasonParams: { evaluationTotal: 55, evaluationThreshold: 60, satisfactionRate: null, satisfactionThreshold: null },
    evidence: [
      {
        kind: 'EVALUATION',
        refId: 'evl_1',
        summary: '2026-11-05 随机抽查 55 分：',
        params: {
          date: '2026-11-05',
          evaluationKind: 'SPOT_CHECK',
          total: 55,
          findings: '',
          responseCount: null,
          satisfactionRate: null,
          certificateType: null,
          certificateNumber: null,
          validTo: null,
        },
        addedAt: '2026-11-05T08:00:00.000Z',
      },
    ],
    schoolId: null,
    openedBy: 'system',
    decisionComment: '同意',
    decidedAt: '2026-11-06T08:00:00.000Z',
    affectedActivities: [anAffectedActivity()],
    canComplete: false,
    completedAt: null,
    reentryDate: null,
    createdAt: '2026-11-05T08:00:00.000Z',
    updatedAt: '2026-11-06T08:00:00.000Z',
    ...overrides,
  };
}

/** A typed audit value (AuditValue): only the fields a kind uses need to be given. */
export function anAuditValue(value: Partial<AuditValueFieldsFragment> & Pick<AuditValueFieldsFragment, 'kind'>): AuditValueFieldsFragment {
  return { text: null, enumType: null, refId: null, refType: null, count: null, items: null, ...value };
}

export function anAuditEvent(overrides: Partial<AuditEventFieldsFragment> = {}): AuditEventFieldsFragment {
  return {
    id: 'aud_1',
    entityId: 'prv_1',
    entityType: 'Provider',
    action: 'APPROVE',
    actorSub: 'demo-district',
    actorRole: 'DISTRICT_ADMIN',
    summary: '绿茵少儿足球俱乐部：审核中 → 已准入',
    summaryKey: 'provider.statusChanged',
    summaryParams: [
      { name: 'name', value: anAuditValue({ kind: 'TEXT', text: '绿茵少儿足球俱乐部' }) },
      { name: 'from', value: anAuditValue({ kind: 'ENUM', enumType: 'ProviderStatus', text: 'UNDER_REVIEW' }) },
      { name: 'to', value: anAuditValue({ kind: 'ENUM', enumType: 'ProviderStatus', text: 'APPROVED' }) },
    ],
    changes: [
      {
        field: 'status',
        beforeValue: anAuditValue({ kind: 'ENUM', enumType: 'ProviderStatus', text: 'UNDER_REVIEW' }),
        afterValue: anAuditValue({ kind: 'ENUM', enumType: 'ProviderStatus', text: 'APPROVED' }),
      },
    ],
    at: '2026-08-02T00:00:00.000Z',
    ...overrides,
  };
}
