import type { WordingPhrase } from '../dataProvider/errors';

type Translate = (key: string, options?: object) => string;

/** Where a refused phrase is, in words: `问卷标题`, `第 2 题`, `第 2 题的选项 3`. */
export function wordingFieldLabel(field: string, translate: Translate): string {
  const option = /^questions\.(\d+)\.options\.(\d+)$/.exec(field);
  if (option) return translate('resources.surveys.wording.option', { number: Number(option[1]) + 1, option: Number(option[2]) + 1 });
  const question = /^questions\.(\d+)\.text$/.exec(field);
  if (question) return translate('resources.surveys.wording.question', { number: Number(question[1]) + 1 });
  if (field === 'title' || field === 'intro') return translate(`resources.surveys.fields.${field}`);
  return field;
}

/** The refusal as lines for the summary above the form, in the order the API listed them. */
export function wordingLines(phrases: readonly WordingPhrase[], translate: Translate): string[] {
  return phrases.map(({ field, phrase, reason }) =>
    translate('resources.surveys.wording.item', { field: wordingFieldLabel(field, translate), phrase, reason }),
  );
}

/** The state a refused publication hands to the builder (from the show page), read back safely. */
export function phrasesFromState(state: unknown): WordingPhrase[] {
  const phrases = state && typeof state === 'object' && 'phrases' in state ? (state as { phrases: unknown }).phrases : undefined;
  return Array.isArray(phrases) ? (phrases as WordingPhrase[]) : [];
}
