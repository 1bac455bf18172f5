import { toYuan } from '../../money/fees';
import type { ComplianceRule } from './ruleTypes';

/**
 * SPEC §3.8, seed part 二 (每生每年不低于100元): the operating fund the district recorded for the school's year must reach
 * `operatingFundPerStudentYear` × the students enrolled in the term (APPROVED applications). Until the district
 * records an allocation for the year the rule is NOT_CHECKED (input `funds`), never a vacuous pass.
 */
export const operatingFund: ComplianceRule = {
  code: 'OPERATING_FUND_LOW',
  seed: '篇二',
  title: '运转经费不低于生均标准',
  explain: (policy) =>
    `篇二「按每生每年不低于${policy.operatingFundPerStudentYear}元的标准安排课后服务运转经费」。区教育局为学校登记的学年运转经费不得低于 ${policy.operatingFundPerStudentYear} 元 × 本学期参加课后服务的学生数。`,
  needs: ['funds'],
  check: ({ fund, policy }) => {
    if (!fund || fund.amountFen >= fund.requiredFen) return [];
    return [
      {
        params: {
          schoolYear: fund.schoolYear,
          fundAmount: toYuan(fund.amountFen),
          requiredFundAmount: toYuan(fund.requiredFen),
          fundPerStudent: policy.operatingFundPerStudentYear,
          studentCount: fund.enrolledCount,
        },
        message: `${fund.schoolYear} 学年运转经费 ${toYuan(fund.amountFen).toFixed(2)} 元，低于 ${policy.operatingFundPerStudentYear} 元 × ${fund.enrolledCount} 名学生 = ${toYuan(fund.requiredFen).toFixed(2)} 元：请区教育局补足。`,
      },
    ];
  },
};
