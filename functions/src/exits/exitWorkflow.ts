import { requireRole } from '../auth/access';
import type { Viewer } from '../auth/viewer';
import { param, summary } from '../audit/auditSummaries';
import type { ContractRecord } from '../contracts/contractEntity';
import { addMonths, localDate, nowIso } from '../core/clock';
import { invalidTransition, versionConflict } from '../core/errors';
import { allRecords } from '../db/allRecords';
import type { GuardedWrite } from '../db/transactions';
import type { ProviderRecord } from '../providers/providerEntity';
import type { ProviderExitRecord } from './exitEntity';
import { exitableStatuses, type ExitCases, type ExitServiceDeps } from './exitCases';
import { collectAffected } from './exitTransition';

// The district's steps on an open case: the decision (APPROVE sends the provider into EXITING) and the completion
// that terminates its contracts. How a case is opened is in exitOpening.

export function createExitWorkflow(deps: ExitServiceDeps, cases: ExitCases) {
  const { exits, providers, contracts, audit, policy } = deps;
  const { load, loadProvider, caseAudit } = cases;
  const maxItems = deps.maxTransactionItems ?? 100;

  return {
    /** District decision: APPROVE lists the affected activities and sends the provider into EXITING. */
    async decide(viewer: Viewer | null, id: string, decision: 'APPROVE' | 'REJECT', comment: string | null | undefined, expectedVersion?: number | null) {
      const signedIn = requireRole(viewer, 'DISTRICT_ADMIN');
      const current = await load(id);
      if (current.status !== 'OPEN')
        throw invalidTransition(`Only an OPEN case can be decided; this one is ${current.status}`, {
          reason: 'WRONG_STATUS',
          status: current.status,
          statusType: 'ProviderExitStatus',
        });
      const now = nowIso();
      const next: ProviderExitRecord = {
        ...current,
        decisionComment: comment?.trim() || undefined,
        decidedAt: now,
        version: current.version + 1,
        updatedAt: now,
      };
      const steps: GuardedWrite[] = [];
      if (decision === 'REJECT') {
        next.status = 'REJECTED';
        steps.push(exits.closeMarker(current.providerId));
      } else {
        const provider = await loadProvider(current.providerId);
        if (!exitableStatuses.includes(provider.status))
          throw invalidTransition(`The provider is ${provider.status}`, { reason: 'WRONG_STATUS', status: provider.status, statusType: 'ProviderStatus' });
        next.status = 'APPROVED';
        next.affectedActivities = await collectAffected(deps, provider.id);
        const concerned = [...new Set([...(current.schoolIds ?? []), ...next.affectedActivities.map((a) => a.schoolId)])];
        next.schoolIds = concerned.length > 0 ? concerned : undefined;
        const exiting: ProviderRecord = { ...provider, status: 'EXITING', version: provider.version + 1, updatedAt: now };
        steps.push(
          providers.transitionStep(provider, exiting),
          audit.entry({
            viewer: signedIn,
            action: 'EXIT_APPROVED',
            entityType: 'Provider',
            entityId: provider.id,
            summary: summary('provider.statusChanged', {
              name: param.text(provider.name),
              from: param.enum('ProviderStatus', provider.status),
              to: param.enum('ProviderStatus', 'EXITING'),
            }),
            before: provider,
            after: exiting,
          }),
        );
      }
      await exits.run([
        exits.step(next, 'OPEN', expectedVersion),
        caseAudit(
          signedIn,
          decision,
          next,
          summary(decision === 'APPROVE' ? 'exit.approved' : 'exit.rejected', { comment: param.text(next.decisionComment) }),
          current,
        ),
        ...steps,
      ]);
      return next;
    },

    /**
     * Completion: every affected activity resolved → open contracts TERMINATED, provider EXITED with a re-entry
     * date, case COMPLETED. One transaction when it fits; otherwise contracts are terminated in batches first and
     * the final transaction closes the case, so a crash at any point leaves a state the next call finishes.
     */
    async complete(viewer: Viewer | null, id: string, expectedVersion?: number | null) {
      const signedIn = requireRole(viewer, 'DISTRICT_ADMIN');
      const current = await load(id);
      if (current.status !== 'APPROVED')
        throw invalidTransition(`Only an APPROVED case can be completed; this one is ${current.status}`, {
          reason: 'WRONG_STATUS',
          status: current.status,
          statusType: 'ProviderExitStatus',
        });
      const open = current.affectedActivities.filter((a) => a.resolution === 'UNRESOLVED');
      if (open.length > 0)
        throw invalidTransition(`${open.length} affected activities are still unresolved: reassign or cancel them first`, {
          reason: 'UNRESOLVED_ACTIVITIES',
          count: open.length,
          unresolved: open.map((a) => a.activityId),
        });
      // A stale version is refused before anything is written (the marks of a multi-step completion go out first);
      // the final transaction still holds the version against a concurrent change.
      if (expectedVersion != null && expectedVersion !== current.version) throw versionConflict('ProviderExit', current.id, expectedVersion, current.version);
      const provider = await loadProvider(current.providerId);
      const now = nowIso();
      const today = localDate();
      const contractSteps = (await openContractsOf(deps, provider.id)).flatMap((contract): GuardedWrite[] => {
        const terminated: ContractRecord = {
          ...contract,
          status: 'TERMINATED',
          terminatedAt: now,
          terminationReason: '有序退出',
          terminatedByExitId: current.id,
          version: contract.version + 1,
          updatedAt: now,
        };
        return [
          contracts.transitionStep(contract, terminated),
          audit.entry({
            viewer: signedIn,
            action: 'TERMINATE',
            entityType: 'Contract',
            entityId: contract.id,
            summary: summary('contract.terminatedByExit', { exit: param.ref(current.id) }),
            before: contract,
            after: terminated,
          }),
        ];
      });
      // The compliance marks of every school term the provider ever contracted: in the one transaction when the
      // completion fits; when the terminations run in several, before the first and after the last (a retry after a
      // crash marks again).
      const touched = (await allRecords((after) => contracts.list({ providerId: provider.id, first: 100, after }))).map(({ schoolId, termId }) => ({
        schoolId,
        termId,
      }));
      const marks = deps.complianceMarks.steps(touched);
      const reentryDate = addMonths(today, (await policy.current()).reentryAfterMonths);
      const next: ProviderExitRecord = { ...current, status: 'COMPLETED', completedAt: now, reentryDate, version: current.version + 1, updatedAt: now };
      const exited: ProviderRecord = { ...provider, status: 'EXITED', reentryDate, version: provider.version + 1, updatedAt: now };
      const finalSteps: GuardedWrite[] = [
        exits.step(next, 'APPROVED', expectedVersion),
        exits.closeMarker(provider.id),
        caseAudit(signedIn, 'COMPLETE', next, summary('exit.completed', { reentryDate: param.date(reentryDate) }), current),
        ...(provider.status === 'EXITING' ? [providers.transitionStep(provider, exited)] : []),
        audit.entry({
          viewer: signedIn,
          action: 'EXITED',
          entityType: 'Provider',
          entityId: provider.id,
          summary: summary('provider.exited', { name: param.text(provider.name), reentryDate: param.date(reentryDate) }),
          before: provider,
          after: exited,
        }),
      ];
      if (contractSteps.length + finalSteps.length + marks.length <= maxItems) {
        await exits.run([...contractSteps, ...finalSteps, ...marks]);
      } else {
        await deps.complianceMarks.now(touched);
        // Contract pairs (step + audit) never split across transactions.
        const perBatch = Math.max(2, maxItems - (maxItems % 2));
        for (let i = 0; i < contractSteps.length; i += perBatch) await exits.run(contractSteps.slice(i, i + perBatch));
        await exits.run(finalSteps);
        await deps.complianceMarks.now(touched);
      }
      return next;
    },
  };
}

/** The provider's contracts that are not TERMINATED yet (DRAFT, SIGNED, ACTIVE — expired ones included). */
async function openContractsOf(deps: Pick<ExitServiceDeps, 'contracts'>, providerId: string): Promise<ContractRecord[]> {
  const result: ContractRecord[] = [];
  let after: string | null = null;
  do {
    const page = await deps.contracts.list({ providerId, first: 100, after });
    result.push(...page.items.map((item) => item.record).filter((contract) => contract.status !== 'TERMINATED'));
    after = page.hasNextPage ? (page.items.at(-1)?.cursor ?? null) : null;
  } while (after);
  return result;
}
