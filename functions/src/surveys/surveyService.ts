import type { RecordAccess } from '../access/recordAccess';
import { requireRole, requireSchoolAccess, requireViewer } from '../auth/access';
import type { Viewer } from '../auth/viewer';
import type { AuditRepository } from '../audit/auditRepository';
import { nowIso } from '../core/clock';
import { badInput, forbidden, invalidTransition, notFound } from '../core/errors';
import { newId, randomToken } from '../core/ids';
import { definedOnly, parseInput } from '../core/validation';
import type { ActivityRepository } from '../activities/activityRepository';
import { pageSize, type Page, type PageArgs } from '../db/paging';
import type { ProviderRepository } from '../providers/providerRepository';
import type { SchoolRepository } from '../schools/schoolRepository';
import type { TermRepository } from '../terms/termRepository';
import type { ResponseRepository } from './responseRepository';
import { DISTRICT_KEY, type SurveyQuestionRecord, type SurveyRecord } from './surveyEntity';
import { createSurveySchema, updateSurveySchema } from './surveyInput';
import type { SurveyListArgs, SurveyRepository } from './surveyRepository';
import { createSurveyReferenceChecks, requireUniqueQuestionIds, type SurveyOwner } from './surveyReferences';
import { groupSummary } from './surveyResults';
import { logger } from '../observability/logger';
import { param, summary, type AuditSummary } from '../audit/auditSummaries';

/** Called when a survey closes (a low provider satisfaction opens an exit case). */
export type SurveyClosedHook = (survey: SurveyRecord, summary: { responseCount: number; satisfactionRate: number | null }) => Promise<unknown>;

