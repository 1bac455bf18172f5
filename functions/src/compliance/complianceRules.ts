import type { DistrictPolicyRecord, Weekday } from '../policy/policyEntity';
import { complianceRules } from './rules';
import { coveredMinutes, onWeekday } from './rules/ruleText';
import type { ComplianceInputs, ComplianceIssue, ComplianceRuleCode, ComplianceRuleStatus } from './rules/ruleTypes';

export { coveredMinutes, weekdayNames } from './rules/ruleText';

/** The check of one policy service day (the report's day table). */
export interface ComplianceDay {
  weekday: Weekday;
  /** Dates of the term that run this weekday's timetable (make-up days included, holidays not). */
  serviceDateCount: number;
  serviceMinutes: number;
  meetsMinimum: boolean;
  lateCareEndsAt: string | null;
  lateCareOk: boolean;
  activityCount: number;
  /** The latest end of any activity that day. */
  endsAt: string | null;
  segments: ('CLASS' | 'GRADE' | 'SCHOOL')[];
}

/** The policy values the rules' explanations name (SDL `ComplianceExplanationParams`), for clients to word them. */
export function explanationParamsOf(policy: DistrictPolicyRecord) {
  return {
    serviceDays: [...policy.serviceDays],
    minDailyMinutes: policy.minDailyMinutes,
    lateCareEndsNotBefore: policy.lateCareEndsNotBefore,
    minHomeworkGroupSize: policy.minHomeworkGroupSize,
    operatingFundPerStudentYear: policy.operatingFundPerStudentYear,
    serviceEndsBy: policy.serviceEndsBy ?? null,
    summerServiceEndsBy: policy.summerServiceEndsBy ?? null,
    summerFrom: policy.summerFrom ?? null,
    summerTo: policy.summerTo ?? null,
  };
}

/** A rule's outcome for one school and term. */
export interface ComplianceRuleResult {
  code: ComplianceRuleCode;
  seed: string;
  title: string;
  explanation: string;
  explanationParams: ReturnType<typeof explanationParamsOf>;
  status: ComplianceRuleStatus;
  issueCount: number;
}

/**
 * Applies every rule of the registry to one school's term. Pure: `complianceInputs.ts` loads the inputs. A rule that
 * does not apply under the policy is NOT_APPLICABLE; one whose inputs do not exist yet is NOT_CHECKED (never PASSED).
 */
export function evaluateCompliance(inputs: ComplianceInputs): { days: ComplianceDay[]; rules: ComplianceRuleResult[]; issues: ComplianceIssue[] } {
  const { policy, activities, datesByWeekday } = inputs;
  const issues: ComplianceIssue[] = [];
  const explanationParams = explanationParamsOf(policy);
  const rules = complianceRules.map((rule): ComplianceRuleResult => {
    const base = { code: rule.code, seed: rule.seed, title: rule.title, explanation: rule.explain(policy), explanationParams, issueCount: 0 };
    if (rule.applies && !rule.applies(policy)) return { ...base, status: 'NOT_APPLICABLE' };
    if (!rule.check || (rule.needs ?? []).some((input) => !inputs.available.has(input))) return { ...base, status: 'NOT_CHECKED' };
    const found = rule.check(inputs).map((finding): ComplianceIssue => ({ ...finding, params: finding.params ?? {}, kind: rule.code }));
    issues.push(...found);
    return { ...base, status: found.length > 0 ? 'FAILED' : 'PASSED', issueCount: found.length };
  });
  const days = policy.serviceDays.map((weekday): ComplianceDay => {
    const ofDay = onWeekday(activities, weekday);
    const serviceMinutes = coveredMinutes(ofDay);
    const lateCareEndsAt =
      ofDay
        .filter((a) => a.category === 'LATE_CARE')
        .map((a) => a.endTime)
        .sort()
        .at(-1) ?? null;
    return {
      weekday,
      serviceDateCount: datesByWeekday.get(weekday)?.length ?? 0,
      serviceMinutes,
      meetsMinimum: serviceMinutes >= policy.minDailyMinutes,
      lateCareEndsAt,
      lateCareOk: lateCareEndsAt !== null && lateCareEndsAt >= policy.lateCareEndsNotBefore,
      activityCount: ofDay.length,
      endsAt:
        ofDay
          .map((a) => a.endTime)
          .sort()
          .at(-1) ?? null,
      segments: (['CLASS', 'GRADE', 'SCHOOL'] as const).filter((segment) => ofDay.some((a) => a.segment === segment)),
    };
  });
  return { days, rules, issues };
}
