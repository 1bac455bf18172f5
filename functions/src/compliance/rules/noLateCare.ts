import type { ComplianceRule } from './ruleTypes';
import { onWeekday, weekdayNames } from './ruleText';

/** Each covered service day has late care (SPEC §3.3). */
export const noLateCare: ComplianceRule = {
  code: 'NO_LATE_CARE',
  seed: '篇二',
  title: '每日延时托管',
  explain: () =>
    '篇二「“校级服务”：以延迟服务为主……以“学校”为单位落实看护工作」；篇二「对有特殊需要的学生，学校提供延时托管服务」。每个有服务的服务日都要安排延时托管。',
  check: ({ activities, serviceWeekdays, policy }) =>
    serviceWeekdays.flatMap((weekday) => {
      const ofDay = onWeekday(activities, weekday);
      if (ofDay.length === 0 || ofDay.some((activity) => activity.category === 'LATE_CARE')) return [];
      return [
        {
          weekday,
          params: { requiredTime: policy.lateCareEndsNotBefore },
          message: `${weekdayNames[weekday]}没有延时托管：请安排校级延时托管，结束时间不早于 ${policy.lateCareEndsNotBefore}。`,
        },
      ];
    }),
};
