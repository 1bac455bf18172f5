import { connectionPage, cursorStep, existing, pickFilter } from '../dataProvider/connection';
import { operation, type PageRequest, type ResourceApi } from '../dataProvider/operation';
import {
  AlertCursorDocument,
  AlertListDocument,
  AlertNodeDocument,
  CareBellDocument,
  CareBoardDocument,
  CareLogListDocument,
  CareLogNodeDocument,
  DistrictCareBoardDocument,
  ResolveAlertDocument,
  type AlertFieldsFragment,
  type AlertFilter,
  type ConsoleCareLogFieldsFragment,
} from '../generated/graphql';

/** react-admin list filters as the API's AlertFilter (school, day, status, kind). */
export function toAlertFilter(filter: Record<string, unknown>): AlertFilter {
  return pickFilter<AlertFilter>(filter, ['schoolId', 'date', 'status', 'kind']);
}

const alertVariables = ({ filter, first, after }: PageRequest) => ({ filter: toAlertFilter(filter), first, after });

/** Alerts are raised by roll calls and the alert job, resolved with a note: no create or edit page. */
export const alertApi: ResourceApi = {
  list: (request) => operation(AlertListDocument, alertVariables(request), (d) => connectionPage(d.alerts)),
  cursor: (request) => operation(AlertCursorDocument, alertVariables(request), (d) => cursorStep(d.alerts)),
  one: (id) =>
    operation(AlertNodeDocument, { id: String(id) }, (d) => existing(d.node && 'kind' in d.node ? (d.node as AlertFieldsFragment) : null, 'Alert', id)),
};

/** The first and last day of a month `YYYY-MM`. */
export function monthRange(month: string): { from: string; to: string } {
  const [year, m] = [Number(month.slice(0, 4)), Number(month.slice(5, 7))];
  const last = new Date(Date.UTC(year, m, 0)).getUTCDate();
  return { from: `${month}-01`, to: `${month}-${String(last).padStart(2, '0')}` };
}

/** A school's care logs of one month (a school writes at most one a day: one request, no paging). */
export const careLogApi: ResourceApi = {
  list: ({ filter }) => {
    // The district picks a school first; until then the list asks for none (no school has this id).
    const schoolId = typeof filter.schoolId === 'string' && filter.schoolId ? filter.schoolId : '-';
    const month = typeof filter.month === 'string' && /^\d{4}-\d{2}$/.test(filter.month) ? filter.month : new Date().toISOString().slice(0, 7);
    return operation(CareLogListDocument, { schoolId, ...monthRange(month) }, (d) => ({
      data: d.careLogs,
      total: d.careLogs.length,
      pageInfo: { hasNextPage: false, hasPreviousPage: false },
      meta: { endCursor: null },
    }));
  },
  one: (id) =>
    operation(CareLogNodeDocument, { id: String(id) }, (d) =>
      existing(d.node && 'summary' in d.node ? (d.node as ConsoleCareLogFieldsFragment) : null, 'CareLog', id),
    ),
};

/** A board is addressed by school and date; react-admin's getOne gets it as one id `school/date`. */
export const careBoardKey = (schoolId: string, date: string) => `${schoolId}/${date}`;

export const careBoardApi: ResourceApi = {
  one: (id) => {
    const [schoolId, date] = String(id).split('/');
    return operation(CareBoardDocument, { schoolId: schoolId ?? '', date: date ?? '' }, (d) => ({ ...d.careBoard, id: String(id) }));
  },
};

/** The district board of a date (id: the date). */
export const districtCareBoardApi: ResourceApi = {
  one: (id) => operation(DistrictCareBoardDocument, { date: String(id) }, (d) => ({ id: String(id), rows: d.districtCareBoard })),
};

/** The bell: the viewer's latest notifications and the open alerts they may read (id: `me`). */
export const careBellApi: ResourceApi = {
  one: (id) =>
    operation(CareBellDocument, {}, (d) => ({
      id: String(id),
      notifications: d.notifications.nodes,
      notificationCount: d.notifications.totalCount,
      openAlertCount: d.alerts.totalCount,
    })),
};

/** The alert step: resolve with a note, at the version the page shows (a stale page gets CONFLICT). */
export const careWorkflow = {
  resolve: (alert: Pick<AlertFieldsFragment, 'id' | 'version'>, note: string) =>
    operation(ResolveAlertDocument, { id: alert.id, note, expectedVersion: alert.version }, (d) => d.resolveAlert),
};

/** Today in school-local time (Asia/Shanghai). */
export const schoolToday = (at: Date = new Date()) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
