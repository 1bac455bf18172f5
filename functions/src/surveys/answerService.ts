import { requireRole } from '../auth/access';
import type { Viewer } from '../auth/viewer';
import { nowIso } from '../core/clock';
import { AppError, badInput, conflict, invalidTransition, notFound } from '../core/errors';
import { parseInput } from '../core/validation';
import type { RecordAccess } from '../access/recordAccess';
import type { ActivityRepository } from '../activities/activityRepository';
import type { Db } from '../db/client';
import { ConcurrentTransaction } from '../db/transactions';
import type { ProviderRepository } from '../providers/providerRepository';
import type { SchoolRepository } from '../schools/schoolRepository';
import { createSurveyGuards, surveyLimits } from './abuseGuards';
import { contributions, difference, validateAnswers, type AnswerInput } from './answers';
import { respondentHash, type Counters, type ResponseRepository, type StoredResponse } from './responseRepository';
import { DISTRICT_KEY, type SurveyRecord } from './surveyEntity';
import { submissionSchema } from './surveyInput';
import type { SurveyRepository } from './surveyRepository';
import { GROUP_SUMMARY_COUNTERS, groupSummary, questionResults } from './surveyResults';
import { SLICE_MIN_ANSWERS, schoolSliceOf } from './schoolSlice';
import { sliceFigures } from './sliceFigures';

const MAX_ATTEMPTS = 10;
export const groupPrefixes = { SCHOOL: 'school:', PROVIDER: 'provider:', ACTIVITY: 'activity:', GRADE: 'grade:' } as const;
export type GroupBy = keyof typeof groupPrefixes;

/** A GRADE group's `label` (`3年级`); the group's `grade` gives the number for other languages. */
export const gradeGroupLabel = (grade: number | string) => `${grade}年级`;

export interface SubmissionInput {
  accessCode: string;
  respondentKey: string;
  answers: readonly AnswerInput[];
  grade?: number | null;
  schoolId?: string | null;
}

/** RATE_LIMITED, answered with HTTP 429 and when to try again (a client's request, never a 5xx). */
const tooMany = (message: string, retryAfterSeconds: number) => new AppError('RATE_LIMITED', message, { retryAfterSeconds, http: { status: 429 } });

