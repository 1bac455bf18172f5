import { describe, expect, it } from 'vitest';
import { explanationParamsOf } from '../../../functions/src/compliance/complianceRules';
import { complianceRules } from '../../../functions/src/compliance/rules';
import type { ComplianceFinding, ComplianceInputs } from '../../../functions/src/compliance/rules/ruleTypes';
import type { DistrictPolicyRecord } from '../../../functions/src/policy/policyEntity';
import { complianceIssueDetailValues, complianceIssueKindValues } from '../generated/enumValues';
import { englishConsole, zhConsole } from '../i18n/consoleTranslators';
import { issueText, ruleExplanation } from './complianceText';

const zh = zhConsole;
const en = await englishConsole();

const policy = {
  serviceDays: ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'],
  minDailyMinutes: 120,
  lateCareEndsNotBefore: '18:00',
  minHomeworkGroupSize: 20,
  operatingFundPerStudentYear: 100,
  outsideProvidersAllowed: false,
  serviceEndsBy: '17:00',
  summerServiceEndsBy: '17:30',
  summerFrom: '05-01',
  summerTo: '09-30',
} as unknown as DistrictPolicyRecord;

/** Names the user typed (titles, providers, classes, people): the only Chinese an English sentence may hold. */
const userText = ['作业辅导', '延时托管', '足球社团', '周六书法', '周四合唱', '启明培训', '一年级一班', '一年级二班', '钱老师', '赵主任'];

const activity = (id: string, fields: Record<string, unknown>) => ({
  id,
  segment: 'CLASS',
  category: 'CLUB',
  grades: [1, 2, 3, 4, 5, 6],
  enrolledCount: 25,
  staffName: '值班老师',
  ...fields,
});

/**
 * One school's term that breaks every rule at least once, each rule sentence variant included: Monday uncovered;
 * Tuesday a short homework group run by a training institution without contract or certificate; Wednesday late care
 * ending early, a gap and an activity past the end of service; activities on Thursday (all holidays) and Saturday.
 */
const inputs = {
  policy,
  school: {
    id: 'sch_1',
    grades: [1, 2, 3, 4, 5, 6],
    pickupSlots: [
      { grades: [1, 2], times: ['16:00', '17:30'] },
      { grades: [3, 4, 5, 6], times: ['17:00', '17:30'] },
    ],
  },
  serviceWeekdays: ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'FRIDAY'],
  datesByWeekday: new Map([
    ['MONDAY', ['2026-11-02']],
    ['TUESDAY', ['2026-11-03']],
    ['WEDNESDAY', ['2026-05-06', '2026-11-04', '2026-11-11']],
    ['FRIDAY', ['2026-11-06']],
  ]),
  activities: [
    activity('act_hw', {
      weekday: 'TUESDAY',
      startTime: '15:30',
      endTime: '16:00',
      title: '作业辅导',
      category: 'HOMEWORK',
      grades: [1, 2],
      enrolledCount: 5,
      staffName: undefined,
      providerId: 'prv_1',
    }),
    activity('act_late', { weekday: 'WEDNESDAY', startTime: '15:30', endTime: '16:30', title: '延时托管', category: 'LATE_CARE', segment: 'SCHOOL' }),
    activity('act_club', { weekday: 'WEDNESDAY', startTime: '17:00', endTime: '17:45', title: '足球社团', segment: 'GRADE' }),
    activity('act_sat', { weekday: 'SATURDAY', startTime: '09:00', endTime: '10:00', title: '周六书法' }),
    activity('act_thu', { weekday: 'THURSDAY', startTime: '15:30', endTime: '16:30', title: '周四合唱', staffName: undefined }),
    activity('act_fri', {
      weekday: 'FRIDAY',
      startTime: '15:30',
      endTime: '17:30',
      title: '足球社团',
      grades: [3, 4, 5, 6],
      segment: 'SCHOOL',
      category: 'LATE_CARE',
    }),
  ],
  contracts: [{ id: 'ctr_1', providerId: 'prv_1' }],
  contractStatus: (id: string | undefined) => (id === 'ctr_1' ? 'DRAFT' : undefined),
  providers: new Map([['prv_1', { id: 'prv_1', name: '启明培训', kind: 'TRAINING_INSTITUTION', staff: [] }]]),
  today: '2026-11-10',
  available: new Set(['classes', 'careLogs', 'funds']),
  classes: [
    { schoolClass: { id: 'cls_1', name: '一年级一班', grade: 1 } },
    {
      schoolClass: { id: 'cls_2', name: '一年级二班', grade: 1, classTeacherId: 'stf_1' },
      classTeacher: { id: 'stf_1', name: '钱老师', active: false, schoolId: 'sch_1' },
    },
  ],
  calendar: {
    serviceDays: () => [
      { date: '2026-11-02', weekday: 'MONDAY', timetableWeekday: 'MONDAY' },
      { date: '2026-11-03', weekday: 'TUESDAY', timetableWeekday: 'TUESDAY' },
      { date: '2026-11-07', weekday: 'SATURDAY', timetableWeekday: 'FRIDAY' },
    ],
  },
  careLogDates: new Set(['2026-11-02']),
  dutyLeaders: new Map([['TUESDAY', { id: 'stf_9', name: '赵主任' }]]),
  fund: { schoolYear: '2026-2027', amountFen: 150000, enrolledCount: 30, requiredFen: 300000 },
} as unknown as ComplianceInputs;

