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

/** Why a phrase pressures families, in the user's language (the rule's code; the server's Chinese as fallback). */
export function wordingReason({ phrase, reason, rule }: Pick<WordingPhrase, 'phrase' | 'reason' | 'rule'>, translate: Translate): string {
  return rule ? translate(`resources.surveys.wording.reasons.${rule}`, { phrase, _: reason }) : reason;
}

/** The phrases as lines for the summary above the form, in the order they were found. */
export function wordingLines(phrases: readonly WordingPhrase[], translate: Translate): string[] {
  return phrases.map((found) =>
    translate('resources.surveys.wording.item', {
      field: wordingFieldLabel(found.field, translate),
      phrase: found.phrase,
      reason: wordingReason(found, translate),
    }),
  );
}

/** The state a refused publication hands to the builder (from the show page), read back safely. */
export function phrasesFromState(state: unknown): WordingPhrase[] {
  const phrases = state && typeof state === 'object' && 'phrases' in state ? (state as { phrases: unknown }).phrases : undefined;
  return Array.isArray(phrases) ? (phrases as WordingPhrase[]) : [];
}
