import type { ActivityRecord } from '../activities/activityEntity';
import type { Viewer } from '../auth/viewer';
import { forbidden, unauthenticated } from '../core/errors';
import type { StaffMemberRecord } from '../people/staffEntity';
import type { StaffRepository } from '../people/staffRepository';

/**
 * Who may take roll call and hand children over for an activity (SPEC §3.7): its person in charge — the TEACHER
 * named by `Activity.staffId` (an active staff member of the school), or a user of the provider that runs it — or the
 * school's admin. The district office reads but does not take roll call.
 */
export async function requirePersonInCharge(
  viewer: Viewer | null,
  activity: ActivityRecord,
  staff: Pick<StaffRepository, 'get'>,
  /** The viewer's staff record when the caller read it already (`null`: read, and there is none). */
  known?: StaffMemberRecord | null,
): Promise<Viewer> {
  if (!viewer) throw unauthenticated();
  if (viewer.role === 'SCHOOL_ADMIN' && viewer.schoolId === activity.schoolId) return viewer;
  if (viewer.role === 'PROVIDER' && viewer.providerId === activity.providerId) return viewer;
  if (viewer.role === 'TEACHER' && viewer.staffId === activity.staffId && viewer.schoolId === activity.schoolId) {
    // A record read for another staff id answers nothing about this one.
    const member = known === undefined || (known && known.id !== viewer.staffId) ? await staff.get(viewer.staffId) : known;
    if (member?.active && member.schoolId === activity.schoolId) return viewer;
  }
  throw forbidden('Only the person in charge of the activity (its teacher or provider) or the school admin may do this');
}

/** The idempotency scope of a user's submissions. */
export const submitterScope = (viewer: Viewer) => `${viewer.role}#${viewer.sub}`;
