import type { Identifier } from 'react-admin';
import { operation, type ResourceApi } from '../dataProvider/operation';
import { DashboardDocument } from '../generated/graphql';
import { DISTRICT_DASHBOARD } from './useDashboard';

export const dashboardScope = (id: Identifier) => (String(id) === DISTRICT_DASHBOARD ? null : String(id));

/** Read-only: every figure is computed by the API from the live records. */
export const dashboardApi: ResourceApi = {
  one: (id) => operation(DashboardDocument, { schoolId: dashboardScope(id) }, (d) => ({ ...d.dashboard, id: String(id) })),
};
