import type { RecordAccess } from '../access/recordAccess';
import { requireRole } from '../auth/access';
import { zhOf } from '../core/labels';
import type { Viewer } from '../auth/viewer';
import type { AuditRepository } from '../audit/auditRepository';
import { addMonths, localDate, nowIso } from '../core/clock';
import { badInput, forbidden, invalidTransition, notFound, versionConflict } from '../core/errors';
import { allRecords } from '../db/allRecords';
import { idsPage, matchesFilters } from '../db/idsPage';
import { effectiveStatus } from '../contracts/contractStatus';
import { newId } from '../core/ids';
import { parseInput, text } from '../core/validation';
import type { ContractRepository } from '../contracts/contractRepository';
import type { ContractRecord } from '../contracts/contractEntity';
import { pageSize, type Page, type PageArgs } from '../db/paging';
import type { GuardedWrite } from '../db/transactions';
import type { EvaluationRepository } from '../evaluations/evaluationRepository';
import type { PolicyService } from '../policy/policyService';
import type { ProviderRecord } from '../providers/providerEntity';
import type { ProviderRepository } from '../providers/providerRepository';
import type { ActivityRepository } from '../activities/activityRepository';
import type { TermRepository } from '../terms/termRepository';
// Namespace import: lets esbuild leave zod's locale bundle out of the Lambda.
import * as z from 'zod';
import type { ExitEvidenceRecord, ExitTrigger, ProviderExitRecord } from './exitEntity';
import type { ExitRepository } from './exitRepository';
import { collectAffected, type TransitionDeps } from './exitTransition';
import { param, summary, type AuditSummary } from '../audit/auditSummaries';
import type { ComplianceMarks } from '../compliance/complianceMarks';

export const SYSTEM_VIEWER: Viewer = { sub: 'system', role: 'DISTRICT_ADMIN' };

const openSchema = z.object({
  providerId: z.string().min(1),
  reason: text(2000),
  evaluationIds: z.array(z.string()).max(20).nullish(),
});

/** Providers an exit case can be opened for. */
const exitableStatuses = ['APPROVED', 'SUSPENDED'];

/** The trail's words for new evidence: the evaluation or survey it refers to, else its own note. */
const evidenceSummary = (item: ExitEvidenceRecord) =>
  item.refId
    ? summary('exit.evidenceAdded', { kind: param.enum('ExitEvidenceKind', item.kind), record: param.ref(item.refId, item.summary) })
    : summary('exit.evidenceNoted', { kind: param.enum('ExitEvidenceKind', item.kind), note: param.text(item.summary) });

export interface ExitServiceDeps extends TransitionDeps {
  exits: ExitRepository;
  providers: ProviderRepository;
  contracts: ContractRepository;
  activities: ActivityRepository;
  terms: TermRepository;
  evaluations: EvaluationRepository;
  audit: AuditRepository;
  policy: PolicyService;
  access: RecordAccess;
  /** Items per DynamoDB transaction (100 on AWS); lower in tests to exercise resumable completion. */
  maxTransactionItems?: number;
  /** Marks the school terms whose contracts completion terminates, for the compliance overview. */
  complianceMarks: ComplianceMarks;
}

