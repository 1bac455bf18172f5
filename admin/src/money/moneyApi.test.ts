import { describe, expect, it } from 'vitest';
import { canAccess } from '../auth/permissions';
import { parseCsv, toCsv } from '../csv/csvFormat';
import type { StipendSheetFieldsFragment } from '../generated/graphql';
import { previousMonth, stipendCsvRows, stipendSheetKey, toBillFilter } from './moneyApi';

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

describe('money in the console', () => {
  it('sends only the API’s bill filter fields', () => {
    expect(toBillFilter({ schoolId: 'sch_1', month: '2026-10', status: 'UNPAID', q: 'x', studentId: '' })).toEqual({
      schoolId: 'sch_1',
      month: '2026-10',
      status: 'UNPAID',
    });
  });

  it('starts on the previous month, across a year end', () => {
    expect(previousMonth('2026-11-30')).toBe('2026-10');
    expect(previousMonth('2027-01-05')).toBe('2026-12');
    expect(stipendSheetKey('sch_1', '2026-10')).toBe('sch_1/2026-10');
  });

  it('exports a stipend sheet as CSV with headers, adjustment lines and the total the server computed', () => {
    const { headers, rows } = stipendCsvRows(sheet, (key) => key.split('.').at(-1)!);
    const parsed = parseCsv(toCsv(headers, rows).replace(/^\uFEFF/, ''));
    expect(parsed[0]).toEqual(['staffName', 'sessions', 'hours', 'rate', 'amount', 'reason']);
    expect(parsed.slice(1)).toEqual([
      ['王老师', '5', '6', '85.00', '510.00', ''],
      ['李老师', '2', '3', '85.00', '255.00', ''],
      ['李老师', '', '', '', '0.50', '补录'],
      ['total', '', '', '', '765.50', ''],
    ]);
  });

  it('offers bills, stipends and disclosures to the district and school admins only', () => {
    for (const role of ['DISTRICT_ADMIN', 'SCHOOL_ADMIN'] as const) {
      expect(canAccess(role, 'generate', 'bills')).toBe(true);
      expect(canAccess(role, 'confirm', 'stipends')).toBe(true);
      expect(canAccess(role, 'publish', 'disclosures')).toBe(true);
    }
    expect(canAccess('PROVIDER', 'list', 'bills')).toBe(false);
    expect(canAccess('PROVIDER', 'show', 'stipends')).toBe(false);
  });
});
