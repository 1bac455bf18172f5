import type { Weekday } from '../../policy/policyEntity';
import type { ComplianceRule } from './ruleTypes';
import { activityLabel, activityParams } from './ruleText';

const statusNames: Record<string, string> = { DRAFT: '草稿', SIGNED: '已签订', ACTIVE: '生效中' };

/**
 * Where the district allows no outside providers (outsideProvidersAllowed false, as in 篇三), every provider activity
 * and every contract of the term still open (draft, signed or active) is flagged (SPEC §3.9).
 */
export const providerBanned: ComplianceRule = {
  code: 'PROVIDER_BANNED',
  seed: '篇三',
  title: '不引入校外机构',
  explain: () =>
    '篇三「校外培训机构一律不得进入校园参与或组织实施校内课后服务，坚决禁止学校借课后服务名义与校外培训机构联合办班」。本区政策不允许校外机构参与：已有的机构活动要改由本校教职工负责，机构协议要终止。',
  applies: (policy) => !policy.outsideProvidersAllowed,
  check: ({ activities, contracts, contractStatus, providers }) => [
    ...activities
      .filter((activity) => activity.providerId)
      .map((activity) => ({
        activityId: activity.id,
        weekday: activity.weekday as Weekday,
        detail: 'PROVIDER_ACTIVITY' as const,
        params: { ...activityParams(activity), providerName: providers.get(activity.providerId!)?.name ?? activity.providerId },
        message: `${activityLabel(activity)}由校外机构「${providers.get(activity.providerId!)?.name ?? activity.providerId}」承担：本区不允许校外机构参与课后服务，请改由本校教职工负责。`,
      })),
    ...contracts
      .filter((contract) => ['DRAFT', 'SIGNED', 'ACTIVE'].includes(contractStatus(contract.id) ?? ''))
      .map((contract) => ({
        contractId: contract.id,
        detail: 'PROVIDER_CONTRACT_OPEN' as const,
        params: { providerName: providers.get(contract.providerId)?.name ?? contract.providerId, contractStatus: contractStatus(contract.id) },
        message: `与「${providers.get(contract.providerId)?.name ?? contract.providerId}」的服务协议仍为${statusNames[contractStatus(contract.id)!]}：本区不允许校外机构参与课后服务，请终止或删除该协议。`,
      })),
  ],
};
