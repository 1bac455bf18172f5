import type { ImportResultFieldsFragment } from '../generated/graphql';
import type { ImportRecord, RowProblem } from './importMapping';

/** The API takes at most this many rows a call. */
export const IMPORT_CHUNK = 100;

export interface ImportCallOptions {
  dryRun: boolean;
  onlyValid: boolean;
  /** The file row of the chunk's first record, so the API's row numbers are the file's. */
  firstRow: number;
}

export type ImportCall<Input> = (rows: Input[], options: ImportCallOptions) => Promise<ImportResultFieldsFragment>;

export const isReady = <Input>(record: ImportRecord<Input>) => record.problems.length === 0;

function chunks<T>(items: T[], size = IMPORT_CHUNK): T[][] {
  return Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));
}

/**
 * A row error of the API on the record it belongs to: the API numbers the rows of a call from
 * `firstRow`; a qualification's field (`qualifications.1.validTo`) points at that qualification's row.
 */
function serverProblem<Input>(record: ImportRecord<Input>, error: ImportResultFieldsFragment['errors'][number]): RowProblem {
  const [head, index, rest] = (error.field ?? '').split('.');
  const qualificationRow = head === 'qualifications' && index !== undefined ? record.qualificationRows?.[Number(index)] : undefined;
  const field = qualificationRow !== undefined ? (rest ?? 'qualifications') : head && head !== 'input' ? head : null;
  return { row: qualificationRow ?? record.rows[0], field, code: error.code, args: { detail: error.message } };
}

function withServerErrors<Input>(chunk: ImportRecord<Input>[], firstRow: number, result: ImportResultFieldsFragment) {
  const added = new Map<ImportRecord<Input>, RowProblem[]>();
  for (const error of result.errors) {
    // Each record of the chunk is numbered firstRow + its index in the call.
    const record = chunk[error.row - firstRow] ?? chunk[0];
    added.set(record, [...(added.get(record) ?? []), serverProblem(record, error)]);
  }
  return added;
}

export interface Progress {
  done: number;
  total: number;
}

/**
 * The preview: every record without a problem found in the browser is checked by the API (`dryRun`),
 * chunk by chunk. Returns the records with the API's problems added; nothing is written.
 */
export async function checkRecords<Input>(
  records: ImportRecord<Input>[],
  call: ImportCall<Input>,
  onProgress?: (progress: Progress) => void,
): Promise<ImportRecord<Input>[]> {
  const batches = chunks(records.filter(isReady));
  const added = new Map<ImportRecord<Input>, RowProblem[]>();
  onProgress?.({ done: 0, total: batches.length });
  for (const [i, chunk] of batches.entries()) {
    const firstRow = chunk[0].rows[0];
    const result = await call(
      chunk.map((record) => record.input),
      { dryRun: true, onlyValid: false, firstRow },
    );
    for (const [record, problems] of withServerErrors(chunk, firstRow, result)) added.set(record, problems);
    onProgress?.({ done: i + 1, total: batches.length });
  }
  return records.map((record) => (added.has(record) ? { ...record, problems: [...record.problems, ...added.get(record)!] } : record));
}

export interface ImportOutcome<Input> {
  created: number;
  /** Records not created, each with why (a record skipped with its chunk says so). */
  failed: ImportRecord<Input>[];
}

/**
 * The import: the records that passed the preview, chunk by chunk (`dryRun: false`). With
 * `onlyValid` the API creates the valid rows of a chunk even if another row turned bad since the
 * preview; without it such a chunk writes nothing, and its other rows are reported as skipped.
 */
export async function importRecords<Input>(
  records: ImportRecord<Input>[],
  call: ImportCall<Input>,
  { onlyValid }: { onlyValid: boolean },
  onProgress?: (progress: Progress & { created: number }) => void,
): Promise<ImportOutcome<Input>> {
  const ready = records.filter(isReady);
  const failed: ImportRecord<Input>[] = records.filter((record) => !isReady(record));
  const batches = chunks(ready);
  let created = 0;
  onProgress?.({ done: 0, total: batches.length, created });
  for (const [i, chunk] of batches.entries()) {
    const firstRow = chunk[0].rows[0];
    const result = await call(
      chunk.map((record) => record.input),
      { dryRun: false, onlyValid, firstRow },
    );
    created += result.created;
    const problems = withServerErrors(chunk, firstRow, result);
    for (const record of chunk) {
      const own = problems.get(record);
      if (own) failed.push({ ...record, problems: own });
      else if (result.created === 0 && result.errors.length > 0) {
        failed.push({ ...record, problems: [{ row: record.rows[0], field: null, code: 'SKIPPED' }] });
      }
    }
    onProgress?.({ done: i + 1, total: batches.length, created });
  }
  failed.sort((a, b) => a.rows[0] - b.rows[0]);
  return { created, failed };
}
