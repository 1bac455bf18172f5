import type { CreateProviderInput, CreateSchoolInput, QualificationInput, StudentImportRow } from '../generated/graphql';
import { choiceLookups, mapHeader, type HeaderMap, type ImportResource } from './importColumns';
import { CellError, parseCount, parseCreditCode, parseDate, parseGrades, parseYesNo, requiredText } from './parseValues';

/** A problem of one file row: the field (input field name) and a code of the app.csv.errors messages. */
export interface RowProblem {
  row: number;
  field: string | null;
  code: string;
  /** Arguments of the message: the cell's text, the other row, or the server's own words (`detail`). */
  args?: Record<string, string | number>;
}

/** One record of the file (a school, or a provider with its qualification rows) and what is wrong with it. */
export interface ImportRecord<Input> {
  /** File rows, header = row 1; the first is the record's own row. */
  rows: number[];
  /** Shown in the preview: name and code. */
  label: string;
  input: Input;
  problems: RowProblem[];
  /** Providers: the file row of each qualification, so a server error on `qualifications.2` finds its row. */
  qualificationRows?: number[];
}

export interface MappedFile<Input> {
  header: HeaderMap;
  records: ImportRecord<Input>[];
}

type Cells = (field: string) => string;

/** Reads the cells of a row by field, collecting each field's problem instead of stopping at the first. */
class RowReader {
  readonly problems: RowProblem[] = [];

  constructor(
    readonly row: number,
    readonly cell: Cells,
  ) {}

  read<T>(field: string, parse: (cell: string) => T): T | undefined {
    try {
      return parse(this.cell(field));
    } catch (error) {
      if (!(error instanceof CellError)) throw error;
      this.problems.push({ row: this.row, field, code: error.code, ...(error.value ? { args: { value: error.value } } : {}) });
      return undefined;
    }
  }
}

const optional = (cell: string) => cell || undefined;

function rowsOf(resource: ImportResource, table: string[][]) {
  const header = mapHeader(resource, table[0] ?? []);
  const rows = table.slice(1).flatMap((cells, i) => {
    const cell: Cells = (field) => {
      const index = header.index.get(field);
      return index === undefined ? '' : (cells[index] ?? '').trim();
    };
    // Blank rows (Excel leaves some at the end) are not records; numbering still counts them.
    return cells.every((c) => c.trim() === '') ? [] : [{ row: i + 2, cell }];
  });
  return { header, rows };
}

/** The duplicate check the server can only do within one chunk, here over the whole file. */
function markDuplicate<Input>(seen: Map<string, number>, key: string | undefined, record: ImportRecord<Input>, field: string) {
  if (!key) return;
  const first = seen.get(key);
  if (first !== undefined) record.problems.push({ row: record.rows[0], field, code: 'DUPLICATE', args: { row: first } });
  else seen.set(key, record.rows[0]);
}

/** Schools: one row, one CreateSchoolInput. */
export function mapSchools(table: string[][]): MappedFile<CreateSchoolInput> {
  const { header, rows } = rowsOf('schools', table);
  const seen = new Map<string, number>();
  const records = rows.map(({ row, cell }) => {
    const r = new RowReader(row, cell);
    const name = r.read('name', requiredText) ?? '';
    const code = r.read('code', requiredText) ?? '';
    const input: CreateSchoolInput = {
      name,
      code,
      type: r.read('type', (c) => choiceLookups.schoolType.one(c)) ?? 'PRIMARY',
      ownership: r.read('ownership', (c) => choiceLookups.ownership.one(c)) ?? 'PUBLIC',
      grades: r.read('grades', parseGrades) ?? [],
    };
    const studentCount = r.read('studentCount', parseCount);
    if (studentCount !== undefined) input.studentCount = studentCount;
    const address = optional(cell('address'));
    if (address) input.address = address;
    const principal = optional(cell('principal'));
    if (principal) input.principal = principal;
    const record: ImportRecord<CreateSchoolInput> = { rows: [row], label: [name, code].filter(Boolean).join(' · '), input, problems: r.problems };
    markDuplicate(seen, code.toUpperCase() || undefined, record, 'code');
    return record;
  });
  return { header, records };
}

const providerFields = ['name', 'creditCode', 'kind', 'contactName', 'contactPhone', 'address', 'serviceCategories'] as const;
const qualificationFields = ['certificateType', 'number', 'issuer', 'validFrom', 'validTo'] as const;

function readQualification(r: RowReader): QualificationInput | undefined {
  const filled = qualificationFields.filter((field) => r.cell(field) !== '');
  if (filled.length === 0) return undefined;
  if (filled.length < qualificationFields.length) {
    const missing = qualificationFields.find((field) => r.cell(field) === '')!;
    r.problems.push({ row: r.row, field: missing, code: 'INCOMPLETE_QUALIFICATION' });
    return undefined;
  }
  const validFrom = r.read('validFrom', parseDate);
  const validTo = r.read('validTo', parseDate);
  if (!validFrom || !validTo) return undefined;
  return { certificateType: r.cell('certificateType'), number: r.cell('number'), issuer: r.cell('issuer'), validFrom, validTo };
}

