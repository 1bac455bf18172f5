import type { Weekday } from '../../policy/policyEntity';
import type { ComplianceRule } from './ruleTypes';
import { activityLabel, activityParams, daysName, weekdayNames } from './ruleText';

/**
 * The term calendar is honoured (SPEC §3.9): an activity on a weekday that has no service date in the term — not a
 * policy service day and run by no make-up day, or every such date a holiday — is flagged. The other day rules
 * already check only the weekdays that do have service dates (make-up days included).
 */
export const outsideCalendar: ComplianceRule = {
  code: 'ACTIVITY_OUTSIDE_CALENDAR',
  seed: '篇五',
  title: '按校历开展服务',
  explain: (policy) =>
    `篇五「托管时间：星期一至星期四(法定节假日、寒暑假除外)」。服务按学期校历开展：本区服务日为${daysName(policy.serviceDays)}，节假日（学期排除日期）不开展，调休补课日按所补星期的课表开展；不在服务日的活动不应排片。`,
  check: ({ activities, datesByWeekday, policy }) =>
    activities
      .filter((activity) => !datesByWeekday.get(activity.weekday as Weekday)?.length)
      .map((activity) => {
        const weekday = activity.weekday as Weekday;
        const allHolidays = policy.serviceDays.includes(weekday);
        const reason = allHolidays
          ? `本学期的${weekdayNames[weekday]}均为节假日`
          : `${weekdayNames[weekday]}不是服务日（本区服务日为${daysName(policy.serviceDays)}）`;
        return {
          activityId: activity.id,
          weekday,
          detail: allHolidays ? ('WEEKDAY_ALL_HOLIDAYS' as const) : ('NOT_A_SERVICE_DAY' as const),
          params: { ...activityParams(activity), serviceDays: allHolidays ? undefined : [...policy.serviceDays] },
          message: `${activityLabel(activity)}不在校历的服务日：${reason}。请删除或改到服务日。`,
        };
      }),
};