export function createAnswerService(deps: {
  db: Db;
  surveys: SurveyRepository;
  responses: ResponseRepository;
  schools: SchoolRepository;
  providers: ProviderRepository;
  activities: ActivityRepository;
  access: RecordAccess;
}) {
  const { surveys, responses, schools, providers, activities } = deps;
  const guards = createSurveyGuards(deps.db);

  async function byCode(accessCode: string) {
    const survey = await surveys.byAccessCode(accessCode);
    if (!survey) throw notFound('Survey', accessCode);
    return survey;
  }

  /** A draft's link may already be printed: it answers "not open yet" (and nothing of the draft), not "no such survey". */
  const notOpenYet = () => invalidTransition('This survey is not open yet', { reason: 'SURVEY_NOT_OPEN' });

  async function openByCode(accessCode: string) {
    const survey = await byCode(accessCode);
    if (survey.status === 'DRAFT') throw notOpenYet();
    if (survey.status !== 'OPEN') throw invalidTransition('This survey has closed; thank you', { reason: 'SURVEY_CLOSED' });
    return survey;
  }

  /** The aggregate groups one response counts in: the whole survey, its school, provider, activity and grade. */
  function groupsOf(survey: SurveyRecord, schoolId: string | undefined, grade: number | undefined) {
    return [
      'all',
      schoolId ? `school:${schoolId}` : '',
      survey.providerId ? `provider:${survey.providerId}` : '',
      survey.scope === 'ACTIVITY' ? `activity:${survey.scopeId}` : '',
      grade ? `grade:${grade}` : '',
    ].filter(Boolean);
  }

  async function labels(prefix: string, keys: string[]): Promise<Map<string, string>> {
    const ids = keys.map((key) => key.slice(prefix.length));
    if (prefix === groupPrefixes.GRADE) return new Map(keys.map((key, i) => [key, gradeGroupLabel(ids[i])]));
    const repository = prefix === groupPrefixes.SCHOOL ? schools : prefix === groupPrefixes.PROVIDER ? providers : activities;
    const records = await repository.getMany(ids);
    return new Map(
      keys.map((key, i) => {
        const record = records[i] as { name?: string; title?: string } | undefined;
        return [key, record?.name ?? record?.title ?? ids[i]];
      }),
    );
  }

  /**
   * One school's figures of a district survey. Groups other than the school itself are left out: grade and activity
   * groups of a district survey mix every school's answers.
   */
  async function sliceResults(survey: SurveyRecord, schoolId: string, groupBy?: GroupBy | null): Promise<Omit<SurveyResultsView, 'previous'>> {
    const group = `school:${schoolId}`;
    const figures = sliceFigures(survey.questions, (await responses.aggregates(survey.id, `${group}#`)).get(group));
    const groups =
      groupBy === 'SCHOOL' && figures.responseCount > 0
        ? [
            {
              key: schoolId,
              label: (await labels(groupPrefixes.SCHOOL, [group])).get(group) ?? schoolId,
              responseCount: figures.responseCount,
              satisfactionRate: figures.satisfactionRate,
              withheld: figures.withheld,
            },
          ]
        : [];
    return { surveyId: survey.id, ...figures, groups, schoolSlice: schoolId, minimumAnswers: SLICE_MIN_ANSWERS };
  }

  return {
    /** What the public page needs: the questions, and the schools to pick from for district-wide surveys. */
    async publicView(accessCode: string) {
      const survey = await byCode(accessCode);
      if (survey.status === 'DRAFT') throw notOpenYet();
      const asksForSchool = survey.schoolKey === DISTRICT_KEY;
      const schoolOptions = asksForSchool
        ? (await schools.list({ first: 100, filter: {}, orderBy: { field: 'CODE', direction: 'ASC' } })).items.map(({ record }) => ({
            id: record.id,
            name: record.name,
          }))
        : [];
      return { ...survey, asksForSchool, schoolOptions };
    },

    /**
     * A respondent key for this device and survey (the page keeps it): only keys issued here are accepted, and each
     * client network gets a limited number an hour, so nobody can invent respondents at will.
     */
    async issueKey(accessCode: string, clientAddress?: string) {
      if (accessCode.length > 64) throw badInput('accessCode', 'accessCode must be at most 64 characters', { reason: 'TOO_LONG', max: 64 });
      const survey = await openByCode(accessCode);
      if (clientAddress && (await guards.hit(`keys#${await guards.clientId(clientAddress)}`, 3600)) > surveyLimits.keysPerClientPerHour()) {
        throw tooMany('Too many answer keys were issued to your network this hour; try again later', 3600);
      }
      return { key: await guards.issueKey(survey.id) };
    },

    /**
     * Stores an anonymous answer. One per respondent key: a resubmission replaces the earlier answer and the
     * aggregates move by the difference — in the same transaction, retried if the same key answers concurrently.
     */
    async submit(input: SubmissionInput, clientAddress?: string) {
      // Everything about the submission is checked before it counts against any limit: junk never locks parents out.
      const values = parseInput(submissionSchema, input);
      const survey = await byCode(values.accessCode);
      if (survey.status !== 'OPEN')
        throw invalidTransition(survey.status === 'CLOSED' ? 'This survey has closed; thank you' : 'This survey is not open yet', {
          reason: survey.status === 'CLOSED' ? 'SURVEY_CLOSED' : 'SURVEY_NOT_OPEN',
        });
      if (!(await guards.isValidKey(survey.id, values.respondentKey))) {
        throw badInput('respondentKey', 'respondentKey must be a key issued for this survey by issueRespondentKey', { reason: 'RESPONDENT_KEY' });
      }
      const answers = validateAnswers(survey.questions, input.answers);
      let schoolId = values.schoolId ?? undefined;
      if (survey.schoolKey !== DISTRICT_KEY) {
        if (schoolId && schoolId !== survey.schoolKey) throw badInput('schoolId', 'This survey belongs to another school', { reason: 'OTHER_SCHOOL' });
        schoolId = survey.schoolKey;
      } else if (schoolId && !(await schools.get(schoolId))) {
        throw badInput('schoolId', 'Unknown school', { reason: 'UNKNOWN_RECORD' });
      }
      // The client's own limit first, so one busy network does not also use up the survey's.
      if (clientAddress && (await guards.hit(`submit#${await guards.clientId(clientAddress)}`, 60)) > surveyLimits.perClientPerMinute()) {
        throw tooMany('Too many answers come from your network right now; try again in a minute', 60);
      }
      if ((await responses.hit(values.accessCode)) > surveyLimits.perCodePerMinute())
        throw tooMany('Too many answers arrive on this survey right now; try again in a minute', 60);
      const grade = values.grade ?? undefined;
      const hash = respondentHash(survey.id, values.respondentKey);
      const groups = groupsOf(survey, schoolId, grade);
      const added = contributions(survey.questions, answers);
      for (let attempt = 1; ; attempt++) {
        const previous = await responses.get(survey.id, hash);
        const removed = previous ? contributions(survey.questions, previous.answers) : undefined;
        const deltas = new Map<string, Counters>();
        for (const group of new Set([...groups, ...(previous?.groups ?? [])])) {
          const inNew = groups.includes(group);
          const inOld = Boolean(previous?.groups.includes(group));
          deltas.set(group, difference(inNew ? added : new Map(), inOld ? removed : undefined));
        }
        const submittedAt = nowIso();
        const next: StoredResponse = {
          surveyId: survey.id,
          respondentHash: hash,
          answers,
          groups,
          grade,
          schoolId,
          submittedAt,
          version: (previous?.version ?? 0) + 1,
        };
        try {
          await responses.save(next, previous?.version, deltas);
          return { accepted: true, replaced: Boolean(previous), submittedAt };
        } catch (error) {
          if (!(error instanceof ConcurrentTransaction)) throw error;
          if (attempt >= MAX_ATTEMPTS) throw conflict('This answer is being saved from another device at the same moment; try again', { reason: 'TRY_AGAIN' });
          await new Promise((wait) => setTimeout(wait, 5 + Math.random() * 20 * attempt));
        }
      }
    },

    /**
     * Results from the maintained aggregates (a Query over aggregate shards; never the responses). A school admin
     * reading a district survey gets their school's slice: its figures only, withheld below SLICE_MIN_ANSWERS.
     */
    async results(viewer: Viewer | null, surveyId: string, groupBy?: GroupBy | null, withPrevious = true): Promise<SurveyResultsView> {
      const signedIn = requireRole(viewer, 'DISTRICT_ADMIN', 'SCHOOL_ADMIN');
      const stored = await surveys.get(surveyId);
      if (!stored) throw notFound('Survey', surveyId);
      const survey = await deps.access.require(signedIn, 'Survey', stored);
      const previous = withPrevious && survey.previousSurveyId ? await this.results(viewer, survey.previousSurveyId, null, false).catch(() => null) : null;
      const slice = schoolSliceOf(survey);
      if (slice) return { ...(await sliceResults(survey, slice, groupBy)), previous };
      const all = (await responses.aggregates(surveyId, 'all#')).get('all') ?? new Map();
      let groups: SurveyResultsView['groups'] = [];
      if (groupBy) {
        const prefix = groupPrefixes[groupBy];
        const counters = await responses.aggregates(surveyId, prefix, GROUP_SUMMARY_COUNTERS);
        const names = await labels(prefix, [...counters.keys()]);
        groups = [...counters]
          .map(([key, c]) => ({
            key: key.slice(prefix.length),
            label: names.get(key) ?? key,
            grade: prefix === groupPrefixes.GRADE ? Number(key.slice(prefix.length)) : null,
            ...groupSummary(c),
            withheld: false,
          }))
          .filter((group) => group.responseCount > 0)
          .sort((a, b) => a.label.localeCompare(b.label, 'zh-CN'));
      }
      const questions = questionResults(survey.questions, all).map((question) => ({ ...question, withheld: false }));
      return { surveyId, ...groupSummary(all), questions, groups, previous, schoolSlice: null, withheld: false, minimumAnswers: SLICE_MIN_ANSWERS };
    },

    /** How many answers a school's slice of a survey has (the slice's `Survey.responseCount`). */
    sliceResponseCount: async (surveyId: string, schoolId: string) =>
      groupSummary((await responses.aggregates(surveyId, `school:${schoolId}#`)).get(`school:${schoolId}`)).responseCount,

    /** Answer counts of a page of surveys, in order (one read of the aggregate shards; `Survey.responseCount`). */
    responseCounts: (surveyIds: readonly string[]) => responses.responseCounts(surveyIds),

    responseCount: async (surveyId: string) => groupSummary((await responses.aggregates(surveyId, 'all#')).get('all')).responseCount,
  };
}

export interface SurveyResultsView {
  surveyId: string;
  responseCount: number;
  satisfactionRate: number | null;
  questions: (ReturnType<typeof questionResults>[number] & { withheld: boolean })[];
  /** `grade`: the grade of a GRADE group (its `label` is `<grade>年级`), null for other groupings. */
  groups: { key: string; label: string; grade?: number | null; responseCount: number; satisfactionRate: number | null; withheld: boolean }[];
  previous: SurveyResultsView | null;
  /** The school whose slice these are (a school admin reading a district survey); null for full results. */
  schoolSlice: string | null;
  /** True when the slice has fewer than `minimumAnswers` answers: counts, rates and means are left out. */
  withheld: boolean;
  minimumAnswers: number;
}

export type AnswerService = ReturnType<typeof createAnswerService>;
