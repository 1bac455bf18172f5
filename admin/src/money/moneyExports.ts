import { toCsv } from '../csv/csvFormat';
import type { BillFieldsFragment, ProviderStatementFieldsFragment, StipendSheetFieldsFragment } from '../generated/graphql';

type Translate = (key: string, options?: Record<string, unknown>) => string;
export type Cell = string | number | null;

/**
 * A money export as finance offices read it (SPEC §3.8 point 6): Chinese headers, one line per row, money columns
 * as numbers with two decimals, and a totals row that the CSV and the .xlsx file both append (`tableTotals`).
 */
export interface MoneyTable {
  /** The file's and the worksheet's name, e.g. `课时补助表-2026-10`. */
  name: string;
  headers: string[];
  rows: Cell[][];
  /** Columns holding decimal yuan (shown with two decimals). */
  moneyColumns: number[];
  /** The money columns the totals row sums (a rate is money but not summed). */
  sumColumns: number[];
  /** The first cell of the totals row (合计). */
  totalLabel: string;
}

/** Decimal yuan → fen, exactly (the API gives two decimals at most; binary noise is rounded away). */
const fen = (yuan: number) => Math.round(yuan * 100);

/** The totals row: each summed column added up in integer fen, so it equals the sum of the lines to the fen. */
export function tableTotals(table: MoneyTable): Cell[] {
  return table.headers.map((_, column) => {
    if (column === 0) return table.totalLabel;
    if (!table.sumColumns.includes(column)) return null;
    return table.rows.reduce((sum, row) => sum + (typeof row[column] === 'number' ? fen(row[column] as number) : 0), 0) / 100;
  });
}

/** The CSV text (BOM, Chinese headers): money with two decimals, then the totals row. */
export function tableToCsv(table: MoneyTable): string {
  const show = (row: Cell[]) =>
    row.map((cell, column) => (cell === null ? '' : typeof cell === 'number' && table.moneyColumns.includes(column) ? cell.toFixed(2) : cell));
  return toCsv(table.headers, [...table.rows.map(show), show(tableTotals(table))]);
}

/** 课时补助表: one line per person in charge, then the adjustment lines (amount and reason only). */
export function stipendTable(sheet: StipendSheetFieldsFragment, translate: Translate): MoneyTable {
  return {
    name: `${translate('app.money.stipends.title')}-${sheet.month}`,
    headers: ['staffName', 'sessions', 'hours', 'rate', 'amount', 'reason'].map((key) => translate(`app.money.stipends.columns.${key}`)),
    rows: [
      ...sheet.rows.map((row): Cell[] => [row.staffName, row.sessions, row.hours, sheet.rate, row.amount, null]),
      ...sheet.adjustments.map((line): Cell[] => [line.staffName, null, null, null, line.amount, line.reason]),
    ],
    moneyColumns: [3, 4],
    sumColumns: [4],
    totalLabel: translate('app.money.stipends.total'),
  };
}

/** 机构对账单: one line per contract (school and contract by name), then the adjustment lines. */
export function providerStatementTable(
  statement: ProviderStatementFieldsFragment,
  providerName: string,
  nameOf: { school: (id: string) => string; contract: (id: string) => string },
  translate: Translate,
): MoneyTable {
  const column = (key: string) => translate(`app.money.statements.columns.${key}`);
  return {
    name: `${providerName}${translate('app.money.statements.title')}-${statement.month}`,
    headers: ['school', 'contract', 'sessions', 'hours', 'rate', 'amount', 'reason'].map(column),
    rows: [
      ...statement.lines.map((line): Cell[] => [
        nameOf.school(line.schoolId),
        nameOf.contract(line.contractId),
        line.sessions,
        line.hours,
        line.ratePerHour,
        line.amount,
        null,
      ]),
      ...statement.adjustments.map((line): Cell[] => [
        nameOf.school(line.schoolId),
        nameOf.contract(line.contractId),
        null,
        null,
        null,
        line.amount,
        line.reason,
      ]),
    ],
    moneyColumns: [4, 5],
    sumColumns: [5],
    totalLabel: translate('app.money.stipends.total'),
  };
}

/** 收费账单: the bills of the list's filter (the same columns as its CSV export), money summed. */
export function billTable(bills: readonly BillFieldsFragment[], name: string, translate: Translate): MoneyTable {
  const field = (key: string) => translate(`resources.bills.fields.${key}`);
  return {
    name,
    headers: [
      'month',
      'className',
      'studentId',
      'billedDays',
      'fullAmount',
      'discount',
      'refund',
      'netAmount',
      'status',
      'paymentReference',
      'waivedReason',
    ].map(field),
    rows: bills.map((bill): Cell[] => [
      bill.month,
      bill.student?.className ?? null,
      bill.student?.name ?? null,
      bill.billedDays,
      bill.fullAmount,
      bill.discount,
      bill.refund,
      bill.netAmount,
      translate(`app.enums.billStatus.${bill.status}`),
      bill.paymentReference ?? null,
      bill.waivedReason ?? null,
    ]),
    moneyColumns: [4, 5, 6, 7],
    sumColumns: [4, 5, 6, 7],
    totalLabel: translate('app.money.stipends.total'),
  };
}