export function createExitService(deps: ExitServiceDeps) {
  const { exits, providers, contracts, evaluations, audit, policy, access } = deps;
  const maxItems = deps.maxTransactionItems ?? 100;

  async function load(id: string) {
    const record = await exits.get(id);
    if (!record) throw notFound('ProviderExit', id);
    return record;
  }

  async function loadProvider(id: string): Promise<ProviderRecord> {
    const provider = await providers.get(id);
    if (!provider) throw notFound('Provider', id);
    return provider;
  }

  /** Schools a case concerns when it opens: the opener's and those where the provider has contracts. */
  async function concernedSchools(providerId: string, openerSchool?: string) {
    const page = await contracts.list({ providerId, first: 100 });
    const ids = [...new Set([openerSchool, ...page.items.map((item) => item.record.schoolId)].filter((id): id is string => Boolean(id)))];
    // DynamoDB has no empty sets: no school concerned yet means no attribute.
    return ids.length > 0 ? ids : undefined;
  }

  /** Whether the provider holds a signed or active contract with the school (it serves it now). */
  async function servesSchool(providerId: string, schoolId: string | undefined) {
    if (!schoolId) return false;
    const held = await allRecords((after) => contracts.list({ schoolId, providerId, first: 100, after }));
    return held.some((contract) => ['SIGNED', 'ACTIVE'].includes(effectiveStatus(contract)));
  }

  const caseAudit = (viewer: Viewer, action: string, record: ProviderExitRecord, said: AuditSummary, before?: object) =>
    audit.entry({ viewer, action, entityType: 'ProviderExit', entityId: record.id, summary: said, before, after: record });

  async function createCase(viewer: Viewer, provider: ProviderRecord, trigger: ExitTrigger, reason: string, evidence: ExitEvidenceRecord[], schoolId?: string) {
    if (!exitableStatuses.includes(provider.status)) {
      throw invalidTransition(`An exit case needs an APPROVED or SUSPENDED provider; ${provider.name} is ${provider.status}`, {
        reason: 'WRONG_STATUS',
        status: provider.status,
        statusType: 'ProviderStatus',
      });
    }
    const now = nowIso();
    const record: ProviderExitRecord = {
      id: newId('ProviderExit'),
      version: 1,
      providerId: provider.id,
      status: 'OPEN',
      trigger,
      reason,
      evidence,
      schoolId,
      schoolIds: await concernedSchools(provider.id, schoolId),
      openedBy: viewer.sub,
      affectedActivities: [],
      createdAt: now,
      updatedAt: now,
    };
    return exits.create(record, [
      caseAudit(
        viewer,
        'OPEN',
        record,
        summary('exit.opened', { provider: param.ref(provider.id, provider.name), trigger: param.enum('ProviderExitTrigger', trigger) }),
      ),
      audit.entry({
        viewer,
        action: 'EXIT_OPENED',
        entityType: 'Provider',
        entityId: provider.id,
        relatedId: record.id,
        summary: summary('provider.exitOpened', { exit: param.ref(record.id), reason: param.text(reason) }),
        after: { exitId: record.id },
      }),
    ]);
  }

  return {
    load,

    /** One case: the district's in full, a school admin's limited to their own school's part (see the access policy). */
    async get(viewer: Viewer | null, id: string) {
      requireRole(viewer, 'DISTRICT_ADMIN', 'SCHOOL_ADMIN');
      return access.require(viewer, 'ProviderExit', await load(id));
    },

    async list(
      viewer: Viewer | null,
      input: PageArgs & { filter?: { ids?: readonly string[] | null; providerId?: string | null; status?: string | null; trigger?: string | null } | null },
    ): Promise<Page<ProviderExitRecord>> {
      const signedIn = requireRole(viewer, 'DISTRICT_ADMIN', 'SCHOOL_ADMIN');
      pageSize(input.first);
      const { ids, ...filter } = input.filter ?? {};
      if (ids) return access.page(signedIn, 'ProviderExit', await idsPage(ids, exits.getMany, (record) => matchesFilters(record, filter)));
      const schoolId = signedIn.role === 'SCHOOL_ADMIN' ? signedIn.schoolId : undefined;
      return access.page(signedIn, 'ProviderExit', await exits.list({ first: input.first, after: input.after, ...filter, schoolId }));
    },

    /** Opens a case by hand (district or school admins), with the evaluations that support it. */
    async open(viewer: Viewer | null, input: unknown) {
      const signedIn = requireRole(viewer, 'DISTRICT_ADMIN', 'SCHOOL_ADMIN');
      const values = parseInput(openSchema, input);
      const provider = await loadProvider(values.providerId);
      if (signedIn.role === 'SCHOOL_ADMIN' && !(await servesSchool(provider.id, signedIn.schoolId))) {
        throw forbidden('A school admin may open an exit case only for a provider serving their school (a signed or active contract there)');
      }
      const now = nowIso();
      const evidence: ExitEvidenceRecord[] = [];
      for (const [index, evaluationId] of (values.evaluationIds ?? []).entries()) {
        const evaluation = await evaluations.get(evaluationId);
        if (!evaluation || evaluation.providerId !== provider.id)
          throw badInput(`evaluationIds.${index}`, 'Not an evaluation of this provider', { reason: 'WRONG_RECORD' });
        if (signedIn.role === 'SCHOOL_ADMIN' && evaluation.schoolId !== signedIn.schoolId) throw forbidden('Attach evaluations of your own school');
        evidence.push({
          kind: 'EVALUATION',
          refId: evaluation.id,
          schoolId: evaluation.schoolId,
          summary: `${evaluation.date} ${zhOf(evaluation.kind)} ${evaluation.total} 分`,
          addedAt: now,
        });
      }
      const record = await createCase(signedIn, provider, 'MANUAL', values.reason, evidence, signedIn.role === 'SCHOOL_ADMIN' ? signedIn.schoolId : undefined);
      return access.require(signedIn, 'ProviderExit', record);
    },

    /**
     * The automatic trigger (evaluation, survey, qualification check). Opens at most one case per provider: when
     * one is in progress, the new evidence is added to it instead. Returns undefined for providers not in service.
     */
    async openAutomatically(
      trigger: ExitTrigger,
      providerId: string,
      reason: string,
      evidence: Omit<ExitEvidenceRecord, 'addedAt'>,
    ): Promise<ProviderExitRecord | undefined> {
      const provider = await providers.get(providerId);
      if (!provider || !exitableStatuses.includes(provider.status)) return undefined;
      const item = { ...evidence, addedAt: nowIso() };
      const current = await exits.openCaseOf(providerId);
      if (current) {
        if (current.evidence.some((e) => e.kind === item.kind && e.refId === item.refId)) return current;
        const next = { ...current, evidence: [...current.evidence, item], version: current.version + 1, updatedAt: nowIso() };
        await exits.run([exits.step(next, current.status, current.version), caseAudit(SYSTEM_VIEWER, 'EVIDENCE_ADDED', next, evidenceSummary(item), current)]);
        return next;
      }
      try {
        return await createCase(SYSTEM_VIEWER, provider, trigger, reason, [item]);
      } catch (error) {
        // Another trigger opened the case a moment earlier: add to that one instead.
        if ((error as { code?: string }).code === 'CONFLICT') return this.openAutomatically(trigger, providerId, reason, evidence);
        throw error;
      }
    },

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

export type ExitService = ReturnType<typeof createExitService>;
