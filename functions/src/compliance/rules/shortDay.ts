import type { ComplianceRule } from './ruleTypes';
import { coveredMinutes, onWeekday, weekdayNames } from './ruleText';

/** At least `minDailyMinutes` of service on each covered service day (SPEC §3.3). */
export const shortDay: ComplianceRule = {
  code: 'SHORT_DAY',
  seed: '篇二',
  title: '每日服务时长',
  explain: (policy) => `篇二「每天课后服务时间不少于2小时」。本区要求每个服务日不少于 ${policy.minDailyMinutes} 分钟（重叠的活动只算一次）。`,
  check: ({ activities, serviceWeekdays, policy }) =>
    serviceWeekdays.flatMap((weekday) => {
      const ofDay = onWeekday(activities, weekday);
      const minutes = coveredMinutes(ofDay);
      if (ofDay.length === 0 || minutes >= policy.minDailyMinutes) return [];
      return [
        {
          weekday,
          params: { actualMinutes: minutes, requiredMinutes: policy.minDailyMinutes },
          message: `${weekdayNames[weekday]}课后服务仅 ${minutes} 分钟，少于 ${policy.minDailyMinutes} 分钟：请增加或延长服务活动。`,
        },
      ];
    }),
};
