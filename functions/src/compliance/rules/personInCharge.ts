import type { Weekday } from '../../policy/policyEntity';
import type { ComplianceRule } from './ruleTypes';
import { activityLabel, activityParams } from './ruleText';

/** Every activity names its person in charge, one of the timetable's five elements (SPEC §3.3). */
export const personInCharge: ComplianceRule = {
  code: 'NO_PERSON_IN_CHARGE',
  seed: '篇二',
  title: '排片表负责人员',
  explain: () => '篇二「建立包含“时间安排”“活动内容”“场地开放”“形式安排”“负责人员”等五要素的课后服务“排片表”」。每项活动都要有负责人：本校教师或校外机构。',
  check: ({ activities }) =>
    activities
      .filter((activity) => !activity.staffName && !activity.providerId)
      .map((activity) => ({
        activityId: activity.id,
        weekday: activity.weekday as Weekday,
        params: activityParams(activity),
        message: `${activityLabel(activity)}没有负责人：请指定本校教师或校外机构。`,
      })),
};