function newProvider(r: RowReader): ImportRecord<CreateProviderInput> {
  const name = r.read('name', requiredText) ?? '';
  const creditCode = r.read('creditCode', parseCreditCode) ?? '';
  const input: CreateProviderInput = {
    name,
    creditCode,
    kind: r.read('kind', (c) => choiceLookups.providerKind.one(c)) ?? 'VOLUNTEER',
    contactName: r.read('contactName', requiredText) ?? '',
    contactPhone: r.read('contactPhone', requiredText) ?? '',
    serviceCategories: r.read('serviceCategories', (c) => choiceLookups.activityCategory.many(c)) ?? [],
    qualifications: [],
  };
  const address = optional(r.cell('address'));
  if (address) input.address = address;
  return { rows: [r.row], label: [name, creditCode].filter(Boolean).join(' · '), input, problems: r.problems, qualificationRows: [] };
}

/**
 * Providers: one qualification per row. The first row of a credit code is the provider; later rows
 * with the same code (or with all provider columns empty, right after it) add qualifications.
 */
export function mapProviders(table: string[][]): MappedFile<CreateProviderInput> {
  const { header, rows } = rowsOf('providers', table);
  const records: ImportRecord<CreateProviderInput>[] = [];
  const byCode = new Map<string, { record: ImportRecord<CreateProviderInput>; cell: Cells }>();
  let previous: { record: ImportRecord<CreateProviderInput>; cell: Cells } | undefined;
  for (const { row, cell } of rows) {
    const r = new RowReader(row, cell);
    const code = /e\+?\d+$/i.test(cell('creditCode')) ? '' : cell('creditCode').replace(/\s+/g, '').toUpperCase();
    const providerPart = providerFields.some((field) => cell(field) !== '');
    const owner = code ? byCode.get(code) : providerPart ? undefined : previous;
    if (owner) {
      // Another qualification of a provider met before: its other columns must agree or be empty.
      const differs = providerFields.find((field) => field !== 'creditCode' && cell(field) !== '' && cell(field) !== owner.cell(field));
      if (differs) r.problems.push({ row, field: differs, code: 'INCONSISTENT', args: { row: owner.record.rows[0] } });
      const qualification = readQualification(r);
      owner.record.rows.push(row);
      if (qualification) {
        owner.record.input.qualifications!.push(qualification);
        owner.record.qualificationRows!.push(row);
      }
      owner.record.problems.push(...r.problems);
      previous = owner;
      continue;
    }
    if (!providerPart) {
      // Qualification columns only, and no provider row before them.
      records.push({ rows: [row], label: '', input: {} as CreateProviderInput, problems: [{ row, field: 'creditCode', code: 'NO_PROVIDER' }] });
      continue;
    }
    const record = newProvider(r);
    const qualification = readQualification(r);
    if (qualification) {
      record.input.qualifications!.push(qualification);
      record.qualificationRows!.push(row);
    }
    records.push(record);
    previous = { record, cell };
    if (code) byCode.set(code, previous);
  }
  return { header, records };
}

/** Class lists: one row, one student (with one guardian contact); the same child twice in a class is a duplicate. */
export function mapStudents(table: string[][]): MappedFile<StudentImportRow> {
  const { header, rows } = rowsOf('students', table);
  const seen = new Map<string, number>();
  const records = rows.map(({ row, cell }) => {
    const r = new RowReader(row, cell);
    const className = r.read('className', requiredText) ?? '';
    const name = r.read('name', requiredText) ?? '';
    const input: StudentImportRow = { className, name };
    const gender = optional(cell('gender'));
    if (gender) input.gender = r.read('gender', (c) => choiceLookups.gender.one(c));
    for (const field of ['guardianName', 'guardianRelation', 'guardianPhone'] as const) {
      const value = optional(cell(field));
      if (value) input[field] = value;
    }
    for (const field of ['leftBehind', 'hardship'] as const) {
      const value = r.read(field, parseYesNo);
      if (value !== undefined) input[field] = value;
    }
    const record: ImportRecord<StudentImportRow> = { rows: [row], label: [className, name].filter(Boolean).join(' · '), input, problems: r.problems };
    markDuplicate(seen, name ? `${className}\n${name}\n${input.guardianPhone ?? ''}` : undefined, record, 'name');
    return record;
  });
  return { header, records };
}

export function mapFile(
  resource: ImportResource,
  table: string[][],
): MappedFile<CreateSchoolInput> | MappedFile<CreateProviderInput> | MappedFile<StudentImportRow> {
  if (resource === 'students') return mapStudents(table);
  return resource === 'schools' ? mapSchools(table) : mapProviders(table);
}