const findings = complianceRules.flatMap((rule) =>
  (rule.check?.(inputs) ?? []).map((finding: ComplianceFinding) => ({ ...finding, kind: rule.code as string, params: finding.params ?? {} })),
);

const cjk = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/;
const withoutUserText = (text: string) => userText.reduce((rest, name) => rest.replaceAll(name, ''), text);

describe('the compliance report in the console’s language', () => {
  it('covers every rule and every sentence variant in this term', () => {
    expect(new Set(findings.map((f) => f.kind))).toEqual(new Set(complianceIssueKindValues));
    expect(new Set(findings.map((f) => f.detail).filter(Boolean))).toEqual(new Set(complianceIssueDetailValues));
    // The optional parts: a duty leader named or not, a last pickup time or not (the school has one for every grade).
    expect(findings.filter((f) => f.kind === 'DAY_WITHOUT_CARE_LOG').map((f) => Boolean(f.params.staffName))).toEqual([true, false]);
  });

  it('words every finding in Chinese exactly as the API does, from its code and parameters', () => {
    for (const finding of findings) expect(issueText(zh, finding)).toBe(finding.message);
  });

  it('words every finding in English (only the names users typed stay Chinese)', () => {
    for (const finding of findings) {
      const text = issueText(en, finding);
      expect(text).not.toBe(finding.message);
      expect(withoutUserText(text), text).not.toMatch(cjk);
      expect(text).not.toContain('%{');
    }
    const shortDay = findings.find((f) => f.kind === 'SHORT_DAY')!;
    expect(issueText(en, shortDay)).toBe('Tuesday has only 30 minutes of after-school service, less than 120: add or extend activities.');
    const gap = findings.find((f) => f.detail === 'GRADE_GAP')!;
    expect(issueText(en, gap)).toBe(
      'No service for grades 1, 2, 3, 4, 5, 6 on Wednesday from 16:30 to 17:00 (nobody in charge): fill this time with an activity or care.',
    );
    const late = findings.filter((f) => f.kind === 'SERVICE_ENDS_LATE').map((f) => issueText(en, f));
    expect(late).toEqual([
      'Wednesday 17:00 “足球社团” ends at 17:45, later than the end of service 17:30: it runs late on 3 service days this term (first on 2026-05-06). End it earlier.',
      'Friday 15:30 “足球社团” ends at 17:30, later than the end of service 17:00: it runs late on 1 service day this term (2026-11-06). End it earlier.',
    ]);
    const fund = findings.find((f) => f.kind === 'OPERATING_FUND_LOW')!;
    expect(issueText(en, fund)).toContain('1500.00 yuan, less than 100 yuan × 30 students = 3000.00 yuan');
  });

  it('words every rule’s explanation in Chinese exactly as the API does, under each end-of-service policy', () => {
    const policies = [policy, { ...policy, summerServiceEndsBy: undefined }, { ...policy, serviceEndsBy: undefined, serviceDays: ['MONDAY', 'WEDNESDAY'] }];
    for (const current of policies as DistrictPolicyRecord[]) {
      for (const rule of complianceRules) {
        const result = { code: rule.code, seed: rule.seed, explanation: rule.explain(current), explanationParams: explanationParamsOf(current) };
        expect(ruleExplanation(zh, result)).toBe(result.explanation);
        const english = ruleExplanation(en, result);
        expect(english, english).not.toMatch(cjk);
        expect(english).not.toContain('%{');
      }
    }
    const shortDay = complianceRules.find((rule) => rule.code === 'SHORT_DAY')!;
    expect(
      ruleExplanation(en, { code: 'SHORT_DAY', seed: '篇二', explanation: shortDay.explain(policy), explanationParams: explanationParamsOf(policy) }),
    ).toBe(
      'Part 2: “at least 2 hours of after-school service a day”. The district requires at least 120 minutes each service day (overlapping activities count once).',
    );
  });

  it('shows the API’s own words for a code this console does not know (a newer API)', () => {
    const newer = { kind: 'NEW_RULE', detail: null, weekday: 'MONDAY', message: '周一的新规则问题', params: {} };
    expect(issueText(en, newer)).toBe('周一的新规则问题');
    expect(issueText(en, { ...findings[0], detail: 'NEW_DETAIL' })).toBe(findings[0].message);
    const rule = { code: 'NEW_RULE', seed: '篇六', explanation: '新规则的说明', explanationParams: explanationParamsOf(policy) };
    expect(ruleExplanation(en, rule)).toBe('新规则的说明');
    // An older API without parameters: its text as it is.
    expect(issueText(en, { ...findings[0], params: null })).toBe(findings[0].message);
  });
});
