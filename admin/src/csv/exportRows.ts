import type { DataProvider, RaRecord, SortPayload } from 'react-admin';
import { csvFileName, toCsv, today } from './csvFormat';
import { exportSpecs, type ExportReference, type ExportSpec, type Translate } from './exportColumns';

/** More than this is a report for the server, not a browser download. */
export const EXPORT_CAP = 10_000;
/** The API's largest page (`first` ≤ 100). */
const PAGE_SIZE = 100;

export interface ExportProgress {
  phase: 'rows' | 'names';
  count: number;
  total: number;
}

export interface ExportQuery {
  resource: string;
  filter: Record<string, unknown>;
  sort?: SortPayload;
}

/**
 * Every row of a list under its current filter and sort, page after page (the data provider turns
 * page N+1 into a request `after` page N's end cursor), up to `cap` rows.
 */
export async function fetchAllRows(
  dataProvider: DataProvider,
  { resource, filter, sort }: ExportQuery,
  { cap = EXPORT_CAP, onProgress, signal }: { cap?: number; onProgress?: (progress: ExportProgress) => void; signal?: AbortSignal } = {},
): Promise<{ rows: RaRecord[]; total: number }> {
  const rows: RaRecord[] = [];
  let total = 0;
  for (let page = 1; rows.length < cap; page++) {
    signal?.throwIfAborted();
    const result = await dataProvider.getList(resource, {
      filter,
      sort: sort ?? { field: 'id', order: 'ASC' },
      pagination: { page, perPage: PAGE_SIZE },
      signal,
    });
    rows.push(...result.data);
    total = Math.max(result.total ?? rows.length, rows.length);
    onProgress?.({ phase: 'rows', count: Math.min(rows.length, cap), total: Math.min(total, cap) });
    const more = result.pageInfo?.hasNextPage ?? (result.data.length === PAGE_SIZE && rows.length < total);
    if (!more || result.data.length === 0) break;
  }
  return { rows: rows.slice(0, cap), total };
}

/** Looks up the names the rows point at: one batch per referenced resource (at most 100 ids a request). */
export async function fetchNames(
  dataProvider: DataProvider,
  rows: RaRecord[],
  references: ExportReference[],
  translate: Translate,
  signal?: AbortSignal,
): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  const wanted = new Map<string, Set<string>>();
  for (const reference of references) {
    const ids = wanted.get(reference.resource) ?? new Set<string>();
    for (const row of rows) for (const id of reference.ids(row)) if (id != null && id !== '') ids.add(String(id));
    wanted.set(reference.resource, ids);
  }
  for (const [resource, idSet] of wanted) {
    const ids = [...idSet];
    const name = references.find((reference) => reference.resource === resource)!.name;
    for (let i = 0; i < ids.length; i += PAGE_SIZE) {
      signal?.throwIfAborted();
      const { data } = await dataProvider.getMany(resource, { ids: ids.slice(i, i + PAGE_SIZE), signal });
      for (const record of data) names.set(`${resource}:${String(record.id)}`, name(record, translate));
    }
  }
  return names;
}

/** The CSV text of the rows: translated headers, names instead of ids, BOM for Excel. */
export function rowsToCsv(spec: ExportSpec, rows: RaRecord[], translate: Translate, names: Map<string, string>): string {
  const context = {
    translate,
    nameOf: (resource: string, id: unknown) => names.get(`${resource}:${String(id)}`) ?? String(id),
  };
  const headers = spec.columns.map((column) => translate(column.label, { _: column.label.split('.').pop() }));
  const cells = rows.map((row) => spec.columns.map((column) => column.value(row, context) ?? ''));
  const totals = spec.totals && rows.length > 0 ? [spec.totals(rows, context).map((cell) => cell ?? '')] : [];
  return toCsv(headers, [...cells, ...totals]);
}

export interface ExportFile {
  fileName: string;
  content: string;
  count: number;
  total: number;
}

/** The whole export of one list: rows, names, file. Lazily loaded by the export button. */
export async function exportList(
  dataProvider: DataProvider,
  query: ExportQuery,
  translate: Translate,
  options: { cap?: number; onProgress?: (progress: ExportProgress) => void; signal?: AbortSignal; date?: string } = {},
): Promise<ExportFile> {
  const spec = exportSpecs[query.resource];
  if (!spec) throw new Error(`No CSV export is defined for "${query.resource}"`);
  const { rows, total } = await fetchAllRows(dataProvider, query, options);
  options.onProgress?.({ phase: 'names', count: rows.length, total: rows.length });
  const names = await fetchNames(dataProvider, rows, spec.references ?? [], translate, options.signal);
  const base = translate(`resources.${query.resource}.name`, { smart_count: 2, _: query.resource });
  return {
    fileName: csvFileName(base, options.date ?? today()),
    content: rowsToCsv(spec, rows, translate, names),
    count: rows.length,
    total,
  };
}
