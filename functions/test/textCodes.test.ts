import { beforeAll, describe, expect, it } from 'vitest';
import { weekdayNames } from '../src/compliance/rules/ruleText';
import { createTestApi, type TestApi } from './support/api';
import { activeContract, activityInput, approvedProvider, CREATE_ACTIVITY, schoolWithTerm } from './support/domain';

// Server-written Chinese (a finding's `message`, a rule's `explanation`, an automatic exit case's `reason`) comes with
// codes and typed parameters, so that every client can word it in its own language. These tests check that the
// codes and values are returned and say what the Chinese text says; the console's catalogues are checked against the
// same sentences in admin/src/compliance/complianceText.test.ts.

const PARAMS = `activityTitle activityStartTime providerName className staffName actualMinutes requiredMinutes endsAt requiredTime
  gapFrom gapTo studentCount requiredStudentCount dateCount dateWeekday missingSegments serviceDays contractStatus schoolYear
  fundAmount requiredFundAmount fundPerStudent`;
const EXPLANATION = `serviceDays minDailyMinutes lateCareEndsNotBefore minHomeworkGroupSize operatingFundPerStudentYear serviceEndsBy
  summerServiceEndsBy summerFrom summerTo`;
const REPORT = `query($s: ID!, $t: ID!) { complianceReport(schoolId: $s, termId: $t) {
  rules { code explanation explanationParams { ${EXPLANATION} } }
  issues { kind detail weekday date grades message params { ${PARAMS} } } } }`;

interface Issue {
  kind: string;
  detail: string | null;
  weekday: string | null;
  grades: number[] | null;
  message: string;
  params: Record<string, unknown>;
}

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});

async function timetable(termId: string, rows: Record<string, unknown>[]) {
  for (const row of rows) expect((await api.exec(CREATE_ACTIVITY, { input: activityInput(termId, row) })).errors).toBeUndefined();
}

/** Each value a finding's parameters hold, as its Chinese sentence writes it. */
function writtenValues(issue: Issue): string[] {
  return Object.entries(issue.params).flatMap(([name, value]): string[] => {
    if (value === null) return [];
    if (name === 'serviceDays' || name === 'missingSegments' || name === 'contractStatus') return []; // words, checked by the console test
    if (name === 'dateWeekday') return [weekdayNames[value as keyof typeof weekdayNames]];
    if (name === 'fundAmount' || name === 'requiredFundAmount') return [(value as number).toFixed(2)];
    return [String(value)];
  });
}

describe('compliance findings and rules carry codes and typed parameters', () => {
  it('returns the numbers a finding names, matching its Chinese sentence', async () => {
    const { schoolId, termId } = await schoolWithTerm(api);
    await timetable(termId, [
      // Wednesday: 15:30–16:00 homework, 17:00–17:30 late care: 60 minutes, a gap, late care ending early.
      { weekday: 'WEDNESDAY', startTime: '15:30', endTime: '16:00', title: '作业辅导', category: 'HOMEWORK', venue: 'A', staffName: '张老师' },
      {
        weekday: 'WEDNESDAY',
        startTime: '17:00',
        endTime: '17:30',
        title: '延时托管',
        category: 'LATE_CARE',
        segment: 'SCHOOL',
        venue: 'B',
        staffName: '王老师',
      },
      // Saturday is no service day of the policy.
      { weekday: 'SATURDAY', startTime: '09:00', endTime: '10:00', title: '周末书法', category: 'CLUB', venue: 'C', staffName: '李老师' },
    ]);
    const report = (await api.exec(REPORT, { s: schoolId, t: termId })).data!.complianceReport;
    const issues = report.issues as Issue[];

    const shortDay = issues.find((issue) => issue.kind === 'SHORT_DAY' && issue.weekday === 'WEDNESDAY')!;
    expect(shortDay.detail).toBeNull();
    expect(shortDay.params).toMatchObject({ actualMinutes: 60, requiredMinutes: 120, activityTitle: null });
    expect(shortDay.message).toBe('周三课后服务仅 60 分钟，少于 120 分钟：请增加或延长服务活动。');

    const lateCare = issues.find((issue) => issue.kind === 'LATE_CARE_ENDS_EARLY')!;
    expect(lateCare.params).toMatchObject({ endsAt: '17:30', requiredTime: '18:00', activityTitle: null });

    // Grade 3 (the activities') has a gap; the school's other grades have no service at all (no pickup times set).
    const gap = issues.find((issue) => issue.detail === 'GRADE_GAP')!;
    expect(gap).toMatchObject({ kind: 'GRADE_NOT_SERVED', weekday: 'WEDNESDAY', grades: [3] });
    expect(gap.params).toMatchObject({ gapFrom: '16:00', gapTo: '17:00' });
    expect(issues.find((issue) => issue.detail === 'GRADE_NO_SERVICE')!.params.requiredTime).toBeNull();

    const saturday = issues.find((issue) => issue.kind === 'ACTIVITY_OUTSIDE_CALENDAR')!;
    expect(saturday).toMatchObject({ detail: 'NOT_A_SERVICE_DAY', weekday: 'SATURDAY' });
    expect(saturday.params).toMatchObject({
      activityTitle: '周末书法',
      activityStartTime: '09:00',
      serviceDays: ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'],
    });

    const segments = issues.find((issue) => issue.kind === 'SEGMENT_MISSING')!;
    expect(segments.params.missingSegments).toEqual(['GRADE']);
    expect(segments.message).toContain('年级服务');

    // Every finding: the values it names appear in its sentence; nothing else is set for kinds with one sentence only.
    expect(issues.length).toBeGreaterThan(5);
    for (const issue of issues) {
      expect(issue.params).toBeTruthy();
      for (const value of writtenValues(issue)) expect(issue.message, `${issue.kind}: ${value}`).toContain(value);
    }
  });

  it('returns the policy values each rule’s explanation names', async () => {
    const { schoolId, termId } = await schoolWithTerm(api);
    const report = (await api.exec(REPORT, { s: schoolId, t: termId })).data!.complianceReport;
    const policy = (await api.exec('{ districtPolicy { serviceDays minDailyMinutes lateCareEndsNotBefore minHomeworkGroupSize operatingFundPerStudentYear } }'))
      .data!.districtPolicy;
    expect(report.rules).toHaveLength(17);
    for (const rule of report.rules) expect(rule.explanationParams).toMatchObject(policy);
    const shortDay = report.rules.find((rule: { code: string }) => rule.code === 'SHORT_DAY');
    expect(shortDay.explanation).toContain(`不少于 ${policy.minDailyMinutes} 分钟`);
    const overview = (await api.exec(`{ complianceOverview { rules { code explanationParams { ${EXPLANATION} } } } }`)).data!.complianceOverview;
    expect(overview.rules.map((rule: { code: string }) => rule.code)).toEqual(report.rules.map((rule: { code: string }) => rule.code));
    for (const rule of overview.rules) expect(rule.explanationParams).toMatchObject(policy);
  });
});

