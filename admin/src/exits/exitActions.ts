import { canAccess } from '../auth/permissions';
import type { ActivityResolution, ProviderExitStatus, Role } from '../generated/graphql';

export type ExitAction = 'decide' | 'resolve' | 'complete';

/** The exit workflow (SPEC §3.2): decide while OPEN; resolve activities and complete while APPROVED. */
const stepsByStatus: Record<ProviderExitStatus, readonly ExitAction[]> = {
  OPEN: ['decide'],
  APPROVED: ['resolve', 'complete'],
  REJECTED: [],
  COMPLETED: [],
};

/** What a user may do on a case: allowed by its status and by the user's role (only the district decides). */
export function allowedExitActions(status: ProviderExitStatus, role: Role | undefined): ExitAction[] {
  return stepsByStatus[status].filter((action) => canAccess(role, action, 'providerExits'));
}

/**
 * Whether the user may reassign or cancel one affected activity: it is still unresolved, and a
 * school admin acts only on their own school's activities.
 */
export function canResolveActivity(
  status: ProviderExitStatus,
  activity: { resolution: ActivityResolution; schoolId: string },
  viewer: { role?: Role; schoolId?: string | null },
): boolean {
  if (activity.resolution !== 'UNRESOLVED' || !allowedExitActions(status, viewer.role).includes('resolve')) return false;
  return viewer.role === 'DISTRICT_ADMIN' || activity.schoolId === viewer.schoolId;
}
