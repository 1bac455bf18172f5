import { formatPercent } from '../../common/numbers';
import type { SurveyResultFiguresFragment, SurveyResultsQuery } from '../../generated/graphql';

export type Figures = SurveyResultFiguresFragment;
export type QuestionFigures = Figures['questions'][number];
export type GroupFigures = Figures['groups'][number];
/** The results as the resource `surveyResults` returns them (with react-admin's id). */
export type Results = SurveyResultsQuery['surveyResults'] & { id: string };

export interface OptionRow {
  label: string;
  count: number;
  /** Share of the question's respondents (multiple choices can add up to more than 100 %). */
  share: number | null;
  previousCount: number | null;
  previousShare: number | null;
}

/** The same question in the previous term's results: same text and kind, else the same id and kind. */
export function previousQuestion(previous: Figures | null | undefined, question: QuestionFigures): QuestionFigures | undefined {
  if (!previous) return undefined;
  return (
    previous.questions.find((q) => q.kind === question.kind && q.text === question.text) ??
    previous.questions.find((q) => q.kind === question.kind && q.questionId === question.questionId)
  );
}

const share = (count: number, total: number) => (total > 0 ? count / total : null);

/** One row per option (or rating 1–5), in the survey's order; options only last term had come last. */
export function optionRows(question: QuestionFigures, previous?: QuestionFigures): OptionRow[] {
  const labels = [...question.options.map((o) => o.label)];
  for (const option of previous?.options ?? []) if (!labels.includes(option.label)) labels.push(option.label);
  return labels.map((label) => {
    const count = question.options.find((o) => o.label === label)?.count ?? 0;
    const before = previous?.options.find((o) => o.label === label)?.count;
    return {
      label,
      count,
      share: share(count, question.responseCount),
      previousCount: previous ? (before ?? 0) : null,
      previousShare: previous ? share(before ?? 0, previous.responseCount) : null,
    };
  });
}

/** Last term's figure of the same group (same key: a school, provider, activity or grade). */
export const previousGroup = (previous: Figures | null | undefined, group: GroupFigures) => previous?.groups.find((g) => g.key === group.key);

/**
 * A group's name in the console's language: a grade worded from its number (the API's `label` for it is Chinese,
 * `3年级`); a school's, provider's or activity's name as given.
 */
export const groupName = (translate: (key: string, options?: object) => string, group: { label: string; grade?: number | null }): string =>
  group.grade == null ? group.label : translate('resources.surveys.results.grade_group', { grade: group.grade, _: group.label });

/** `49.8%` (one decimal), or a dash without a value — the console's one percentage format. */
export const formatRate = (rate: number | null | undefined, locale: string): string => formatPercent(rate, locale);

/** `3.50` — means on the 1–5 scale with two decimals. */
export const formatMean = (mean: number | null | undefined) => (mean == null ? '—' : mean.toFixed(2));

/** Change in percentage points, signed: `+1.2` / `−0.8`. */
export function formatPointChange(current: number | null | undefined, previous: number | null | undefined): string {
  if (current == null || previous == null) return '';
  const points = Math.round((current - previous) * 1000) / 10;
  return `${points > 0 ? '+' : points < 0 ? '−' : '±'}${Math.abs(points).toFixed(1)}`;
}
