import type { ActivityRecord } from '../activities/activityEntity';
import { badInput } from '../core/errors';
import type { TermRepository } from '../terms/termRepository';
import { DISTRICT_KEY, type SurveyQuestionRecord, type SurveyRecord } from './surveyEntity';
import type { SurveyRepository } from './surveyRepository';

/** What a survey's references must fit: its scope, the school it belongs to and (ACTIVITY scope) the activity. */
export interface SurveyOwner {
  id?: string;
  kind: SurveyRecord['kind'];
  scope: SurveyRecord['scope'];
  scopeId?: string | null;
  schoolKey: string;
  activity?: ActivityRecord;
}

/**
 * Question ids are how answers refer to questions: two questions with one id would make the survey unanswerable
 * (every answer to the second is "answered twice"), so they are refused when written and again when published.
 */
export function requireUniqueQuestionIds(questions: readonly { id?: SurveyQuestionRecord['id'] | null }[]) {
  const seen = new Set<string>();
  questions.forEach((question, index) => {
    if (!question.id) return;
    if (seen.has(question.id)) throw badInput(`questions.${index}.id`, `Question id ${question.id} is used by more than one question`);
    seen.add(question.id);
  });
}

export function createSurveyReferenceChecks(deps: { terms: TermRepository; surveys: SurveyRepository }) {
  return {
    /**
     * `termId` must be a term of the survey's school (any school's term for district- and provider-wide surveys);
     * for an ACTIVITY survey it must be the activity's own term.
     */
    async term(owner: SurveyOwner, termId: string) {
      const term = await deps.terms.get(termId);
      if (!term) throw badInput('termId', `Term ${termId} does not exist`);
      if (owner.schoolKey !== DISTRICT_KEY && term.schoolId !== owner.schoolKey) {
        throw badInput('termId', `Term ${termId} belongs to another school than this survey`);
      }
      if (owner.activity && owner.activity.termId !== termId) {
        throw badInput('termId', `An activity survey belongs to the activity's term (${owner.activity.termId})`);
      }
    },

    /**
     * `previousSurveyId` names the same survey in an earlier term, for comparing results: it must exist, be another
     * survey, and ask the same kind of question about the same thing (kind, scope and scope id).
     */
    async previous(owner: SurveyOwner, previousSurveyId: string) {
      if (owner.id && previousSurveyId === owner.id) throw badInput('previousSurveyId', 'A survey cannot be its own previous survey');
      const previous = await deps.surveys.get(previousSurveyId);
      if (!previous) throw badInput('previousSurveyId', `Survey ${previousSurveyId} does not exist`);
      const sameSubject = previous.scope === owner.scope && (previous.scopeId ?? null) === (owner.scopeId ?? null) && previous.schoolKey === owner.schoolKey;
      if (!sameSubject)
        throw badInput('previousSurveyId', `Survey ${previousSurveyId} is about something else (scope ${previous.scope}); compare surveys of the same scope`);
      if (previous.kind !== owner.kind)
        throw badInput('previousSurveyId', `Survey ${previousSurveyId} is a ${previous.kind} survey, this one is ${owner.kind}`);
    },
  };
}
