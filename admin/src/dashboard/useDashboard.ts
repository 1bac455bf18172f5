import { useGetOne } from 'react-admin';
import { useAppIdentity } from '../common/useIdentity';
import type { DashboardQuery } from '../generated/graphql';

/**
 * The district's dashboard has this id; a school's has the school's id. Here, not in dashboardApi.ts: that
 * module brings the API documents, which load with the data provider, not with the first page.
 */
export const DISTRICT_DASHBOARD = 'district';

export type DashboardData = DashboardQuery['dashboard'] & { id: string };

/** The dashboard of the user's scope: the district, or a school admin's school. Providers have none. */
export function useDashboard() {
  const { identity } = useAppIdentity();
  const id = identity?.role === 'SCHOOL_ADMIN' ? (identity.schoolId ?? DISTRICT_DASHBOARD) : DISTRICT_DASHBOARD;
  const enabled = identity?.role === 'DISTRICT_ADMIN' || identity?.role === 'SCHOOL_ADMIN';
  const { data, error, isPending } = useGetOne<DashboardData>('dashboards', { id }, { enabled });
  return { dashboard: data, error, isPending: enabled && isPending, enabled, role: identity?.role };
}

/** A list URL with react-admin's filter parameter, e.g. `/contracts?filter={"expiringSoon":true}`. */
export const listPath = (resource: string, filter: Record<string, unknown>) => `/${resource}?filter=${encodeURIComponent(JSON.stringify(filter))}`;
