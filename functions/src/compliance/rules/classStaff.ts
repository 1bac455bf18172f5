import type { ComplianceRule } from './ruleTypes';

/**
 * Extension point (SPEC §3.9): every class (班级) has at least one staff member on duty. It needs the classes and
 * their staff, which arrive with the people records (staff, classes, students); until `complianceInputs.ts` loads
 * the `classes` input, the report shows this rule as NOT_CHECKED. To enable it: load `classes`, then add a `check`
 * that flags each class without an active staff member on a service day.
 */
export const classStaff: ComplianceRule = {
  code: 'CLASS_WITHOUT_STAFF',
  seed: '篇三',
  title: '每班至少一名教职工',
  explain: () => '篇三「人数较少的可以跨班级跨年级统筹组班，每个课后班应至少安排一名教职工负责管理服务」。需要班级与教职工数据，接入后检查。',
  needs: ['classes'],
};
