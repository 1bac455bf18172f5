import Papa from 'papaparse';
import { formatMean, formatRate, optionRows, groupName, previousGroup, previousQuestion, type Results } from './resultsModel';

type Translate = (key: string, options?: object) => string;

const column = [
  'section',
  'question',
  'option',
  'count',
  'share',
  'mean',
  'satisfaction',
  'previous_count',
  'previous_share',
  'previous_mean',
  'previous_satisfaction',
] as const;

/** Excel opens a UTF-8 file as Chinese only with a byte-order mark. */
export const UTF8_BOM = '\uFEFF';

/**
 * The results as CSV rows: the summary, each question with its options (or ratings 1–5), then the
 * groups; each figure beside last term's. Percentages as shown on the page.
 */
export function resultsCsvRows(results: Results, translate: Translate, locale: string, groupBy: string | null): string[][] {
  const t = (key: string) => translate(`resources.surveys.results.csv.${key}`);
  const rate = (value: number | null | undefined) => (value == null ? '' : formatRate(value, locale));
  const num = (value: number | null | undefined) => (value == null ? '' : String(value));
  const mean = (value: number | null | undefined) => (value == null ? '' : formatMean(value));
  const previous = results.previous;
  const rows: string[][] = [column.map(t)];
  rows.push([
    t('summary'),
    '',
    '',
    num(results.responseCount),
    '',
    '',
    rate(results.satisfactionRate),
    num(previous?.responseCount),
    '',
    '',
    rate(previous?.satisfactionRate),
  ]);
  for (const question of results.questions) {
    const before = previousQuestion(previous, question);
    rows.push([
      t('question'),
      question.text,
      '',
      num(question.responseCount),
      '',
      mean(question.meanRating),
      rate(question.satisfactionRate),
      num(before?.responseCount),
      '',
      mean(before?.meanRating),
      rate(before?.satisfactionRate),
    ]);
    for (const option of optionRows(question, before)) {
      const label = question.kind === 'RATING' ? translate('resources.surveys.results.rating_value', { rating: option.label }) : option.label;
      rows.push([
        t('question'),
        question.text,
        label,
        num(option.count),
        rate(option.share),
        '',
        '',
        num(option.previousCount),
        rate(option.previousShare),
        '',
        '',
      ]);
    }
  }
  const groupLabel = groupBy ? translate(`app.enums.surveyGroupBy.${groupBy}`) : t('group');
  for (const group of results.groups) {
    const before = previousGroup(previous, group);
    rows.push([
      t('group'),
      groupLabel,
      groupName(translate, group),
      num(group.responseCount),
      '',
      '',
      rate(group.satisfactionRate),
      num(before?.responseCount),
      '',
      '',
      rate(before?.satisfactionRate),
    ]);
  }
  return rows;
}

/** The CSV file's text: BOM + CRLF rows, quoted where needed (papaparse). */
export function resultsCsv(results: Results, translate: Translate, locale: string, groupBy: string | null): string {
  return UTF8_BOM + Papa.unparse(resultsCsvRows(results, translate, locale, groupBy), { newline: '\r\n' });
}

/** Saves text as a file through a temporary link (no server round trip). */
export function downloadText(fileName: string, text: string, type = 'text/csv;charset=utf-8') {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** `问卷标题-结果-2026-11-29.csv`, without characters file systems refuse. */
export function csvFileName(title: string, suffix: string, today = new Date()): string {
  const date = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(today);
  return `${title.replace(/[\\/:*?"<>|\s]+/g, '_')}-${suffix}-${date}.csv`;
}
