import { describe, expect, it } from 'vitest';
import { aConnection } from '../testing/builders';
import { aSurvey } from '../testing/surveyBuilders';
import { parseResultsId, surveyApi, surveyChanges, surveyResultsApi, surveyResultsId, surveyWorkflow, toQuestionInputs, toSurveyFilter } from './surveyApi';

describe('survey mapping', () => {
  it('maps status, kind and scope filters and parses the connection', () => {
    expect(toSurveyFilter({ status: 'OPEN', kind: '', scope: 'DISTRICT', q: 'x' })).toEqual({ status: 'OPEN', scope: 'DISTRICT' });
    const op = surveyApi.list!({ filter: { kind: 'DEMAND' }, first: 25, after: null });
    expect(op.variables).toEqual({ filter: { kind: 'DEMAND' }, first: 25, after: null });
    expect(op.parseResponse({ data: { surveys: aConnection([aSurvey()]) } }).data[0]).toMatchObject({ id: 'srv_1' });
  });

  it('sends questions in the order shown: trimmed, options only for choices, blank options dropped, new ones without id', () => {
    expect(
      toQuestionInputs([
        { id: 'q1', kind: 'RATING', text: ' 满意度 ', options: ['stale'], required: true, __typename: 'SurveyQuestion' },
        { kind: 'MULTI_CHOICE', text: '希望增加', options: ['体育', ' ', '艺术 '], required: false },
        { kind: 'TEXT', text: '意见' },
      ]),
    ).toEqual([
      { id: 'q1', kind: 'RATING', text: '满意度', options: [], required: true },
      { kind: 'MULTI_CHOICE', text: '希望增加', options: ['体育', '艺术'], required: false },
      { kind: 'TEXT', text: '意见', options: [], required: true },
    ]);
  });

  it('creates a draft with its scope and questions, without empty values', () => {
    const op = surveyApi.create!({
      title: '需求征询',
      intro: null,
      kind: 'DEMAND',
      scope: 'SCHOOL',
      scopeId: 'sch_1',
      termId: null,
      questions: [{ kind: 'TEXT', text: '需求' }],
    });
    expect(op.variables).toEqual({
      input: { title: '需求征询', kind: 'DEMAND', scope: 'SCHOOL', scopeId: 'sch_1', questions: [{ kind: 'TEXT', text: '需求', options: [], required: true }] },
    });
  });

  it('updates only what changed (the whole question list when one question moves), never kind or scope', () => {
    const previous = aSurvey({ version: 5 });
    expect(surveyChanges({ ...previous }, previous)).toEqual({});
    const moved = [previous.questions[1], previous.questions[0], previous.questions[2]];
    const op = surveyApi.update!('srv_1', { ...previous, scope: 'SCHOOL', questions: moved }, previous);
    expect(op.variables).toMatchObject({ id: 'srv_1', expectedVersion: 5 });
    expect(Object.keys((op.variables as { input: object }).input)).toEqual(['questions']);
    expect((op.variables as { input: { questions: { id: string }[] } }).input.questions.map((q) => q.id)).toEqual(['q2', 'q1', 'q3']);
  });

  it('publishes and closes with the version read', () => {
    expect(surveyWorkflow.publish(aSurvey({ version: 3 })).variables).toEqual({ id: 'srv_1', expectedVersion: 3 });
    expect(surveyWorkflow.close(aSurvey({ version: 4 })).variables).toEqual({ id: 'srv_1', expectedVersion: 4 });
  });

  it('addresses results per survey and grouping', () => {
    expect(surveyResultsId('srv_1', 'GRADE')).toBe('srv_1/GRADE');
    expect(parseResultsId('srv_1')).toEqual({ surveyId: 'srv_1', groupBy: null });
    expect(parseResultsId('srv_1/NONSENSE')).toEqual({ surveyId: 'srv_1', groupBy: null });
    const op = surveyResultsApi.one('srv_1/SCHOOL');
    expect(op.variables).toEqual({ surveyId: 'srv_1', groupBy: 'SCHOOL' });
    expect(op.parseResponse({ data: { surveyResults: { surveyId: 'srv_1', responseCount: 3 } } })).toEqual({
      id: 'srv_1/SCHOOL',
      surveyId: 'srv_1',
      responseCount: 3,
    });
  });
});
