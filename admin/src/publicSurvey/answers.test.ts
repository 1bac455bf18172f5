import { describe, expect, it } from 'vitest';
import { somePublicSurvey } from '../testing/surveyBuilders';
import { missingRequired, toAnswerInputs, toggleChoice } from './answers';
import { keyStore, looksIssued } from './respondentKey';
import { accessCodeOf } from './route';

const { questions } = somePublicSurvey({
  questions: [
    { id: 'q1', kind: 'RATING', text: '满意度', options: [], required: true },
    { id: 'q2', kind: 'MULTI_CHOICE', text: '希望增加', options: ['体育', '艺术', '科技'], required: true },
    { id: 'q3', kind: 'TEXT', text: '意见', options: [], required: false },
  ],
});

describe('answers', () => {
  it('lists the required questions still unanswered (blank text and no ticks are no answer)', () => {
    expect(missingRequired(questions, {}).map((q) => q.id)).toEqual(['q1', 'q2']);
    expect(missingRequired(questions, { q1: { rating: 4 }, q2: { choices: [] } }).map((q) => q.id)).toEqual(['q2']);
    expect(missingRequired(questions, { q1: { rating: 4 }, q2: { choices: ['艺术'] }, q3: { text: '  ' } })).toEqual([]);
  });

  it('sends only answered questions, each with the field of its kind, options in the order shown', () => {
    expect(toAnswerInputs(questions, { q1: { rating: 5 }, q2: { choices: ['科技', '体育'] }, q3: { text: ' 很好 ' } })).toEqual([
      { questionId: 'q1', rating: 5 },
      { questionId: 'q2', choices: ['体育', '科技'] },
      { questionId: 'q3', text: '很好' },
    ]);
    expect(toAnswerInputs(questions, { q3: { text: '' } })).toEqual([]);
  });

  it('ticks and unticks choices', () => {
    expect(toggleChoice(undefined, '体育', true)).toEqual(['体育']);
    expect(toggleChoice(['体育', '艺术'], '体育', false)).toEqual(['艺术']);
  });
});

describe('respondent key store', () => {
  const issued = 'rk1.AAAAAAAAAAAAAAAAAAAAAA.BBBBBBBBBBBBBBBBBBBBBB';

  it('keeps a server-issued key per survey on this device, and forgets it on request', () => {
    localStorage.clear();
    const keys = keyStore(localStorage);
    expect(keys.get('code-a')).toBeUndefined();
    keys.set('code-a', issued);
    expect(keyStore(localStorage).get('code-a')).toBe(issued);
    expect(keyStore(localStorage).get('code-b')).toBeUndefined();
    keys.forget('code-a');
    expect(keyStore(localStorage).get('code-a')).toBeUndefined();
  });

  it('ignores keys an older page made up itself (the server would refuse them)', () => {
    localStorage.setItem('kehou.survey.code-old', 'abcdefghijklmnopqrstuvwxyz012345');
    expect(keyStore(localStorage).get('code-old')).toBeUndefined();
    expect(looksIssued(issued)).toBe(true);
  });

  it('keeps the key for the page’s lifetime without storage (private browsing)', () => {
    const broken = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('denied');
      },
      removeItem: () => undefined,
    };
    const keys = keyStore(broken);
    keys.set('code-a', issued);
    expect(keys.get('code-a')).toBe(issued);
  });
});

describe('public route', () => {
  it('takes the access code from /s/<code> only', () => {
    expect(accessCodeOf('/s/abc123')).toBe('abc123');
    expect(accessCodeOf('/s/abc123/')).toBe('abc123');
    expect(accessCodeOf('/')).toBeNull();
    expect(accessCodeOf('/s/a/b')).toBeNull();
    expect(accessCodeOf('/s/%E0%A4%A')).toBeNull();
  });
});
