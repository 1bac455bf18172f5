import type { ComplianceRule } from './ruleTypes';
import { onWeekday, weekdayNames } from './ruleText';

/** Late care ends no earlier than `lateCareEndsNotBefore` (SPEC §3.3). */
export const lateCareEndsEarly: ComplianceRule = {
  code: 'LATE_CARE_ENDS_EARLY',
  seed: '篇二',
  title: '延时托管结束时间',
  explain: (policy) =>
    `篇二「校级服务……一般不早于下午18:00」，「结束时间与当地时间正常下班时间相衔接」。本区要求延时托管不早于 ${policy.lateCareEndsNotBefore} 结束。`,
  check: ({ activities, serviceWeekdays, policy }) =>
    serviceWeekdays.flatMap((weekday) => {
      const lateCare = onWeekday(activities, weekday).filter((activity) => activity.category === 'LATE_CARE');
      const last = [...lateCare].sort((a, b) => a.endTime.localeCompare(b.endTime)).at(-1);
      if (!last || last.endTime >= policy.lateCareEndsNotBefore) return [];
      return [
        {
          weekday,
          activityId: last.id,
          params: { endsAt: last.endTime, requiredTime: policy.lateCareEndsNotBefore },
          message: `${weekdayNames[weekday]}延时托管 ${last.endTime} 结束，早于 ${policy.lateCareEndsNotBefore}：请延长至 ${policy.lateCareEndsNotBefore} 或以后。`,
        },
      ];
    }),
};
