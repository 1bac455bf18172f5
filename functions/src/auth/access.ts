import { forbidden, unauthenticated } from '../core/errors';
import type { Role, Viewer } from './viewer';

/** The viewer, or UNAUTHENTICATED: every non-public operation starts here. */
export function requireViewer(viewer: Viewer | null): Viewer {
  if (!viewer) throw unauthenticated();
  return viewer;
}

/** The viewer if their role is one of `allowed` (typed as that role, with its scope); FORBIDDEN otherwise. */
export function requireRole<R extends Role>(viewer: Viewer | null, ...allowed: R[]): Extract<Viewer, { role: R }> {
  const signedIn = requireViewer(viewer);
  if (!(allowed as Role[]).includes(signedIn.role)) throw forbidden(`This needs the role ${allowed.join(' or ')}`);
  return signedIn as Extract<Viewer, { role: R }>;
}

/** Whether the viewer may see and change records of this school (SPEC §4). */
export function canAccessSchool(viewer: Viewer, schoolId: string): boolean {
  if (viewer.role === 'DISTRICT_ADMIN') return true;
  return viewer.role === 'SCHOOL_ADMIN' && viewer.schoolId === schoolId;
}

/** District admins, or the school admin of this school; FORBIDDEN for everyone else. */
export function requireSchoolAccess(viewer: Viewer | null, schoolId: string) {
  const signedIn = requireRole(viewer, 'DISTRICT_ADMIN', 'SCHOOL_ADMIN');
  if (!canAccessSchool(signedIn, schoolId)) throw forbidden('School admins may only see and change records of their own school');
  return signedIn;
}
