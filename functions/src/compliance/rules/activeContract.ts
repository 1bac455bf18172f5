import type { Weekday } from '../../policy/policyEntity';
import type { ComplianceRule } from './ruleTypes';
import { activityLabel, activityParams } from './ruleText';

/** A provider's activity is covered by an ACTIVE contract (SPEC §3.3). */
export const activeContract: ComplianceRule = {
  code: 'NO_ACTIVE_CONTRACT',
  seed: '篇二',
  title: '校外机构服务协议',
  explain: () =>
    '篇二「引入校外资源时，要按照有关规定签订课后服务协议（合同），明确服务的具体方式、服务内容，安全措施、经费支出等事项」。校外机构承担的活动须有生效中的服务协议。',
  check: ({ activities, contractStatus }) =>
    activities
      .filter((activity) => activity.providerId && contractStatus(activity.contractId) !== 'ACTIVE')
      .map((activity) => ({
        activityId: activity.id,
        contractId: activity.contractId,
        weekday: activity.weekday as Weekday,
        message: `${activityLabel(activity)}由校外机构承担但没有生效的服务协议：请签订并生效协议，或改由本校教师负责。`,
        params: activityParams(activity),
      })),
};
