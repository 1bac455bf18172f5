import type { Weekday } from '../../policy/policyEntity';
import type { ProviderRecord } from '../../providers/providerEntity';
import type { ComplianceRule } from './ruleTypes';
import { activityLabel, activityParams } from './ruleText';

/** Whether any of the provider's staff holds a certificate valid on `date` (no end date: valid). */
export const hasCertifiedStaff = (provider: Pick<ProviderRecord, 'staff'>, date: string) =>
  provider.staff.some((member) => member.certificates.some((certificate) => !certificate.validTo || certificate.validTo >= date));

/** A provider running activities has staff with a certificate valid today (SPEC §3.9, 篇二). */
export const staffCertificate: ComplianceRule = {
  code: 'PROVIDER_STAFF_UNCERTIFIED',
  seed: '篇二',
  title: '校外人员资质',
  explain: () =>
    '篇二「引入的社会专业人员需要具备相应的资质或证明，如职业资格证书或专业技术（技能）证书」。承担活动的校外机构须有持有效证书的人员（以今天为准）。',
  check: ({ activities, providers, today }) =>
    activities
      .filter((activity) => {
        const provider = activity.providerId ? providers.get(activity.providerId) : undefined;
        return provider !== undefined && !hasCertifiedStaff(provider, today);
      })
      .map((activity) => ({
        activityId: activity.id,
        weekday: activity.weekday as Weekday,
        params: { ...activityParams(activity), providerName: providers.get(activity.providerId!)!.name },
        message: `${activityLabel(activity)}由「${providers.get(activity.providerId!)!.name}」承担，但该机构没有持有效证书的人员：请机构补充人员证书，或改由本校教师负责。`,
      })),
};
