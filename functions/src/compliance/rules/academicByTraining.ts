import type { Weekday } from '../../policy/policyEntity';
import { academicCategories } from '../../providers/providerInput';
import type { ComplianceRule } from './ruleTypes';
import { activityLabel, activityParams } from './ruleText';

/** A training institution (校外培训机构) runs no academic activity: no homework help, no self-study (SPEC §3.9). */
export const academicByTraining: ComplianceRule = {
  code: 'ACADEMIC_BY_TRAINING_INSTITUTION',
  seed: '篇二',
  title: '培训机构只做非学科类服务',
  explain: () =>
    '篇二「在特色学校中探索引进非学科类校外培训机构参与课后服务」；篇五「不得利用课后托管时间进行集体授课、补课」。校外培训机构只能承担非学科类活动，不得承担作业辅导、自习。',
  check: ({ activities, providers }) =>
    activities
      .filter(
        (activity) =>
          activity.providerId && providers.get(activity.providerId)?.kind === 'TRAINING_INSTITUTION' && academicCategories.includes(activity.category),
      )
      .map((activity) => ({
        activityId: activity.id,
        weekday: activity.weekday as Weekday,
        message: `${activityLabel(activity)}是学科类活动，却由校外培训机构「${providers.get(activity.providerId!)!.name}」承担：请改由本校教师负责。`,
        params: { ...activityParams(activity), providerName: providers.get(activity.providerId!)!.name },
      })),
};
