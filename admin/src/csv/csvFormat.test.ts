import { describe, expect, it } from 'vitest';
import { BOM, csvDate, csvDateTime, csvFileName, formatGrades, parseCsv, readCsvFile, toCsv } from './csvFormat';

describe('CSV text', () => {
  it('starts with a BOM, quotes what needs quoting and ends lines as Excel does', () => {
    const text = toCsv(
      ['学校名称', '地址'],
      [
        ['实验小学', '解放路 1 号, 东区'],
        ['二中', 'say "hi"'],
      ],
    );
    expect(text.startsWith(BOM)).toBe(true);
    expect(text.slice(1)).toBe('学校名称,地址\r\n实验小学,"解放路 1 号, 东区"\r\n二中,"say ""hi"""');
  });

  it('writes grades compactly, dates as YYYY-MM-DD in Beijing time, and safe file names', () => {
    expect(formatGrades([1, 2, 3, 4, 5, 6])).toBe('1-6');
    expect(formatGrades([7, 1, 2, 3, 9])).toBe('1-3,7,9');
    expect(formatGrades([3, 4])).toBe('3,4');
    expect(csvDate('2026-09-01')).toBe('2026-09-01');
    // 20:00 UTC is already the next day in Beijing.
    expect(csvDate('2026-08-31T20:00:00.000Z')).toBe('2026-09-01');
    expect(csvDate(null)).toBe('');
    // Instants (an alert's raisedAt) as Beijing date and time, not the UTC ISO text.
    expect(csvDateTime('2026-12-01T00:03:14.446Z')).toBe('2026-12-01 08:03');
    expect(csvDateTime('2026-11-30T16:30:00Z')).toBe('2026-12-01 00:30');
    expect(csvDateTime(null)).toBe('');
    expect(csvFileName('学校', '2026-11-29')).toBe('学校-2026-11-29.csv');
    expect(csvFileName('a/b:c', '2026-11-29')).toBe('a_b_c-2026-11-29.csv');
  });

  it('parses records by number (header = 1), keeping blank rows in the numbering and dropping the final line break', () => {
    const rows = parseCsv('名称,代码\r\n实验小学,XX001\r\n\r\n"多行\n地址",XX002\r\n');
    expect(rows).toEqual([['名称', '代码'], ['实验小学', 'XX001'], [''], ['多行\n地址', 'XX002']]);
  });

  it('reads UTF-8 with or without BOM, and a GBK file Excel saved', async () => {
    expect(await readCsvFile(new Blob([`${BOM}学校名称\n实验小学`]))).toBe('学校名称\n实验小学');
    const gbk = new Uint8Array([0xd1, 0xa7, 0xd0, 0xa3, 0xc3, 0xfb, 0xb3, 0xc6, 0x2c, 0xd1, 0xa7, 0xd0, 0xa3, 0xb4, 0xfa, 0xc2, 0xeb]);
    expect(await readCsvFile(new Blob([gbk]))).toBe('学校名称,学校代码');
  });
});
