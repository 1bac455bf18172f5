import ExcelJS from 'exceljs';
import { tableTotals, type MoneyTable } from './moneyExports';

/** Excel's sheet names: at most 31 characters, none of `\ / ? * [ ] :`. */
const sheetName = (name: string) => name.replace(/[\\/?*[\]:]/g, '_').slice(0, 31);

/**
 * The .xlsx workbook of a money table: bold Chinese headers, money as numbers formatted `0.00` (so Excel sums them),
 * and the totals row summed in fen (`tableTotals`), not a formula, so every reader sees the same value without
 * recalculating. This module (with exceljs) is loaded only when someone exports: `import('./xlsxFile')`.
 */
export async function tableToXlsx(table: MoneyTable): Promise<ArrayBuffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '课后服务平台';
  const sheet = workbook.addWorksheet(sheetName(table.name), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow(table.headers).font = { bold: true };
  for (const row of table.rows) sheet.addRow(row.map((cell) => cell ?? undefined));
  const totals = sheet.addRow(tableTotals(table).map((cell) => cell ?? undefined));
  totals.font = { bold: true };
  for (const column of table.moneyColumns) sheet.getColumn(column + 1).numFmt = '0.00';
  table.headers.forEach((header, index) => {
    const widest = Math.max(header.length * 2, ...table.rows.map((row) => String(row[index] ?? '').length + 2));
    sheet.getColumn(index + 1).width = Math.min(40, Math.max(10, widest));
  });
  return (await workbook.xlsx.writeBuffer()) as ArrayBuffer;
}

/** `课时补助表-2026-10-2026-11-30.xlsx`: characters Windows refuses in file names are replaced. */
export const xlsxFileName = (base: string, date: string) => `${base.replace(/[\\/:*?"<>|]+/g, '_')}-${date}.xlsx`;

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
