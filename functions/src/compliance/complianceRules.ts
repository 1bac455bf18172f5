import { minutesOf } from '../core/clock';
import type { ActivityRecord } from '../activities/activityEntity';
import type { DistrictPolicyRecord, Weekday } from '../policy/policyEntity';

export const weekdayNames: Record<Weekday, string> = {
  MONDAY: '周一',
  TUESDAY: '周二',
  WEDNESDAY: '周三',
  THURSDAY: '周四',
  FRIDAY: '周五',
  SATURDAY: '周六',
  SUNDAY: '周日',
};

export type ComplianceIssueKind =
  | 'DAY_NOT_COVERED'
  | 'SHORT_DAY'
  | 'NO_LATE_CARE'
  | 'LATE_CARE_ENDS_EARLY'
  | 'SMALL_HOMEWORK_GROUP'
  | 'NO_PERSON_IN_CHARGE'
  | 'NO_ACTIVE_CONTRACT';

export interface ComplianceIssue {
  kind: ComplianceIssueKind;
  weekday?: Weekday;
  activityId?: string;
  message: string;
}

export interface ComplianceDay {
  weekday: Weekday;
  serviceMinutes: number;
  meetsMinimum: boolean;
  lateCareEndsAt: string | null;
  lateCareOk: boolean;
  activityCount: number;
}

/** Minutes covered by at least one of the ranges (overlaps counted once). */
export function coveredMinutes(ranges: { startTime: string; endTime: string }[]): number {
  const sorted = ranges.map((r) => [minutesOf(r.startTime), minutesOf(r.endTime)] as const).sort((a, b) => a[0] - b[0]);
  let total = 0;
  let [start, end] = [-1, -1];
  for (const [s, e] of sorted) {
    if (s > end) {
      total += end - start;
      [start, end] = [s, e];
    } else end = Math.max(end, e);
  }
  return total + (end - start);
}

/**
 * The "5+2" rules of the district policy applied to a term's active activities. `contractActive` says whether a
 * provider activity's contract is ACTIVE. Pure: the report's service only loads the inputs.
 */
export function evaluateCompliance(
  policy: Pick<DistrictPolicyRecord, 'serviceDays' | 'minDailyMinutes' | 'lateCareEndsNotBefore' | 'minHomeworkGroupSize'>,
  activities: ActivityRecord[],
  contractActive: (contractId: string | undefined) => boolean,
): { days: ComplianceDay[]; issues: ComplianceIssue[] } {
  const active = activities.filter((activity) => activity.status === 'ACTIVE');
  const issues: ComplianceIssue[] = [];
  const days = policy.serviceDays.map((weekday): ComplianceDay => {
    const name = weekdayNames[weekday];
    const ofDay = active.filter((activity) => activity.weekday === weekday);
    const serviceMinutes = ofDay.length ? coveredMinutes(ofDay) : 0;
    const lateCare = ofDay.filter((activity) => activity.category === 'LATE_CARE');
    const lateCareEndsAt = lateCare.length ? lateCare.map((activity) => activity.endTime).sort().at(-1)! : null;
    const lateCareOk = lateCareEndsAt !== null && lateCareEndsAt >= policy.lateCareEndsNotBefore;
    if (ofDay.length === 0) {
      issues.push({ kind: 'DAY_NOT_COVERED', weekday, message: `${name}没有课后服务：请为${name}排片，至少 ${policy.minDailyMinutes} 分钟。` });
    } else if (serviceMinutes < policy.minDailyMinutes) {
      issues.push({ kind: 'SHORT_DAY', weekday, message: `${name}课后服务仅 ${serviceMinutes} 分钟，少于 ${policy.minDailyMinutes} 分钟：请增加或延长服务活动。` });
    }
    if (ofDay.length > 0 && lateCareEndsAt === null) {
      issues.push({ kind: 'NO_LATE_CARE', weekday, message: `${name}没有延时托管：请安排校级延时托管，结束时间不早于 ${policy.lateCareEndsNotBefore}。` });
    } else if (lateCareEndsAt !== null && !lateCareOk) {
      const last = lateCare.find((activity) => activity.endTime === lateCareEndsAt);
      issues.push({
        kind: 'LATE_CARE_ENDS_EARLY',
        weekday,
        activityId: last?.id,
        message: `${name}延时托管 ${lateCareEndsAt} 结束，早于 ${policy.lateCareEndsNotBefore}：请延长至 ${policy.lateCareEndsNotBefore} 或以后。`,
      });
    }
    return { weekday, serviceMinutes, meetsMinimum: serviceMinutes >= policy.minDailyMinutes, lateCareEndsAt, lateCareOk, activityCount: ofDay.length };
  });
  for (const activity of active) {
    const label = `${weekdayNames[activity.weekday as Weekday] ?? activity.weekday} ${activity.startTime}「${activity.title}」`;
    // The roster's size: a group nobody has joined yet is not a merge candidate.
    if (activity.category === 'HOMEWORK' && activity.enrolledCount > 0 && activity.enrolledCount < policy.minHomeworkGroupSize) {
      issues.push({
        kind: 'SMALL_HOMEWORK_GROUP',
        activityId: activity.id,
        weekday: activity.weekday as Weekday,
        message: `${label}作业辅导仅 ${activity.enrolledCount} 人，少于 ${policy.minHomeworkGroupSize} 人：请与其他班并班。`,
      });
    }
    if (!activity.staffName && !activity.providerId) {
      issues.push({ kind: 'NO_PERSON_IN_CHARGE', activityId: activity.id, weekday: activity.weekday as Weekday, message: `${label}没有负责人：请指定本校教师或校外机构。` });
    }
    if (activity.providerId && !contractActive(activity.contractId)) {
      issues.push({
        kind: 'NO_ACTIVE_CONTRACT',
        activityId: activity.id,
        weekday: activity.weekday as Weekday,
        message: `${label}由校外机构承担但没有生效的服务协议：请签订并生效协议，或改由本校教师负责。`,
      });
    }
  }
  return { days, issues };
}
