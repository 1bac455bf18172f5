import { describe, expect, it } from 'vitest';
import { fromGraphQLError } from '../dataProvider/errors';
import { i18nProvider } from '../i18n';
import { aGraphQLError } from '../testing/builders';
import { phrasesFromState, wordingFieldLabel, wordingLines } from './wording';

const translate = (key: string, options?: object) => i18nProvider.translate(key, options);

describe('a publication refused for coercive wording', () => {
  const error = fromGraphQLError(
    aGraphQLError('BAD_USER_INPUT', 'The survey uses coercive wording', {
      field: 'title',
      phrases: [
        { field: 'title', phrase: '必须参加', reason: '参加与否由家长自愿选择' },
        { field: 'title', phrase: '强制', reason: '“强制”暗示不可拒绝' },
        { field: 'questions.1.options.0', phrase: '不参加将被通报', reason: '不得以后果威胁不参加的家庭' },
        { field: 'bogus' },
      ],
    }),
  );

  it('keeps every well-formed phrase and marks each field once, with all its phrases', () => {
    expect(error.body.phrases).toHaveLength(3);
    expect(Object.keys(error.body.errors ?? {})).toEqual(['title', 'questions.1.options.0']);
    const message = JSON.parse((error.body.errors?.title ?? '').replace('@@react-admin@@', '')) as { message: string; args: { phrases: string } };
    expect(translate(message.message, message.args)).toBe('含有强制性措辞：“必须参加”（参加与否由家长自愿选择）；“强制”（“强制”暗示不可拒绝）');
  });

  it('names the places in words for the summary', () => {
    expect(wordingFieldLabel('questions.2.text', translate)).toBe('第 3 题');
    expect(wordingFieldLabel('questions.1.options.0', translate)).toBe('第 2 题的选项 1');
    expect(wordingFieldLabel('intro', translate)).toBe('说明');
    expect(wordingLines(error.body.phrases ?? [], translate)[2]).toBe('第 2 题的选项 1：“不参加将被通报”——不得以后果威胁不参加的家庭');
  });

  it('reads phrases handed over in navigation state, ignoring anything else', () => {
    expect(phrasesFromState({ phrases: [{ field: 'title', phrase: '强制', reason: 'r' }] })).toHaveLength(1);
    expect(phrasesFromState(null)).toEqual([]);
    expect(phrasesFromState({ other: 1 })).toEqual([]);
  });
});
