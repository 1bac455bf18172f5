import { pickFields, withoutEmpty } from '../dataProvider/changes';
import { connectionPage, cursorStep, existing, pickFilter, type CoversAll } from '../dataProvider/connection';
import { operation, type PageRequest, type ResourceApi } from '../dataProvider/operation';
import {
  EvaluationCursorDocument,
  EvaluationDocument,
  EvaluationListDocument,
  RecordEvaluationDocument,
  type EvaluationFilter,
  type RecordEvaluationInput,
} from '../generated/graphql';

const recordFields = ['providerId', 'schoolId', 'kind', 'date', 'evaluator', 'scores', 'total', 'findings', 'supersedesId'] as const;
// Fails to compile when the SDL gains an input field the console does not send yet.
const checkRecord: CoversAll<RecordEvaluationInput, typeof recordFields> = recordFields;
void checkRecord;

/** react-admin list filters as the API's EvaluationFilter; `totalBelow` is the "below threshold" toggle's value. */
export function toEvaluationFilter(filter: Record<string, unknown>): EvaluationFilter {
  const picked = pickFilter<EvaluationFilter>(filter, ['providerId', 'schoolId', 'kind', 'totalBelow']);
  return picked.totalBelow == null ? picked : { ...picked, totalBelow: Number(picked.totalBelow) };
}

const listVariables = ({ filter, first, after }: PageRequest) => ({ filter: toEvaluationFilter(filter), first, after });

/** Criterion rows the form left empty are not scores; an empty total lets the API use the mean. */
export function toRecordInput(data: Record<string, unknown>): RecordEvaluationInput {
  const scores = Array.isArray(data.scores)
    ? (data.scores as { criterion?: string; score?: number | null }[]).filter((row) => row.criterion && row.score != null)
    : [];
  return withoutEmpty(pickFields({ ...data, scores }, recordFields)) as RecordEvaluationInput;
}

/** Evaluations are append-only: no update or delete; a correction is a new one with `supersedesId`. */
export const evaluationApi: ResourceApi = {
  list: (request) => operation(EvaluationListDocument, listVariables(request), (d) => connectionPage(d.evaluations)),
  cursor: (request) => operation(EvaluationCursorDocument, listVariables(request), (d) => cursorStep(d.evaluations)),
  referenceFilter: (target, id) => ({ [target]: id }),
  one: (id) => operation(EvaluationDocument, { id: String(id) }, (d) => existing(d.evaluation, 'Evaluation', id)),
  create: (data) => operation(RecordEvaluationDocument, { input: toRecordInput(data) }, (d) => d.recordEvaluation),
};
