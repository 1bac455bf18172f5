import type { ComplianceOverviewQuery } from '../generated/graphql';
import { toCsv } from '../csv/csvFormat';
import { seedName } from './complianceText';

export type Overview = ComplianceOverviewQuery['complianceOverview'];
export type OverviewRow = Overview['rows'][number];
export type OverviewCell = OverviewRow['cells'][number];

type Translate = (key: string, options?: object) => string;

/** What a cell says: ✓ passed, the number of findings, — not applicable, ? not checked (no data yet). */
export function cellText(cell: OverviewCell | undefined, translate: Translate): string {
  if (!cell) return '';
  if (cell.status === 'PASSED') return '✓';
  if (cell.status === 'FAILED') return String(cell.issueCount);
  return translate(`app.overview.status.${cell.status}`);
}

/** The row's cell for a rule (cells come in rule order, but a lookup keeps the table right if that changes). */
export const cellOf = (row: OverviewRow, code: string) => row.cells.find((cell) => cell.code === code);

/** Rows with findings first, then by school code (the API's order). */
export function sortedRows(overview: Overview, onlyProblems: boolean): OverviewRow[] {
  const rows = overview.rows.filter((row) => !onlyProblems || !row.compliant);
  return [...rows].sort((a, b) => Number(a.compliant) - Number(b.compliant));
}

/** The overview as a CSV table: school, term, result, then one column per rule with its seed part, in the console's language (Excel-ready). */
export function overviewCsv(overview: Overview, translate: Translate): string {
  const headers = [
    translate('app.overview.columns.code'),
    translate('app.overview.columns.school'),
    translate('app.overview.columns.term'),
    translate('app.overview.columns.result'),
    translate('app.overview.columns.issues'),
    ...overview.rules.map((rule) =>
      translate('app.overview.columns.rule', { rule: translate(`app.enums.complianceIssueKind.${rule.code}`), seed: seedName(translate, rule.seed) }),
    ),
  ];
  const rows = overview.rows.map((row) => [
    row.school.code,
    row.school.name,
    `${row.term.schoolYear} ${translate(`app.enums.semester.${row.term.semester}`)}`,
    translate(row.compliant ? 'app.compliance.ok' : 'app.compliance.not_ok'),
    row.issueCount,
    ...overview.rules.map((rule) => cellText(cellOf(row, rule.code), translate)),
  ]);
  return toCsv(headers, rows);
}

/** Overview slots to choose from: each school's current term, then the two semesters of the last two school years. */
export function overviewSlots(today: string): string[] {
  const year = Number(today.slice(0, 4));
  // A school year starts in autumn: before August the current one began last year.
  const first = Number(today.slice(5, 7)) >= 8 ? year : year - 1;
  return ['current', ...[first, first - 1].flatMap((y) => [`${y}-${y + 1}/1`, `${y}-${y + 1}/2`])];
}
