import type { ComplianceRule } from './ruleTypes';

/**
 * Extension point (SPEC §3.9): a school day without a care log (课后看护日志) is flagged. It needs the duty leaders'
 * care logs, which arrive with the daily-care records; until `complianceInputs.ts` loads the `careLogs` input, the
 * report shows this rule as NOT_CHECKED. To enable it: load `careLogs`, then add a `check` that flags every past
 * service day of the term (calendar.serviceDays({ to: today })) without a log.
 */
export const careLog: ComplianceRule = {
  code: 'DAY_WITHOUT_CARE_LOG',
  seed: '篇五',
  title: '课后看护日志',
  explain: () =>
    '篇五「要建立学生安全保障机制、家校联系制度、准入和退出机制、公示制度、课后看护日志等各项管理制度」。每个服务日都要有值班领导的看护日志；需要看护日志数据，接入后检查。',
  needs: ['careLogs'],
};
