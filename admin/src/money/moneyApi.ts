import { connectionPage, cursorStep, existing, pickFilter } from '../dataProvider/connection';
import { operation, type PageRequest, type ResourceApi } from '../dataProvider/operation';
import {
  BillCursorDocument,
  BillDocument,
  BillListDocument,
  ConfirmProviderStatementDocument,
  ConfirmStipendSheetDocument,
  DisclosureListDocument,
  DisclosureNodeDocument,
  GenerateBillsDocument,
  ProviderStatementDocument,
  PublishDisclosureDocument,
  RecordPaymentDocument,
  StipendSheetDocument,
  WaiveBillDocument,
  type BillFieldsFragment,
  type DisclosureListFieldsFragment,
  type BillFilter,
} from '../generated/graphql';

/** react-admin list filters as the API's BillFilter: a school (with a month) or a student. */
export function toBillFilter(filter: Record<string, unknown>): BillFilter {
  return pickFilter<BillFilter>(filter, ['schoolId', 'month', 'studentId', 'status']);
}

/**
 * The API lists the bills of a school or of a child (the bill list names the school admin's school). Until the district
 * picks a school the list asks for a school that does not exist (an empty page, like the care logs) instead of a
 * refused request and its error message.
 */
const listVariables = ({ filter, first, after }: PageRequest) => {
  const billFilter = toBillFilter(filter);
  return { filter: billFilter.schoolId || billFilter.studentId ? billFilter : { ...billFilter, schoolId: '-' }, first, after };
};

/** Bills are made by `generateBills` and moved by payment or waiver: no create, edit or delete page. */
export const billApi: ResourceApi = {
  list: (request) => operation(BillListDocument, listVariables(request), (d) => connectionPage(d.bills)),
  cursor: (request) => operation(BillCursorDocument, listVariables(request), (d) => cursorStep(d.bills)),
  one: (id) => operation(BillDocument, { id: String(id) }, (d) => existing(d.bill, 'Bill', id)),
};

/** A stipend sheet is addressed by school and month; react-admin's getOne gets them as one id `school/month`. */
export const stipendSheetKey = (schoolId: string, month: string) => `${schoolId}/${month}`;

/** Read through getOne (confirmed, or the draft computed now); confirmed by the workflow step below. */
export const stipendSheetApi: ResourceApi = {
  one: (id) => {
    const [schoolId, month] = String(id).split('/');
    return operation(StipendSheetDocument, { schoolId: schoolId ?? '', month: month ?? '' }, (d) => ({
      ...d.stipendSheet,
      id: String(id),
      sheetId: d.stipendSheet.id,
    }));
  },
};

/** A provider statement, addressed like a stipend sheet: one react-admin id `provider/month`. */
export const providerStatementApi: ResourceApi = {
  one: (id) => {
    const [providerId, month] = String(id).split('/');
    return operation(ProviderStatementDocument, { providerId: providerId ?? '', month: month ?? '' }, (d) => ({
      ...d.providerStatement,
      id: String(id),
      statementId: d.providerStatement.id,
    }));
  },
};

/** A school's published disclosures, newest first (one page of 50: a school publishes a few a term). */
export const disclosureApi: ResourceApi = {
  list: ({ filter }) =>
    operation(DisclosureListDocument, { filter: { schoolId: (filter.schoolId as string | undefined) ?? null }, first: 50 }, (d) => ({
      data: d.disclosures.nodes,
      total: d.disclosures.totalCount,
      pageInfo: { hasNextPage: false, hasPreviousPage: false },
      meta: { endCursor: null },
    })),
  one: (id) =>
    operation(DisclosureNodeDocument, { id: String(id) }, (d) =>
      existing(d.node && 'accessCode' in d.node ? (d.node as DisclosureListFieldsFragment) : null, 'Disclosure', id),
    ),
};

/** The money steps, each at the version the page shows (a stale page gets CONFLICT). */
export const moneyWorkflow = {
  generate: (schoolId: string, month: string) => operation(GenerateBillsDocument, { schoolId, month }, (d) => d.generateBills),
  pay: (bill: BillFieldsFragment, reference: string) =>
    operation(RecordPaymentDocument, { billId: bill.id, reference, expectedVersion: bill.version }, (d) => d.recordPayment),
  waive: (bill: BillFieldsFragment, reason: string) =>
    operation(WaiveBillDocument, { billId: bill.id, reason, expectedVersion: bill.version }, (d) => d.waiveBill),
  confirmStipends: (sheet: { sheetId: string; version: number }) =>
    operation(ConfirmStipendSheetDocument, { id: sheet.sheetId, expectedVersion: sheet.version }, (d) => d.confirmStipendSheet),
  confirmStatement: (statement: { statementId: string; version: number }) =>
    operation(ConfirmProviderStatementDocument, { id: statement.statementId, expectedVersion: statement.version }, (d) => d.confirmProviderStatement),
  publish: (schoolId: string, termId: string) => operation(PublishDisclosureDocument, { schoolId, termId }, (d) => d.publishDisclosure),
};

/** The month a page starts on: the previous one (stipends and bills are settled after the month). */
export function previousMonth(today: string): string {
  const [year, month] = [Number(today.slice(0, 4)), Number(today.slice(5, 7))];
  return month === 1 ? `${year - 1}-12` : `${year}-${String(month - 1).padStart(2, '0')}`;
}
