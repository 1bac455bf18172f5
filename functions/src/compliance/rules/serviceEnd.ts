import type { DistrictPolicyRecord, Weekday } from '../../policy/policyEntity';
import type { ComplianceRule } from './ruleTypes';
import { activityLabel, activityParams } from './ruleText';

/** Whether a date's `MM-DD` lies in the yearly period `from`–`to` (a period may run over New Year). */
export function inYearlyPeriod(date: string, from: string, to: string): boolean {
  const day = date.slice(5);
  return from <= to ? day >= from && day <= to : day >= from || day <= to;
}

/** The latest end of service on a date under the policy: the summer limit inside the summer period; null without. */
export function serviceEndsByOn(
  policy: Pick<DistrictPolicyRecord, 'serviceEndsBy' | 'summerServiceEndsBy' | 'summerFrom' | 'summerTo'>,
  date: string,
): string | null {
  if (!policy.serviceEndsBy) return null;
  const summer = policy.summerServiceEndsBy && policy.summerFrom && policy.summerTo && inYearlyPeriod(date, policy.summerFrom, policy.summerTo);
  return summer ? policy.summerServiceEndsBy! : policy.serviceEndsBy;
}

/** Every activity ends by `serviceEndsBy` (in summer `summerServiceEndsBy`) on every service date it runs (SPEC §3.9). */
export const serviceEnd: ComplianceRule = {
  code: 'SERVICE_ENDS_LATE',
  seed: '篇五',
  title: '服务结束时间',
  explain: (policy) =>
    policy.serviceEndsBy
      ? `篇五「下午3:30放学后至5:00(夏季可延长至5:30)」。本区规定服务在 ${policy.serviceEndsBy} 前结束${policy.summerServiceEndsBy ? `，夏季（每年 ${policy.summerFrom}–${policy.summerTo}）可延长至 ${policy.summerServiceEndsBy}` : ''}；按校历逐个服务日核对。`
      : '篇五「下午3:30放学后至5:00(夏季可延长至5:30)」。本区政策未规定服务结束时间，此规则不适用。',
  applies: (policy) => Boolean(policy.serviceEndsBy),
  check: ({ activities, datesByWeekday, policy }) =>
    activities.flatMap((activity) => {
      const late = (datesByWeekday.get(activity.weekday as Weekday) ?? []).filter((date) => activity.endTime > serviceEndsByOn(policy, date)!);
      if (late.length === 0) return [];
      const limit = serviceEndsByOn(policy, late[0]);
      return [
        {
          activityId: activity.id,
          weekday: activity.weekday as Weekday,
          date: late[0],
          params: { ...activityParams(activity), endsAt: activity.endTime, requiredTime: limit ?? undefined, dateCount: late.length },
          message: `${activityLabel(activity)} ${activity.endTime} 结束，晚于服务结束时间 ${limit}：本学期有 ${late.length} 个服务日超时（首个 ${late[0]}）。请提前结束。`,
        },
      ];
    }),
};
