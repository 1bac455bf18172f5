import { requireRole } from '../auth/access';
import type { Viewer } from '../auth/viewer';
import { AppError, badInput } from '../core/errors';
import { parseInput } from '../core/validation';
import { createProviderSchema } from '../providers/providerInput';
import type { ProviderRepository } from '../providers/providerRepository';
import type { ProviderService } from '../providers/providerService';
import { createSchoolSchema } from '../schools/schoolInput';
import type { SchoolRepository } from '../schools/schoolRepository';
import type { SchoolService } from '../schools/schoolService';

export const MAX_IMPORT_ROWS = 100;

interface RowError {
  row: number;
  field: string | null;
  code: string;
  message: string;
}

interface ImportOptions {
  dryRun?: boolean | null;
  onlyValid?: boolean | null;
  firstRow?: number | null;
}

/** Turns a thrown coded error into a row error (anything else is a real failure and propagates). */
function rowError(row: number, error: unknown): RowError {
  if (!(error instanceof AppError)) throw error;
  const field = error.extensions.field;
  return { row, field: typeof field === 'string' ? field : null, code: error.code, message: error.message };
}

/**
 * CSV imports with a preview: every row is validated first (input rules, duplicates inside the file, codes already
 * taken). A file with errors writes nothing unless the admin asked for the valid rows only. Each created row is its
 * own transaction with its audit event, exactly as when created by hand.
 */
export function createImportService(deps: {
  schools: SchoolRepository;
  providers: ProviderRepository;
  schoolService: SchoolService;
  providerService: ProviderService;
}) {
  async function run<T>(
    viewer: Viewer | null,
    rows: readonly unknown[],
    options: ImportOptions,
    check: (row: unknown) => T,
    key: (value: T) => string,
    keyField: string,
    taken: (keys: string[]) => Promise<Set<string>>,
    create: (signedIn: Viewer, row: unknown) => Promise<{ id: string }>,
  ) {
    const signedIn = requireRole(viewer, 'DISTRICT_ADMIN');
    if (rows.length > MAX_IMPORT_ROWS) throw badInput('rows', `Import at most ${MAX_IMPORT_ROWS} rows a call; send the file in chunks`);
    const first = options.firstRow ?? 1;
    const errors: RowError[] = [];
    const checked = rows.map((row, i) => {
      try {
        return check(row);
      } catch (error) {
        errors.push(rowError(first + i, error));
        return undefined;
      }
    });
    const keys = checked.map((value) => (value === undefined ? undefined : key(value)));
    const existing = await taken(keys.filter((k): k is string => Boolean(k)));
    const seen = new Map<string, number>();
    keys.forEach((k, i) => {
      if (!k) return;
      if (seen.has(k)) errors.push({ row: first + i, field: keyField, code: 'CONFLICT', message: `${k} repeats row ${seen.get(k)}` });
      else if (existing.has(k)) errors.push({ row: first + i, field: keyField, code: 'CONFLICT', message: `${k} already exists` });
      seen.set(k, seen.get(k) ?? first + i);
    });
    const badRows = new Set(errors.map((error) => error.row));
    const validIndexes = rows.map((_, i) => i).filter((i) => !badRows.has(first + i));
    const result = {
      dryRun: Boolean(options.dryRun),
      valid: validIndexes.length,
      created: 0,
      errors: errors.sort((a, b) => a.row - b.row),
      createdIds: [] as string[],
    };
    if (options.dryRun || (errors.length > 0 && !options.onlyValid)) return result;
    for (const i of validIndexes) {
      try {
        result.createdIds.push((await create(signedIn, rows[i])).id);
        result.created++;
      } catch (error) {
        // A row taken by someone else between preview and import is reported, not fatal.
        result.errors.push(rowError(first + i, error));
      }
    }
    return result;
  }

  return {
    importSchools: (viewer: Viewer | null, rows: readonly unknown[], options: ImportOptions) =>
      run(
        viewer,
        rows,
        options,
        (row) => parseInput(createSchoolSchema, row),
        (school) => school.code,
        'code',
        (codes) => deps.schools.takenCodes(codes),
        (signedIn, row) => deps.schoolService.create(signedIn, row),
      ),
    importProviders: (viewer: Viewer | null, rows: readonly unknown[], options: ImportOptions) =>
      run(
        viewer,
        rows,
        options,
        (row) => parseInput(createProviderSchema, row),
        (provider) => provider.creditCode,
        'creditCode',
        (codes) => deps.providers.takenCreditCodes(codes),
        (signedIn, row) => deps.providerService.create(signedIn, row),
      ),
  };
}

export type ImportService = ReturnType<typeof createImportService>;
