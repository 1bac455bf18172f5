import type { UserIdentity } from 'react-admin';
import type { Role } from '../generated/graphql';

/** What every auth mode's `getIdentity` returns: the user plus what the console needs from the viewer. */
export interface AppIdentity extends UserIdentity {
  role: Role;
  schoolId: string | null;
  providerId: string | null;
  /** For a school admin, the name of their school (shown on the dashboard). */
  schoolName: string | null;
}
