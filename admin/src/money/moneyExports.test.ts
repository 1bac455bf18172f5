import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../csv/csvFormat';
import type { BillFieldsFragment, ProviderStatementFieldsFragment, StipendSheetFieldsFragment } from '../generated/graphql';
import { billTable, providerStatementTable, stipendTable, tableToCsv, tableTotals } from './moneyExports';
import { tableToXlsx, xlsxFileName } from './xlsxFile';

const lastKey = (key: string) => key.split('.').at(-1)!;

const sheet: StipendSheetFieldsFragment = {
  id: 'stp_abc202610',
  version: 1,
  schoolId: 'sch_abc',
  month: '2026-10',
  status: 'CONFIRMED',
  rate: 85,
  total: 765.5,
  confirmedAt: '2026-11-01T02:00:00.000Z',
  rows: [
    { staffId: 'stf_1', staffName: '王老师', sessions: 5, hours: 6, amount: 510 },
    { staffId: 'stf_2', staffName: '李老师', sessions: 2, hours: 3, amount: 255 },
  ],
  adjustments: [{ id: 'adj_1', staffId: 'stf_2', staffName: '李老师', amount: 0.5, reason: '补录', createdAt: '2026-11-02T02:00:00.000Z' }],
};

async function readBack(buffer: ArrayBuffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer);
  const worksheet = workbook.worksheets[0]!;
  const rows: unknown[][] = [];
  worksheet.eachRow({ includeEmpty: false }, (row) => rows.push((row.values as unknown[]).slice(1)));
  return { worksheet, rows };
}

describe('money exports (CSV and .xlsx, Chinese headers)', () => {
  it('writes a stipend sheet as CSV: headers, lines, adjustment lines, and the total of the lines', () => {
    const table = stipendTable(sheet, lastKey);
    const parsed = parseCsv(tableToCsv(table).replace(/^\uFEFF/, ''));
    expect(parsed[0]).toEqual(['staffName', 'sessions', 'hours', 'rate', 'amount', 'reason']);
    expect(parsed.slice(1)).toEqual([
      ['王老师', '5', '6', '85.00', '510.00', ''],
      ['李老师', '2', '3', '85.00', '255.00', ''],
      ['李老师', '', '', '', '0.50', '补录'],
      ['total', '', '', '', '765.50', ''],
    ]);
    // The totals row is the server's total: both are sums of the same lines in fen.
    expect(tableTotals(table)[4]).toBe(sheet.total);
  });

  it('sums thousands of lines to the fen (no binary drift), the rate column left unsummed', () => {
    const amounts = Array.from({ length: 5000 }, (_, i) => [0.1, 0.2, 0.7, 12.34, 85.01][i % 5]!);
    const table = { ...stipendTable({ ...sheet, adjustments: [] }, lastKey), rows: amounts.map((amount) => ['x', 1, 1, 85, amount, null]) };
    const floatSum = amounts.reduce((sum, amount) => sum + amount, 0);
    expect(floatSum).not.toBe(98350); // what adding floats gives is not the exact sum…
    expect(tableTotals(table)).toEqual(['total', null, null, null, 98350, null]); // …the totals row is.
  });

  it('writes .xlsx that reads back: bold Chinese headers, money as numbers formatted 0.00, the totals row', async () => {
    const table = stipendTable(sheet, (key) => ({ staffName: '姓名', amount: '金额（元）', total: '合计', title: '课时补助表' })[lastKey(key)] ?? lastKey(key));
    const { worksheet, rows } = await readBack(await tableToXlsx(table));
    expect(worksheet.name).toBe('课时补助表-2026-10');
    expect(rows[0]).toEqual(['姓名', 'sessions', 'hours', 'rate', '金额（元）', 'reason']);
    expect(worksheet.getRow(1).font?.bold).toBe(true);
    expect(rows[1]).toEqual(['王老师', 5, 6, 85, 510]);
    expect(rows[3]).toEqual(['李老师', undefined, undefined, undefined, 0.5, '补录']);
    expect(rows[4]).toEqual(['合计', undefined, undefined, undefined, 765.5]);
    expect(worksheet.getCell('E2').numFmt).toBe('0.00');
    expect(worksheet.getCell('E5').value).toBe(sheet.total);
    expect(xlsxFileName('课时补助表-2026-10', '2026-11-30')).toBe('课时补助表-2026-10-2026-11-30.xlsx');
  });

  it('lays out provider statements (school and contract by name) and bills (every money column summed)', async () => {
    const statement: ProviderStatementFieldsFragment = {
      id: 'pst_x202610',
      version: 0,
      providerId: 'prv_x',
      month: '2026-10',
      status: 'DRAFT',
      total: 350,
      confirmedAt: null,
      lines: [{ contractId: 'con_1', schoolId: 'sch_1', sessions: 2, hours: 3, ratePerHour: 120, amount: 360 }],
      adjustments: [{ id: 'adj_1', contractId: 'con_1', schoolId: 'sch_1', amount: -10, reason: '缺课', createdAt: '2026-11-02T02:00:00.000Z' }],
    };
    const names = { school: (id: string) => `校${id}`, contract: (id: string) => `协议${id}` };
    const providerRows = await readBack(await tableToXlsx(providerStatementTable(statement, '星光体育', names, lastKey)));
    expect(providerRows.worksheet.name).toBe('星光体育title-2026-10');
    expect(providerRows.rows.slice(1)).toEqual([
      ['校sch_1', '协议con_1', 2, 3, 120, 360],
      ['校sch_1', '协议con_1', undefined, undefined, undefined, -10, '缺课'],
      ['total', undefined, undefined, undefined, undefined, 350],
    ]);

    const bill = (netAmount: number, hardship: boolean) =>
      ({
        month: '2026-10',
        billedDays: 18,
        fullAmount: 80,
        discount: hardship ? 40 : 0,
        refund: 0,
        netAmount,
        status: 'UNPAID',
        student: { id: 'stu_1', name: '张小明', className: '一年级1班' },
        paymentReference: null,
        waivedReason: null,
      }) as BillFieldsFragment;
    const bills = billTable([bill(80, false), bill(40, true)], '收费账单-2026-10', lastKey);
    expect(bills.headers.slice(0, 4)).toEqual(['month', 'className', 'studentId', 'billedDays']);
    expect(tableTotals(bills)).toEqual(['total', null, null, null, 160, 40, 0, 120, null, null, null]);
    expect(parseCsv(tableToCsv(bills).replace(/^\uFEFF/, ''))[1]).toEqual([
      '2026-10',
      '一年级1班',
      '张小明',
      '18',
      '80.00',
      '0.00',
      '0.00',
      '80.00',
      'UNPAID',
      '',
      '',
    ]);
  });
});
