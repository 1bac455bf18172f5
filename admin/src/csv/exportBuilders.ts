import type { RaRecord } from 'react-admin';
import { csvDate, csvDateTime, formatGrades } from './csvFormat';

// The building blocks every export group uses: the spec types, how a cell is read from a row, and the column and
// reference builders. The specs themselves are grouped by domain (schoolRecordColumns, catalogueColumns,
// providerColumns) and gathered in exportColumns.

export type Translate = (key: string, options?: Record<string, unknown>) => string;
export type Cell = string | number | null | undefined;

export interface ExportContext {
  translate: Translate;
  /** The name of a referenced record (looked up before the rows are written), or the id when unknown. */
  nameOf: (resource: string, id: unknown) => string;
}

export interface ExportColumn {
  /** Message key of the header, in the UI language. */
  label: string;
  value: (row: RaRecord, context: ExportContext) => Cell;
}

/** Records a column shows by name: which resource, which ids a row points at, and how to name one. */
export interface ExportReference {
  resource: string;
  ids: (row: RaRecord) => unknown[];
  name: (record: RaRecord, translate: Translate) => string;
}

export interface ExportSpec {
  columns: ExportColumn[];
  references?: ExportReference[];
  /** A last row after the records (合计), one cell per column; left out of an empty export. */
  totals?: (rows: RaRecord[], context: ExportContext) => Cell[];
}

/** A value at a dotted path (`provider.name`). */
const at = (row: RaRecord, path: string): unknown =>
  path.split('.').reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined), row);

export const field = (resource: string, source: string) => `resources.${resource}.fields.${source}`;
export const enumLabel = (translate: Translate, group: string, value: unknown) =>
  value == null || value === '' ? '' : translate(`app.enums.${group}.${String(value)}`, { _: String(value) });
export const joined = (translate: Translate, items: string[]) => items.join(translate('app.list_separator'));

/** Column builders: a header key and how a row's value becomes a cell. */
export const col = {
  text: (resource: string, source: string, path = source): ExportColumn => ({
    label: field(resource, source),
    value: (row) => {
      const value = at(row, path);
      return typeof value === 'string' || typeof value === 'number' ? value : '';
    },
  }),
  label: (label: string, value: ExportColumn['value']): ExportColumn => ({ label, value }),
  enum: (resource: string, source: string, group: string): ExportColumn => ({
    label: field(resource, source),
    value: (row, { translate }) => enumLabel(translate, group, at(row, source)),
  }),
  enums: (resource: string, source: string, group: string): ExportColumn => ({
    label: field(resource, source),
    value: (row, { translate }) => {
      const values = at(row, source);
      return Array.isArray(values)
        ? joined(
            translate,
            values.map((v) => enumLabel(translate, group, v)),
          )
        : '';
    },
  }),
  date: (resource: string, source: string): ExportColumn => ({
    label: field(resource, source),
    value: (row) => csvDate(at(row, source)),
  }),
  dateTime: (resource: string, source: string): ExportColumn => ({
    label: field(resource, source),
    value: (row) => csvDateTime(at(row, source)),
  }),
  grades: (resource: string, source = 'grades'): ExportColumn => ({
    label: field(resource, source),
    value: (row) => {
      const grades = at(row, source);
      return Array.isArray(grades) ? formatGrades(grades as number[]) : '';
    },
  }),
  ref: (resource: string, source: string, reference: string): ExportColumn => ({
    label: field(resource, source),
    value: (row, { nameOf }) => (row[source] ? nameOf(reference, row[source]) : ''),
  }),
};

export const termLabel = (term: RaRecord, translate: Translate) => `${String(term.schoolYear ?? '')} ${enumLabel(translate, 'semester', term.semester)}`.trim();
export const refTo = (resource: string, source: string, name: ExportReference['name']): ExportReference => ({
  resource,
  ids: (row) => [row[source]],
  name,
});
export const byName = (record: RaRecord) => String(record.name ?? record.title ?? record.id);
export const schoolRef = (source = 'schoolId') => refTo('schools', source, byName);

/** Import column labels: schools and providers export under the import's headers, so a file can go back in. */
const importLabel = (resource: 'schools' | 'providers', source: string) => `app.csv.columns.${resource}.${source}`;
export const importText = (resource: 'schools' | 'providers', source: string): ExportColumn => ({
  ...col.text(resource, source),
  label: importLabel(resource, source),
});
export const asImport = (resource: 'schools' | 'providers', column: ExportColumn, source: string): ExportColumn => ({
  ...column,
  label: importLabel(resource, source),
});

export const yesNo = (translate: Translate, value: unknown) =>
  value === true ? translate('app.csv.import.yes') : value === false ? translate('app.csv.import.no') : '';