export function createSurveyService(deps: {
  surveys: SurveyRepository;
  responses: ResponseRepository;
  schools: SchoolRepository;
  providers: ProviderRepository;
  activities: ActivityRepository;
  terms: TermRepository;
  audit: AuditRepository;
  access: RecordAccess;
  onClosed?: SurveyClosedHook[];
}) {
  const { surveys, responses, schools, providers, activities, audit, access } = deps;
  const references = createSurveyReferenceChecks(deps);

  async function load(id: string) {
    const survey = await surveys.get(id);
    if (!survey) throw notFound('Survey', id);
    return survey;
  }

  /** Who owns a survey: its school key (a school id, or `district`) and the provider it is about. */
  async function ownership(viewer: Viewer | null, scope: SurveyRecord['scope'], scopeId: string | null | undefined) {
    if (scope === 'DISTRICT') return { signedIn: requireRole(viewer, 'DISTRICT_ADMIN'), schoolKey: DISTRICT_KEY, providerId: undefined };
    if (!scopeId) throw badInput('scopeId', `A ${scope} survey needs scopeId`, { reason: 'REQUIRED' });
    if (scope === 'SCHOOL') {
      const signedIn = requireSchoolAccess(viewer, scopeId);
      if (!(await schools.get(scopeId))) throw badInput('scopeId', `School ${scopeId} does not exist`, { reason: 'UNKNOWN_RECORD' });
      return { signedIn, schoolKey: scopeId, providerId: undefined };
    }
    if (scope === 'PROVIDER') {
      const signedIn = requireRole(viewer, 'DISTRICT_ADMIN');
      if (!(await providers.get(scopeId))) throw badInput('scopeId', `Provider ${scopeId} does not exist`, { reason: 'UNKNOWN_RECORD' });
      return { signedIn, schoolKey: DISTRICT_KEY, providerId: scopeId };
    }
    const activity = await activities.get(scopeId);
    if (!activity) throw badInput('scopeId', `Activity ${scopeId} does not exist`, { reason: 'UNKNOWN_RECORD' });
    return { signedIn: requireSchoolAccess(viewer, activity.schoolId), schoolKey: activity.schoolId, providerId: activity.providerId, activity };
  }

  /** Checks the term and previous survey a write sets (only those it sets) against the survey they belong to. */
  async function checkReferences(owner: SurveyOwner, values: { termId?: string | null; previousSurveyId?: string | null }) {
    if (values.termId) await references.term(owner, values.termId);
    if (values.previousSurveyId) await references.previous(owner, values.previousSurveyId);
  }

  /** Gives new questions stable ids (`q1`, `q2`, …) without reusing ids already in the survey. */
  function withIds(questions: (Omit<SurveyQuestionRecord, 'id'> & { id?: string | null })[]): SurveyQuestionRecord[] {
    requireUniqueQuestionIds(questions);
    const used = new Set(questions.map((q) => q.id).filter(Boolean));
    let next = 1;
    return questions.map((q) => {
      if (q.id) return { ...q, id: q.id };
      while (used.has(`q${next}`)) next++;
      used.add(`q${next}`);
      return { ...q, id: `q${next}` };
    });
  }

  async function loadForChange(viewer: Viewer | null, id: string) {
    const survey = await load(id);
    const signedIn = requireRole(viewer, 'DISTRICT_ADMIN', 'SCHOOL_ADMIN');
    if (signedIn.role !== 'DISTRICT_ADMIN' && survey.schoolKey !== signedIn.schoolId) throw forbidden('School admins manage only their school’s surveys');
    return { survey, signedIn };
  }

  const surveyAudit = (viewer: Viewer, action: string, after: SurveyRecord, said: AuditSummary, before?: SurveyRecord) =>
    audit.entry({ viewer, action, entityType: 'Survey', entityId: after.id, summary: said, before, after });

  return {
    async get(viewer: Viewer | null, id: string) {
      requireViewer(viewer);
      return access.require(viewer, 'Survey', await load(id));
    },

    async list(
      viewer: Viewer | null,
      input: PageArgs & { filter?: (Omit<SurveyListArgs, 'first' | 'after' | 'schoolKey'> & { schoolId?: string | null }) | null },
    ): Promise<Page<SurveyRecord>> {
      const signedIn = requireRole(viewer, 'DISTRICT_ADMIN', 'SCHOOL_ADMIN');
      pageSize(input.first);
      const { schoolId, ...filter } = input.filter ?? {};
      if (signedIn.role === 'SCHOOL_ADMIN' && schoolId && schoolId !== signedIn.schoolId) throw forbidden('School admins see only their school’s surveys');
      if (signedIn.role === 'SCHOOL_ADMIN' && filter.scope === 'DISTRICT') {
        // District-wide surveys, each as the school's slice (published ones: a draft is the district's business).
        return access.page(
          signedIn,
          'Survey',
          await surveys.list({ first: input.first, after: input.after, ...filter, schoolKey: DISTRICT_KEY, excludeStatus: 'DRAFT' }),
        );
      }
      const schoolKey = signedIn.role === 'SCHOOL_ADMIN' ? signedIn.schoolId : schoolId;
      return access.page(signedIn, 'Survey', await surveys.list({ first: input.first, after: input.after, ...filter, schoolKey }));
    },

    async create(viewer: Viewer | null, input: unknown) {
      const values = parseInput(createSurveySchema, input);
      const { signedIn, schoolKey, providerId, activity } = await ownership(viewer, values.scope, values.scopeId);
      const questions = withIds(values.questions);
      await checkReferences({ kind: values.kind, scope: values.scope, scopeId: values.scopeId, schoolKey, activity }, values);
      const now = nowIso();
      const record: SurveyRecord = {
        ...values,
        intro: values.intro ?? undefined,
        scopeId: values.scope === 'DISTRICT' ? undefined : (values.scopeId ?? undefined),
        termId: values.termId ?? undefined,
        previousSurveyId: values.previousSurveyId ?? undefined,
        questions,
        id: newId('Survey'),
        version: 1,
        schoolKey,
        providerId,
        status: 'DRAFT',
        // 100 random bits: unguessable, and short enough to type from a printed notice.
        accessCode: randomToken(20),
        createdAt: now,
        updatedAt: now,
      };
      return surveys.create(record, [surveyAudit(signedIn, 'CREATE', record, summary('survey.created', { title: param.text(record.title) }))]);
    },

    async update(viewer: Viewer | null, id: string, input: unknown, expectedVersion: number) {
      const changes = definedOnly(parseInput(updateSurveySchema, input));
      const { survey, signedIn } = await loadForChange(viewer, id);
      if (survey.status !== 'DRAFT')
        throw invalidTransition('Only a DRAFT survey can be edited: answers already refer to its questions', {
          reason: 'WRONG_STATUS',
          status: survey.status,
          statusType: 'SurveyStatus',
        });
      const next = { ...survey, ...changes, version: expectedVersion + 1, updatedAt: nowIso() } as SurveyRecord;
      if (changes.questions) next.questions = withIds(changes.questions);
      const activity = survey.scope === 'ACTIVITY' && changes.termId && survey.scopeId ? await activities.get(survey.scopeId) : undefined;
      await checkReferences({ ...survey, activity }, changes);
      await surveys.run([
        surveys.step(next, 'DRAFT', expectedVersion),
        surveyAudit(signedIn, 'UPDATE', next, summary('survey.updated', { title: param.text(next.title) }), survey),
      ]);
      return next;
    },

    async delete(viewer: Viewer | null, id: string) {
      const { survey, signedIn } = await loadForChange(viewer, id);
      if (survey.status !== 'DRAFT')
        throw invalidTransition('Only a DRAFT survey can be deleted; close it instead', {
          reason: 'WRONG_STATUS',
          status: survey.status,
          statusType: 'SurveyStatus',
        });
      await surveys.delete(survey, [
        audit.entry({
          viewer: signedIn,
          action: 'DELETE',
          entityType: 'Survey',
          entityId: id,
          summary: summary('survey.deleted', { title: param.text(survey.title) }),
          before: survey,
        }),
      ]);
      return id;
    },

    /** DRAFT → OPEN, refused with every coercive phrase named (seed part 二: participation is voluntary). */
    async publish(viewer: Viewer | null, id: string, expectedVersion?: number | null) {
      const { survey, signedIn } = await loadForChange(viewer, id);
      if (survey.status !== 'DRAFT')
        throw invalidTransition(`Only a DRAFT survey can be published; this one is ${survey.status}`, {
          reason: 'WRONG_STATUS',
          status: survey.status,
          statusType: 'SurveyStatus',
        });
      // Drafts written before ids were checked may still repeat one: nobody could answer such a survey.
      requireUniqueQuestionIds(survey.questions);
      // Loaded on first publication: OpenCC's dictionaries are not needed by any other request (bundle size).
      const { findCoerciveWording, surveyWordingTexts } = await import('./coerciveWording');
      const findings = findCoerciveWording(surveyWordingTexts(survey));
      if (findings.length > 0) {
        throw badInput(findings[0].field, `The survey uses coercive wording: ${findings.map((f) => `“${f.phrase}”（${f.reason}）`).join('；')}`, {
          reason: 'WORDING',
          phrases: findings,
        });
      }
      const now = nowIso();
      const next: SurveyRecord = { ...survey, status: 'OPEN', openedAt: now, version: survey.version + 1, updatedAt: now };
      await surveys.run([
        surveys.step(next, 'DRAFT', expectedVersion),
        surveyAudit(signedIn, 'PUBLISH', next, summary('survey.published', { title: param.text(survey.title) }), survey),
      ]);
      return next;
    },

    /** OPEN → CLOSED; then the close hooks run (a weak provider result opens an exit case). */
    async close(viewer: Viewer | null, id: string, expectedVersion?: number | null) {
      const { survey, signedIn } = await loadForChange(viewer, id);
      if (survey.status !== 'OPEN')
        throw invalidTransition(`Only an OPEN survey can be closed; this one is ${survey.status}`, {
          reason: 'WRONG_STATUS',
          status: survey.status,
          statusType: 'SurveyStatus',
        });
      const now = nowIso();
      const next: SurveyRecord = { ...survey, status: 'CLOSED', closedAt: now, version: survey.version + 1, updatedAt: now };
      await surveys.run([
        surveys.step(next, 'OPEN', expectedVersion),
        surveyAudit(signedIn, 'CLOSE', next, summary('survey.closed', { title: param.text(survey.title) }), survey),
      ]);
      const figures = groupSummary((await responses.aggregates(id, 'all#')).get('all'));
      for (const hook of deps.onClosed ?? []) {
        await hook(next, figures).catch((error: unknown) => logger.error('Survey close follow-up failed', { surveyId: id, error: error as Error }));
      }
      return next;
    },
  };
}

export type SurveyService = ReturnType<typeof createSurveyService>;
