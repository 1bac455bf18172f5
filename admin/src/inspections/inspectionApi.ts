import { pickFields, withoutEmpty } from '../dataProvider/changes';
import { connectionPage, cursorStep, existing, pickFilter, type CoversAll } from '../dataProvider/connection';
import { operation, type PageRequest, type ResourceApi } from '../dataProvider/operation';
import {
  CloseInspectionDocument,
  InspectionCursorDocument,
  InspectionDocument,
  InspectionListDocument,
  RecordInspectionDocument,
  RecordRectificationDocument,
  type InspectionFieldsFragment,
  type InspectionFilter,
  type RecordInspectionInput,
} from '../generated/graphql';

const recordFields = ['schoolId', 'date', 'inspectors', 'summary', 'score', 'findings'] as const;
// Fails to compile when the SDL gains an input field the console does not send yet.
const checkRecord: CoversAll<RecordInspectionInput, typeof recordFields> = recordFields;
void checkRecord;

/** react-admin list filters as the API's InspectionFilter (`overdue` is the "逾期未整改" toggle). */
export function toInspectionFilter(filter: Record<string, unknown>): InspectionFilter {
  const picked = pickFilter<InspectionFilter>(filter, ['schoolId', 'status', 'schoolYear', 'overdue']);
  return picked.overdue ? { ...picked, overdue: true } : { ...picked, overdue: undefined };
}

const listVariables = ({ filter, first, after }: PageRequest) => ({ filter: toInspectionFilter(filter), first, after });

/** The form's inspectors arrive as `[{ name }]` rows (an ArrayInput) and findings without empty rows. */
export function toRecordInput(data: Record<string, unknown>): RecordInspectionInput {
  const inspectors = Array.isArray(data.inspectors)
    ? (data.inspectors as ({ name?: string } | string)[]).map((row) => (typeof row === 'string' ? row : (row.name ?? ''))).filter((name) => name.trim())
    : [];
  const findings = Array.isArray(data.findings) ? (data.findings as { item?: string }[]).filter((row) => row.item?.trim()) : [];
  return withoutEmpty(pickFields({ ...data, inspectors, findings }, recordFields)) as RecordInspectionInput;
}

/** Inspections are records: created, then moved by rectifications and closing (no edit, no delete). */
export const inspectionApi: ResourceApi = {
  list: (request) => operation(InspectionListDocument, listVariables(request), (d) => connectionPage(d.inspections)),
  cursor: (request) => operation(InspectionCursorDocument, listVariables(request), (d) => cursorStep(d.inspections)),
  referenceFilter: (target, id) => ({ [target]: id }),
  one: (id) => operation(InspectionDocument, { id: String(id) }, (d) => existing(d.inspection, 'Inspection', id)),
  create: (data) => operation(RecordInspectionDocument, { input: toRecordInput(data) }, (d) => d.recordInspection),
};

/** The workflow steps, each at the version the page shows (a stale page gets CONFLICT). */
export const inspectionWorkflow = {
  rectify: (record: InspectionFieldsFragment, findingId: string, note: string) =>
    operation(RecordRectificationDocument, { inspectionId: record.id, findingId, note, expectedVersion: record.version }, (d) => d.recordRectification),
  close: (record: InspectionFieldsFragment) => operation(CloseInspectionDocument, { id: record.id, expectedVersion: record.version }, (d) => d.closeInspection),
};