const EXIT_REASON = 'trigger reason reasonCode reasonParams { evaluationTotal evaluationThreshold satisfactionRate satisfactionThreshold }';
const casesOf = async (providerId: string) =>
  (await api.exec(`query($p: ID!) { providerExits(filter: { providerId: $p }) { nodes { ${EXIT_REASON} } } }`, { p: providerId })).data!.providerExits.nodes;

describe('automatic exit cases carry a reason code and its values', () => {
  it('a low evaluation: the total and the threshold, as the Chinese reason says', async () => {
    const { schoolId, termId } = await schoolWithTerm(api);
    const provider = await approvedProvider(api);
    await activeContract(api, schoolId, termId, provider.id);
    const input = {
      providerId: provider.id,
      schoolId,
      kind: 'SPOT_CHECK',
      date: '2026-10-01',
      evaluator: '督导',
      scores: [{ criterion: 'SAFETY', score: 40 }],
    };
    expect((await api.exec('mutation($input: RecordEvaluationInput!) { recordEvaluation(input: $input) { id } }', { input })).errors).toBeUndefined();
    const threshold = (await api.exec('{ districtPolicy { evaluationExitThreshold } }')).data!.districtPolicy.evaluationExitThreshold;
    const [opened] = await casesOf(provider.id);
    expect(opened).toEqual({
      trigger: 'LOW_EVALUATION',
      reason: `评价总分 40 低于退出阈值 ${threshold}`,
      reasonCode: 'EVALUATION_BELOW_THRESHOLD',
      reasonParams: { evaluationTotal: 40, evaluationThreshold: threshold, satisfactionRate: null, satisfactionThreshold: null },
    });
  });

  it('a low satisfaction rate and lapsed qualifications: their codes and values', async () => {
    const unhappy = await approvedProvider(api);
    const rate = (await api.exec('{ districtPolicy { satisfactionExitRate } }')).data!.districtPolicy.satisfactionExitRate;
    await api.services.exitTriggers.lowSatisfaction(unhappy.id, 'srv_test', 0.4, 10);
    const [bySurvey] = await casesOf(unhappy.id);
    expect(bySurvey).toEqual({
      trigger: 'LOW_SATISFACTION',
      reason: `满意度 40% 低于 ${Math.round(rate * 1000) / 10}%`,
      reasonCode: 'SATISFACTION_BELOW_THRESHOLD',
      reasonParams: { evaluationTotal: null, evaluationThreshold: null, satisfactionRate: 0.4, satisfactionThreshold: rate },
    });

    const lapsed = await approvedProvider(api);
    const stored = (await api.services.repositories.providers.get(lapsed.id))!;
    const expired = stored.qualifications.map((q) => ({ ...q, validTo: '2020-01-01' }));
    await api.services.repositories.providers.update(stored, { ...stored, qualifications: expired, version: stored.version + 1 }, stored.version);
    await api.services.exitTriggers.expiredQualifications();
    const [byCheck] = await casesOf(lapsed.id);
    expect(byCheck).toEqual({
      trigger: 'QUALIFICATION_EXPIRED',
      reason: '资质证书已全部过期',
      reasonCode: 'QUALIFICATIONS_EXPIRED',
      reasonParams: { evaluationTotal: null, evaluationThreshold: null, satisfactionRate: null, satisfactionThreshold: null },
    });
  });

  it('a case opened by hand has the admin’s words and no code', async () => {
    const provider = await approvedProvider(api);
    const opened = await api.exec(`mutation($input: OpenProviderExitInput!) { openProviderExit(input: $input) { ${EXIT_REASON} } }`, {
      input: { providerId: provider.id, reason: '多次未按时到岗' },
    });
    expect(opened.errors).toBeUndefined();
    expect(opened.data!.openProviderExit).toEqual({ trigger: 'MANUAL', reason: '多次未按时到岗', reasonCode: null, reasonParams: null });
  });
});
