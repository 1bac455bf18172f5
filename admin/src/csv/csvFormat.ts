import Papa from 'papaparse';

/** Excel reads a CSV as UTF-8 (and shows Chinese) only when it starts with this byte-order mark. */
export const BOM = '\uFEFF';

/** A CSV file's text: BOM, header row, then the rows; CRLF line ends as Excel writes them. */
export function toCsv(headers: string[], rows: unknown[][]): string {
  return BOM + Papa.unparse({ fields: headers, data: rows }, { newline: '\r\n' });
}

/** Grades as a compact list: [1,2,3,4,5,6] → `1-6`, [1,2,3,7,9] → `1-3,7,9` (the import reads it back). */
export function formatGrades(grades: readonly number[]): string {
  const sorted = [...new Set(grades)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    parts.push(j - i >= 2 ? `${sorted[i]}-${sorted[j]}` : sorted.slice(i, j + 1).join(','));
    i = j + 1;
  }
  return parts.join(',');
}

const shanghaiDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' });

/**
 * A date column's value as `YYYY-MM-DD`: API dates as they are, instants (`DateTime`) as the
 * school-local (Beijing) calendar day.
 */
export function csvDate(value: unknown): string {
  if (typeof value !== 'string' || value === '') return '';
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  const instant = new Date(value);
  return Number.isNaN(instant.getTime()) ? value : shanghaiDate.format(instant);
}

const shanghaiTime = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/**
 * An instant (`DateTime`, UTC) as the school's clock read it: `YYYY-MM-DD HH:mm` Beijing time, as the lists show it
 * (an office reading `2026-12-01T00:03:14Z` would take it for a time past midnight). Empty stays empty.
 */
export function csvDateTime(value: unknown): string {
  if (typeof value !== 'string' || value === '') return '';
  const instant = new Date(value);
  return Number.isNaN(instant.getTime()) ? value : `${shanghaiDate.format(instant)} ${shanghaiTime.format(instant)}`;
}

/** Today (Beijing) as `YYYY-MM-DD`, for file names. */
export const today = (now = new Date()) => shanghaiDate.format(now);

/** `学校-2026-11-29.csv`: characters Windows refuses in file names are replaced. */
export function csvFileName(base: string, date: string): string {
  return `${base.replace(/[\\/:*?"<>|]+/g, '_')}-${date}.csv`;
}

/** Offers the text as a file download (a Blob link clicked once). */
export function downloadText(content: string, fileName: string): void {
  downloadBlob(new Blob([content], { type: 'text/csv;charset=utf-8' }), fileName);
}

/** Offers a file (CSV text, an .xlsx workbook) as a download. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Revoked later: some browsers start the download only after the click handler returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * A chosen file's text. UTF-8 first (a BOM is dropped); a file that is not valid UTF-8 is what Excel
 * saves in the Chinese Windows default encoding (GBK) and is read as GB18030 instead.
 */
export async function readCsvFile(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const utf8 = decodeUtf8(bytes);
  const text = utf8 ?? decodeGbk(bytes) ?? new TextDecoder('utf-8').decode(bytes);
  return text.startsWith(BOM) ? text.slice(1) : text;
}

function decodeUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined; // not UTF-8
  }
}

function decodeGbk(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('gb18030').decode(bytes);
  } catch {
    return undefined; // a runtime without the legacy encodings
  }
}

/** The records of a CSV text as cells; record n (1-based, header = 1) is `rows[n - 1]`. */
export function parseCsv(text: string): string[][] {
  const result = Papa.parse<string[]>(text, { skipEmptyLines: false });
  const rows = result.data.map((row) => row.map((cell) => (cell ?? '').trim()));
  // A final line break yields one empty record; it is not a row of the file.
  while (rows.length > 0 && rows[rows.length - 1].every((cell) => cell === '')) rows.pop();
  return rows;
}
