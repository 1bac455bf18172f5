import { localDate } from '../core/clock';
import type { EvaluationRecord } from '../evaluations/evaluationEntity';
import type { PolicyService } from '../policy/policyService';
import type { ProviderRepository } from '../providers/providerRepository';
import { qualificationCovering } from '../providers/providerRules';
import { evaluationEvidence, qualificationEvidence, surveyEvidence } from './exitEvidence';
import type { ExitService } from './exitService';

/**
 * The automatic ways into an exit case (SPEC §3.2.1). Each opens at most one case per provider (further
 * signals become evidence on the case in progress). Surveys call `lowSatisfaction` when one closes.
 */
export function createExitTriggers(deps: { exits: ExitService; policy: PolicyService; providers: ProviderRepository }) {
  const { exits, policy, providers } = deps;

  return {
    /** After an evaluation is recorded: a total below `evaluationExitThreshold` opens a case. */
    async lowEvaluation(evaluation: EvaluationRecord) {
      const { evaluationExitThreshold } = await policy.current();
      if (evaluation.total >= evaluationExitThreshold) return undefined;
      const reason = {
        text: `评价总分 ${evaluation.total} 低于退出阈值 ${evaluationExitThreshold}`,
        code: 'EVALUATION_BELOW_THRESHOLD' as const,
        params: { evaluationTotal: evaluation.total, evaluationThreshold: evaluationExitThreshold },
      };
      return exits.openAutomatically('LOW_EVALUATION', evaluation.providerId, reason, evaluationEvidence(evaluation, true));
    },

    /** When a satisfaction survey on a provider closes below `satisfactionExitRate` (`schoolId`: a school's survey). */
    async lowSatisfaction(providerId: string, surveyId: string, satisfactionRate: number, responseCount: number, schoolId?: string) {
      const { satisfactionExitRate } = await policy.current();
      if (responseCount === 0 || satisfactionRate >= satisfactionExitRate) return undefined;
      const percent = (rate: number) => `${Math.round(rate * 1000) / 10}%`;
      const reason = {
        text: `满意度 ${percent(satisfactionRate)} 低于 ${percent(satisfactionExitRate)}`,
        code: 'SATISFACTION_BELOW_THRESHOLD' as const,
        params: { satisfactionRate, satisfactionThreshold: satisfactionExitRate },
      };
      return exits.openAutomatically('LOW_SATISFACTION', providerId, reason, surveyEvidence(surveyId, schoolId, responseCount, satisfactionRate));
    },

    /**
     * The daily check (EventBridge when deployed, `npm run check:qualifications` locally): every APPROVED or
     * SUSPENDED provider without a qualification valid today gets a case. Returns the providers flagged.
     */
    async expiredQualifications(progress: (line: string) => void = () => {}) {
      const today = localDate();
      const flagged: string[] = [];
      for (const status of ['APPROVED', 'SUSPENDED'] as const) {
        let after: string | null = null;
        do {
          const page = await providers.list({ status, first: 100, after });
          for (const { record } of page.items) {
            if (qualificationCovering(record, today, today)) continue;
            const latest = [...record.qualifications].sort((a, b) => a.validTo.localeCompare(b.validTo)).at(-1);
            await exits.openAutomatically(
              'QUALIFICATION_EXPIRED',
              record.id,
              { text: '资质证书已全部过期', code: 'QUALIFICATIONS_EXPIRED' },
              qualificationEvidence(latest),
            );
            flagged.push(record.id);
            progress(`${record.name}: qualifications expired`);
          }
          after = page.hasNextPage ? (page.items.at(-1)?.cursor ?? null) : null;
        } while (after);
      }
      return flagged;
    },
  };
}

export type ExitTriggers = ReturnType<typeof createExitTriggers>;
