import { describe, expect, it } from 'vitest';
import { contributions, difference, validateAnswers } from './answers';
import type { SurveyQuestionRecord } from './surveyEntity';

const questions: SurveyQuestionRecord[] = [
  { id: 'q1', kind: 'RATING', text: '总体满意度', options: [], required: true },
  { id: 'q2', kind: 'SINGLE_CHOICE', text: '孩子最喜欢', options: ['体育', '艺术', '科技'], required: true },
  { id: 'q3', kind: 'MULTI_CHOICE', text: '希望增加', options: ['阅读', '编程', '劳动'], required: false },
  { id: 'q4', kind: 'TEXT', text: '建议', options: [], required: false },
];

describe('survey answers', () => {
  it('accepts valid answers and drops empty optional ones', () => {
    const stored = validateAnswers(questions, [
      { questionId: 'q1', rating: 4 },
      { questionId: 'q2', choices: ['艺术'] },
      { questionId: 'q3', choices: [] },
      { questionId: 'q4', text: '  ' },
    ]);
    expect(stored).toEqual([
      { questionId: 'q1', rating: 4 },
      { questionId: 'q2', choices: ['艺术'] },
    ]);
  });

  it('accepts option indexes as well as labels', () => {
    expect(
      validateAnswers(questions, [
        { questionId: 'q1', rating: 3 },
        { questionId: 'q2', choices: ['2'] },
      ]),
    ).toEqual([
      { questionId: 'q1', rating: 3 },
      { questionId: 'q2', choices: ['科技'] },
    ]);
  });

  it('refuses answers that do not fit the questions, naming the field', () => {
    const attempt = (answers: Parameters<typeof validateAnswers>[1]) => {
      try {
        validateAnswers(questions, answers);
        return 'accepted';
      } catch (error) {
        return (error as { extensions: { field: string } }).extensions.field;
      }
    };
    expect(
      attempt([
        { questionId: 'q1', rating: 6 },
        { questionId: 'q2', choices: ['体育'] },
      ]),
    ).toBe('answers.0.rating');
    expect(
      attempt([
        { questionId: 'q1', rating: 5 },
        { questionId: 'q2', choices: ['体育', '艺术'] },
      ]),
    ).toBe('answers.1.choices');
    expect(
      attempt([
        { questionId: 'q1', rating: 5 },
        { questionId: 'q2', choices: ['游泳'] },
      ]),
    ).toBe('answers.1.choices');
    expect(attempt([{ questionId: 'q1', rating: 5 }])).toBe('answers');
    expect(attempt([{ questionId: 'qx', rating: 5 }])).toBe('answers.0.questionId');
  });

  it('counts contributions and the difference a resubmission makes', () => {
    const first = contributions(questions, [
      { questionId: 'q1', rating: 2 },
      { questionId: 'q3', choices: ['阅读', '劳动'] },
    ]);
    expect(Object.fromEntries(first)).toEqual({ n: 1, rn: 1, 'q.q1.n': 1, 'q.q1.sum': 2, 'q.q1.r2': 1, 'q.q3.n': 1, 'q.q3.o0': 1, 'q.q3.o2': 1 });
    const second = contributions(questions, [
      { questionId: 'q1', rating: 5 },
      { questionId: 'q3', choices: ['阅读'] },
    ]);
    expect(Object.fromEntries(difference(second, first))).toEqual({ 'q.q1.sum': 3, 'q.q1.r2': -1, 'q.q1.r5': 1, 'q.q1.pos': 1, rpos: 1, 'q.q3.o2': -1 });
  });
});
