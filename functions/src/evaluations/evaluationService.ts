// Namespace import: lets esbuild leave zod's locale bundle out of the Lambda.
import * as z from 'zod';
import type { RecordAccess } from '../access/recordAccess';
import { requireSchoolAccess, requireViewer } from '../auth/access';
import type { Viewer } from '../auth/viewer';
import type { AuditRepository } from '../audit/auditRepository';
import { nowIso } from '../core/clock';
import { badInput, conflict, forbidden, invalidTransition, notFound } from '../core/errors';
import { newId } from '../core/ids';
import { dateString, optionalText, parseInput, text } from '../core/validation';
import { idsPage, matchesFilters } from '../db/idsPage';
import { pageSize, type Page, type PageArgs } from '../db/paging';
import type { MemberSource } from '../db/memberLists';
import { ConcurrentTransaction, type GuardedWrite } from '../db/transactions';
import type { ProviderRepository } from '../providers/providerRepository';
import type { SchoolRepository } from '../schools/schoolRepository';
import { DISTRICT_SCOPE, evaluationCriteria, evaluationKinds, type EvaluationRecord } from './evaluationEntity';
import type { EvaluationListArgs, EvaluationRepository } from './evaluationRepository';
import { nextStanding } from './standing';
import { logger } from '../observability/logger';
import { param, summary } from '../audit/auditSummaries';

const score = z.number().int().min(0, 'must be 0–100').max(100, 'must be 0–100');

const recordSchema = z.object({
  providerId: z.string().min(1),
  schoolId: z.string().min(1),
  kind: z.enum(evaluationKinds),
  date: dateString,
  evaluator: text(40),
  scores: z
    .array(z.object({ criterion: z.enum(evaluationCriteria), score }))
    .min(1, 'needs at least one criterion score')
    .refine((list) => new Set(list.map((s) => s.criterion)).size === list.length, 'lists a criterion twice'),
  total: score.nullish(),
  findings: optionalText(4000).transform((value) => value ?? undefined),
  supersedesId: z
    .string()
    .nullish()
    .transform((value) => value || undefined),
});

/** Called after an evaluation is stored (the exit workflow opens a case for a weak one). */
export type EvaluationRecordedHook = (evaluation: EvaluationRecord, viewer: Viewer) => Promise<void>;

const MAX_ATTEMPTS = 8;

