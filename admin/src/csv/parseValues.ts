/**
 * Cell parsers of the CSV import. Each returns the API value or throws a CellError naming the
 * problem (a code of the app.csv.errors messages), so the row gets an error next to that column.
 */
export type CellErrorCode = 'REQUIRED' | 'BAD_GRADES' | 'BAD_CHOICE' | 'BAD_NUMBER' | 'BAD_DATE' | 'SCIENTIFIC';

export class CellError extends Error {
  constructor(
    readonly code: CellErrorCode,
    readonly value = '',
  ) {
    super(`${code}: ${value}`);
    this.name = 'CellError';
  }
}

export function requiredText(cell: string): string {
  if (cell === '') throw new CellError('REQUIRED');
  return cell;
}

/** Full-width digits and punctuation as their ASCII forms (Chinese input methods type them). */
function halfWidth(text: string): string {
  return text.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
}

/**
 * Grades 1–9 from `1-6`, `1,2,3`, `1、2、3`, `1-3,5`, `1~6`, `1至6年级`. Sorted, without repeats.
 */
export function parseGrades(cell: string): number[] {
  if (cell === '') throw new CellError('REQUIRED');
  const text = halfWidth(cell)
    .replace(/年级/g, '')
    .replace(/\s*(?:[~–—至到]|-)\s*/g, '-')
    .replace(/[、;，；\s]+/g, ',');
  const grades = new Set<number>();
  for (const part of text.split(',').filter(Boolean)) {
    const match = /^(\d)(?:-(\d))?$/.exec(part);
    const from = Number(match?.[1]);
    const to = Number(match?.[2] ?? match?.[1]);
    if (!match || from < 1 || to > 9 || from > to) throw new CellError('BAD_GRADES', cell);
    for (let grade = from; grade <= to; grade++) grades.add(grade);
  }
  if (grades.size === 0) throw new CellError('BAD_GRADES', cell);
  return [...grades].sort((a, b) => a - b);
}

/** A whole number ≥ 0; `1,200` and `1200.0` (as Excel may write them) are read too. Empty → undefined. */
export function parseCount(cell: string): number | undefined {
  if (cell === '') return undefined;
  const text = halfWidth(cell)
    .replace(/^(\d{1,3}(?:,\d{3})+)$/, (digits) => digits.replace(/,/g, ''))
    .replace(/\.0+$/, '');
  if (!/^\d{1,9}$/.test(text)) throw new CellError('BAD_NUMBER', cell);
  return Number(text);
}

/** `YYYY-MM-DD` from `2026-09-01`, `2026/9/1`, `2026.9.1` or `2026年9月1日`, if it is a real calendar date. */
export function parseDate(cell: string): string {
  if (cell === '') throw new CellError('REQUIRED');
  const match = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(halfWidth(cell));
  if (!match) throw new CellError('BAD_DATE', cell);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    throw new CellError('BAD_DATE', cell);
  }
  return `${match[1]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** A credit code as text; one Excel turned into `9.13301E+17` cannot be recovered and says so. */
export function parseCreditCode(cell: string): string {
  if (cell === '') throw new CellError('REQUIRED');
  if (/^\d+(\.\d+)?e\+?\d+$/i.test(cell)) throw new CellError('SCIENTIFIC', cell);
  return halfWidth(cell).replace(/\s+/g, '').toUpperCase();
}

/** Lower case, no spaces, full-width folded: how headers and choice names are compared. */
export function normalise(text: string): string {
  return halfWidth(text).toLowerCase().replace(/\s+/g, '');
}

/** Text without a bracketed note: `培训机构（非学科类）` → `培训机构`. */
const withoutNote = (text: string) => text.replace(/[(（][^)）]*[)）]\s*$/, '');

/** Looks up an enum value by any of its names (Chinese, English, the API value itself). */
export class ChoiceLookup<Value extends string> {
  private readonly byName = new Map<string, Value>();

  /** `labels` are the value → name tables of each language. */
  constructor(values: readonly Value[], labels: Record<string, string>[]) {
    for (const value of values) {
      this.add(value, value);
      for (const table of labels) {
        const label = table[value];
        if (!label) continue;
        this.add(label, value);
        this.add(withoutNote(label), value);
      }
    }
  }

  private add(name: string, value: Value) {
    const key = normalise(name);
    if (key && !this.byName.has(key)) this.byName.set(key, value);
  }

  one(cell: string): Value {
    if (cell === '') throw new CellError('REQUIRED');
    const value = this.byName.get(normalise(cell));
    if (!value) throw new CellError('BAD_CHOICE', cell);
    return value;
  }

  /** One or more, separated by commas, 顿号, semicolons or slashes. */
  many(cell: string): Value[] {
    if (cell === '') throw new CellError('REQUIRED');
    const parts = halfWidth(cell)
      .split(/[,、;/|]+/)
      .map((part) => part.trim())
      .filter(Boolean);
    return [...new Set(parts.map((part) => this.one(part)))];
  }
}

/** 是/否 (or yes/no, 1/0, √/×); empty stays empty (the API's default, false). */
export function parseYesNo(cell: string): boolean | undefined {
  const value = normalise(cell);
  if (value === '') return undefined;
  if (['是', 'y', 'yes', 'true', '1', '√', '✓', '留守', '困难'].includes(value)) return true;
  if (['否', 'n', 'no', 'false', '0', '×', '✗'].includes(value)) return false;
  throw new CellError('BAD_CHOICE', cell);
}
