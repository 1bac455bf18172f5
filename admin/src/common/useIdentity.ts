import { useGetIdentity } from 'react-admin';
import type { AppIdentity } from '../auth/identity';

/** The signed-in user with the role and school the console needs (see `getIdentity`). */
export function useAppIdentity(): { identity: AppIdentity | undefined; isPending: boolean } {
  const { identity, isPending } = useGetIdentity();
  // getIdentity in every auth mode returns AppIdentity; react-admin types it as the base UserIdentity.
  return { identity: identity as AppIdentity | undefined, isPending };
}
