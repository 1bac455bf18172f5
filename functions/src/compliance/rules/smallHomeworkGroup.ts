import type { Weekday } from '../../policy/policyEntity';
import type { ComplianceRule } from './ruleTypes';
import { activityLabel, activityParams } from './ruleText';

/** Homework groups below `minHomeworkGroupSize` are merged (SPEC §3.3). */
export const smallHomeworkGroup: ComplianceRule = {
  code: 'SMALL_HOMEWORK_GROUP',
  seed: '篇二',
  title: '作业辅导并班',
  explain: (policy) =>
    `篇二「平行开设的作业答疑原则上以“行政班”为单位，学生数不少于20人，答疑学生数少于20人时由学校统筹并班」。本区标准：不少于 ${policy.minHomeworkGroupSize} 人。`,
  check: ({ activities, policy }) =>
    activities
      // The roster's size: a group nobody has joined yet is not a merge candidate.
      .filter((activity) => activity.category === 'HOMEWORK' && activity.enrolledCount > 0 && activity.enrolledCount < policy.minHomeworkGroupSize)
      .map((activity) => ({
        activityId: activity.id,
        weekday: activity.weekday as Weekday,
        params: { ...activityParams(activity), studentCount: activity.enrolledCount, requiredStudentCount: policy.minHomeworkGroupSize },
        message: `${activityLabel(activity)}作业辅导仅 ${activity.enrolledCount} 人，少于 ${policy.minHomeworkGroupSize} 人：请与其他班并班。`,
      })),
};
