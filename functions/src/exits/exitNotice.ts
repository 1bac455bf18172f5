import { weekdayNames } from '../compliance/rules/ruleText';
import type { Weekday } from '../policy/policyEntity';
import type { AffectedActivityRecord } from './exitEntity';

/** The notice for the families of an affected activity (家长告知), ready to send, in Chinese. */
export function noticeOf(activity: AffectedActivityRecord, providerName: string) {
  const when = `${weekdayNames[activity.weekday as Weekday] ?? activity.weekday} ${activity.startTime}–${activity.endTime}`;
  const what =
    activity.resolution === 'CANCELLED'
      ? '该活动已停止，学校将另行安排课后服务。'
      : activity.resolution === 'REASSIGNED'
        ? `该活动改由${activity.toStaffName ? `本校 ${activity.toStaffName}` : '其他准入机构'}负责，时间地点不变。`
        : '学校正在安排后续服务，请留意通知。';
  return {
    schoolId: activity.schoolId,
    grades: activity.grades,
    enrolledCount: activity.enrolledCount,
    message: `尊敬的家长：因${providerName}退出我校课后服务，${when}「${activity.title}」${what}`,
  };
}