export function createEvaluationService(deps: {
  evaluations: EvaluationRepository;
  providers: ProviderRepository;
  schools: SchoolRepository;
  audit: AuditRepository;
  access: RecordAccess;
  onRecorded?: EvaluationRecordedHook[];
}) {
  const { evaluations, providers, schools, audit, access } = deps;

  return {
    async get(viewer: Viewer | null, id: string): Promise<EvaluationRecord> {
      requireViewer(viewer);
      const evaluation = await evaluations.get(id);
      if (!evaluation) throw notFound('Evaluation', id);
      return access.require(viewer, 'Evaluation', evaluation);
    },

    async list(
      viewer: Viewer | null,
      input: PageArgs & { filter?: (Omit<EvaluationListArgs, 'first' | 'after'> & { ids?: readonly string[] | null }) | null },
      /** The provider's kept evaluations (Query otherwise); the same checks and access rules either way. */
      members?: MemberSource,
    ): Promise<Page<EvaluationRecord>> {
      const signedIn = requireViewer(viewer);
      pageSize(input.first);
      const { ids, ...filter } = { ...(input.filter ?? {}) };
      if (ids)
        return access.page(
          signedIn,
          'Evaluation',
          await idsPage(ids, evaluations.getMany, (evaluation) =>
            matchesFilters(evaluation, { providerId: filter.providerId, schoolId: filter.schoolId, kind: filter.kind }),
          ),
        );
      if (signedIn.role === 'SCHOOL_ADMIN') {
        if (filter.schoolId && filter.schoolId !== signedIn.schoolId) throw forbidden('School admins see only their own school’s evaluations');
        filter.schoolId = signedIn.schoolId;
      } else if (signedIn.role === 'PROVIDER') {
        if (filter.providerId && filter.providerId !== signedIn.providerId) throw forbidden('Provider users see only their own evaluations');
        filter.providerId = signedIn.providerId;
      }
      return access.page(signedIn, 'Evaluation', await evaluations.list({ first: input.first, after: input.after, ...filter }, members));
    },

    /** Records an evaluation and moves the provider's standing (district and school) in the same transaction. */
    async record(viewer: Viewer | null, input: unknown): Promise<EvaluationRecord> {
      const values = parseInput(recordSchema, input);
      const signedIn = requireSchoolAccess(viewer, values.schoolId);
      const [provider, school] = await Promise.all([providers.get(values.providerId), schools.get(values.schoolId)]);
      if (!provider) throw badInput('providerId', `Provider ${values.providerId} does not exist`, { reason: 'UNKNOWN_RECORD' });
      if (!school) throw badInput('schoolId', `School ${values.schoolId} does not exist`, { reason: 'UNKNOWN_RECORD' });
      const superseded = values.supersedesId ? await evaluations.get(values.supersedesId) : undefined;
      if (values.supersedesId) {
        if (!superseded || superseded.providerId !== values.providerId || superseded.schoolId !== values.schoolId) {
          throw badInput('supersedesId', 'supersedesId must be an evaluation of the same provider at the same school', { reason: 'WRONG_RECORD' });
        }
        if (superseded.supersededById)
          throw invalidTransition(`Evaluation ${superseded.id} was already corrected by ${superseded.supersededById}; correct that one`, {
            reason: 'ALREADY_CORRECTED',
          });
      }
      const total = values.total ?? Math.round(values.scores.reduce((sum, s) => sum + s.score, 0) / values.scores.length);
      const now = nowIso();
      const record: EvaluationRecord = { ...values, total, id: newId('Evaluation'), version: 1, createdAt: now, updatedAt: now };
      for (let attempt = 1; ; attempt++) {
        const standings = new Map((await evaluations.standings(record.providerId)).map((s) => [s.scope, s]));
        const steps: GuardedWrite[] = [DISTRICT_SCOPE, record.schoolId].map((scope) => {
          const current = standings.get(scope);
          return evaluations.standingStep(nextStanding(current, { providerId: record.providerId, scope }, record, superseded), current?.version ?? 0);
        });
        steps.push(
          providers.dependentDelta(record.providerId, 1, undefined, { list: 'evaluationIds', id: record.id, provider }),
          audit.entry({
            viewer: signedIn,
            action: 'RECORD',
            entityType: 'Evaluation',
            entityId: record.id,
            summary: summary('evaluation.recorded', { provider: param.ref(provider.id, provider.name), total: param.number(total) }),
            after: record,
          }),
          audit.entry({
            viewer: signedIn,
            action: 'EVALUATED',
            entityType: 'Provider',
            entityId: provider.id,
            relatedId: record.id,
            summary: summary('provider.evaluated', {
              school: param.ref(school.id, school.name),
              kind: param.enum('EvaluationKind', record.kind),
              total: param.number(total),
            }),
            after: { evaluationId: record.id, total },
          }),
        );
        try {
          await evaluations.record(record, steps);
          break;
        } catch (error) {
          if (!(error instanceof ConcurrentTransaction)) throw error;
          if (attempt >= MAX_ATTEMPTS) throw conflict('The provider’s standing is being updated by someone else; try again', { reason: 'TRY_AGAIN' });
          await new Promise((wait) => setTimeout(wait, 5 + Math.random() * 20 * attempt));
        }
      }
      // The evaluation is stored whatever a follow-up does; a failed follow-up is logged, and the daily checks and
      // the console's "open exit case" action remain as ways to act on it.
      for (const hook of deps.onRecorded ?? []) {
        await hook(record, signedIn).catch((error: unknown) => logger.error('Evaluation follow-up failed', { evaluationId: record.id, error: error as Error }));
      }
      return record;
    },
  };
}

export type EvaluationService = ReturnType<typeof createEvaluationService>;
