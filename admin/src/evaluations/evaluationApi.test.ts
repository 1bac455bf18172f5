import { describe, expect, it } from 'vitest';
import { aConnection } from '../testing/builders';
import { anEvaluation } from '../testing/domainBuilders';
import { evaluationApi, toEvaluationFilter, toRecordInput } from './evaluationApi';

describe('evaluation mapping', () => {
  it('maps the "below threshold" toggle to totalBelow as a number', () => {
    expect(toEvaluationFilter({ providerId: 'prv_1', totalBelow: '60', kind: '' })).toEqual({ providerId: 'prv_1', totalBelow: 60 });
    expect(toEvaluationFilter({})).toEqual({});
  });

  it('parses the connection', () => {
    const op = evaluationApi.list!({ filter: { totalBelow: 60 }, first: 25, after: null });
    expect(op.variables).toEqual({ filter: { totalBelow: 60 }, first: 25, after: null });
    expect(op.parseResponse({ data: { evaluations: aConnection([anEvaluation()]) } }).data[0]).toMatchObject({ total: 55 });
  });

  it('records with the scores given, leaving the total to the API when empty', () => {
    const input = toRecordInput({
      ...anEvaluation(),
      id: undefined,
      total: null,
      scores: [
        { criterion: 'QUALITY', score: 70 },
        { criterion: 'SAFETY', score: null },
        { criterion: '', score: 10 },
      ],
    });
    expect(input.scores).toEqual([{ criterion: 'QUALITY', score: 70 }]);
    expect(input).not.toHaveProperty('total');
    expect(input).not.toHaveProperty('provider');
  });

  it('records a correction with the evaluation it supersedes, and offers no update or delete', () => {
    const op = evaluationApi.create!({ ...anEvaluation(), supersedesId: 'evl_0' });
    expect(op.variables.input).toMatchObject({ supersedesId: 'evl_0', providerId: 'prv_1', schoolId: 'sch_1' });
    expect(evaluationApi.update).toBeUndefined();
    expect(evaluationApi.remove).toBeUndefined();
  });
});
