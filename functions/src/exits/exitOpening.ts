import { requireRole } from '../auth/access';
import type { Viewer } from '../auth/viewer';
import { param, summary } from '../audit/auditSummaries';
import { effectiveStatus } from '../contracts/contractStatus';
import { nowIso } from '../core/clock';
import { badInput, forbidden, invalidTransition } from '../core/errors';
import { newId } from '../core/ids';
import { evaluationEvidence } from './exitEvidence';
import { parseInput, text } from '../core/validation';
import { allRecords } from '../db/allRecords';
import type { ProviderRecord } from '../providers/providerEntity';
// Namespace import: lets esbuild leave zod's locale bundle out of the Lambda.
import * as z from 'zod';
import type { ExitEvidenceRecord, ExitReason, ExitTrigger, ProviderExitRecord } from './exitEntity';
import { exitableStatuses, SYSTEM_VIEWER, type ExitCases, type ExitServiceDeps } from './exitCases';

// How a case comes to be: opened by hand with evaluations as evidence, or by an automatic trigger that adds its
// evidence to the provider's case in progress. The decision and completion steps are in exitWorkflow.

const openSchema = z.object({
  providerId: z.string().min(1),
  reason: text(2000),
  evaluationIds: z.array(z.string()).max(20).nullish(),
});

/** The trail's words for new evidence: the evaluation or survey it refers to, else its own note. */
const evidenceSummary = (item: ExitEvidenceRecord) =>
  item.refId
    ? summary('exit.evidenceAdded', { kind: param.enum('ExitEvidenceKind', item.kind), record: param.ref(item.refId, item.summary) })
    : summary('exit.evidenceNoted', { kind: param.enum('ExitEvidenceKind', item.kind), note: param.text(item.summary) });

export function createExitOpening(deps: ExitServiceDeps, cases: ExitCases) {
  const { exits, providers, contracts, evaluations, audit, access } = deps;
  const { loadProvider, caseAudit } = cases;

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

  async function createCase(
    viewer: Viewer,
    provider: ProviderRecord,
    trigger: ExitTrigger,
    reason: string | ExitReason,
    evidence: ExitEvidenceRecord[],
    schoolId?: string,
  ) {
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
      ...(typeof reason === 'string' ? { reason } : { reason: reason.text, reasonCode: reason.code, reasonParams: reason.params }),
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
        summary: summary('provider.exitOpened', { exit: param.ref(record.id), reason: param.text(record.reason) }),
        after: { exitId: record.id },
      }),
    ]);
  }

  /**
   * The automatic trigger (evaluation, survey, qualification check). Opens at most one case per provider: when
   * one is in progress, the new evidence is added to it instead. Returns undefined for providers not in service.
   */
  async function openAutomatically(
    trigger: ExitTrigger,
    providerId: string,
    reason: ExitReason,
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
      if ((error as { code?: string }).code === 'CONFLICT') return openAutomatically(trigger, providerId, reason, evidence);
      throw error;
    }
  }

  return {
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
        evidence.push({ ...evaluationEvidence(evaluation, false), addedAt: now });
      }
      const record = await createCase(signedIn, provider, 'MANUAL', values.reason, evidence, signedIn.role === 'SCHOOL_ADMIN' ? signedIn.schoolId : undefined);
      return access.require(signedIn, 'ProviderExit', record);
    },

    openAutomatically,
  };
}
