import type { ComplianceRule } from './ruleTypes';
import { daysName, onWeekday, weekdayNames } from './ruleText';

/** Every service weekday of the term has service (SPEC §3.3). */
export const dayCovered: ComplianceRule = {
  code: 'DAY_NOT_COVERED',
  seed: '篇二',
  title: '每个服务日都有服务',
  explain: (policy) =>
    `篇二「“5+2”模式，即学校每周5天都要开展课后服务」。本区服务日为${daysName(policy.serviceDays)}：每个服务日都要排片（校历中的节假日不算，调休补课日按对应星期的课表算）。`,
  check: ({ activities, serviceWeekdays, policy }) =>
    serviceWeekdays
      .filter((weekday) => onWeekday(activities, weekday).length === 0)
      .map((weekday) => ({
        weekday,
        params: { requiredMinutes: policy.minDailyMinutes },
        message: `${weekdayNames[weekday]}没有课后服务：请为${weekdayNames[weekday]}排片，至少 ${policy.minDailyMinutes} 分钟。`,
      })),
};
