import type { Identifier, RaRecord } from 'react-admin';
import { changedFields, pickFields, withoutEmpty } from '../dataProvider/changes';
import { connectionPage, cursorStep, existing, pickFilter, type CoversAll } from '../dataProvider/connection';
import { operation, type PageRequest, type ResourceApi } from '../dataProvider/operation';
import {
  CloseSurveyDocument,
  CreateSurveyDocument,
  DeleteSurveyDocument,
  PublishSurveyDocument,
  SurveyCursorDocument,
  SurveyDocument,
  SurveyListDocument,
  SurveyResultsDocument,
  UpdateSurveyDocument,
  type CreateSurveyInput,
  type QuestionKind,
  type SurveyFilter,
  type SurveyGroupBy,
  type SurveyQuestionInput,
  type UpdateSurveyInput,
} from '../generated/graphql';

const createFields = ['title', 'intro', 'kind', 'scope', 'scopeId', 'termId', 'questions', 'previousSurveyId'] as const;
const updateFields = ['title', 'intro', 'termId', 'questions', 'previousSurveyId'] as const;
const questionFields = ['id', 'kind', 'text', 'options', 'required'] as const;
// Fail to compile when the SDL gains an input field the console does not send yet.
const checkCreate: CoversAll<CreateSurveyInput, typeof createFields> = createFields;
const checkUpdate: CoversAll<UpdateSurveyInput, typeof updateFields> = updateFields;
const checkQuestion: CoversAll<SurveyQuestionInput, typeof questionFields> = questionFields;
void checkCreate;
void checkUpdate;
void checkQuestion;

export const CHOICE_KINDS: readonly QuestionKind[] = ['SINGLE_CHOICE', 'MULTI_CHOICE'];

export const toSurveyFilter = (filter: Record<string, unknown>) => pickFilter<SurveyFilter>(filter, ['status', 'kind', 'scope', 'schoolId', 'termId']);

const listVariables = ({ filter, first, after }: PageRequest) => ({ filter: toSurveyFilter(filter), first, after });

/**
 * The builder's question rows as the API's inputs, in the order shown: trimmed texts, options only for
 * choice questions (blank ones dropped), a new question without an id (the API gives it one).
 */
export function toQuestionInputs(value: unknown): SurveyQuestionInput[] {
  if (!Array.isArray(value)) return [];
  return (value as Record<string, unknown>[]).map((row) => {
    const kind = row.kind as QuestionKind;
    const options =
      CHOICE_KINDS.includes(kind) && Array.isArray(row.options) ? (row.options as unknown[]).map((option) => String(option ?? '').trim()).filter(Boolean) : [];
    const question = pickFields({ ...row, text: String(row.text ?? '').trim(), options, required: row.required !== false }, questionFields);
    return withoutEmpty(question) as SurveyQuestionInput;
  });
}

function asInputs(data: Record<string, unknown>): Record<string, unknown> {
  return 'questions' in data ? { ...data, questions: toQuestionInputs(data.questions) } : data;
}

export function surveyChanges(data: Record<string, unknown>, previous: Record<string, unknown>): UpdateSurveyInput {
  return changedFields(asInputs(data), asInputs(previous), updateFields) as UpdateSurveyInput;
}

/** Surveys are react-admin's CRUD while DRAFT; publishing and closing are workflow steps. */
export const surveyApi: ResourceApi = {
  list: (request) => operation(SurveyListDocument, listVariables(request), (d) => connectionPage(d.surveys)),
  cursor: (request) => operation(SurveyCursorDocument, listVariables(request), (d) => cursorStep(d.surveys)),
  referenceFilter: (target, id) => ({ [target]: id }),
  one: (id) => operation(SurveyDocument, { id: String(id) }, (d) => existing(d.survey, 'Survey', id)),
  create: (data) =>
    operation(CreateSurveyDocument, { input: withoutEmpty(pickFields(asInputs(data), createFields)) as CreateSurveyInput }, (d) => d.createSurvey),
  changes: surveyChanges,
  update: (id, data, previous) =>
    operation(UpdateSurveyDocument, { id: String(id), input: surveyChanges(data, previous), expectedVersion: Number(previous.version) }, (d) => d.updateSurvey),
  remove: (id) => operation(DeleteSurveyDocument, { id: String(id) }, (d) => ({ id: d.deleteSurvey })),
};

const ref = (record: RaRecord) => ({ id: String(record.id), expectedVersion: Number(record.version) });

export const surveyWorkflow = {
  publish: (record: RaRecord) => operation(PublishSurveyDocument, ref(record), (d) => d.publishSurvey),
  close: (record: RaRecord) => operation(CloseSurveyDocument, ref(record), (d) => d.closeSurvey),
};

export const GROUP_BYS: readonly SurveyGroupBy[] = ['SCHOOL', 'GRADE', 'PROVIDER', 'ACTIVITY'];

/** Results are addressed as one id `survey` or `survey/GROUPBY`, so react-admin caches each grouping. */
export const surveyResultsId = (surveyId: string, groupBy?: SurveyGroupBy | null) => (groupBy ? `${surveyId}/${groupBy}` : surveyId);

export function parseResultsId(id: Identifier): { surveyId: string; groupBy: SurveyGroupBy | null } {
  const [surveyId, groupBy] = String(id).split('/');
  if (!surveyId) throw new Error(`Survey results need a survey id, not "${String(id)}"`);
  return { surveyId, groupBy: GROUP_BYS.includes(groupBy as SurveyGroupBy) ? (groupBy as SurveyGroupBy) : null };
}

/** Read-only, aggregated by the API (exact at any time, never a scan of the answers). */
export const surveyResultsApi: ResourceApi = {
  one: (id) => operation(SurveyResultsDocument, parseResultsId(id), (d) => ({ ...d.surveyResults, id: String(id) })),
};
