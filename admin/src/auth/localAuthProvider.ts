import type { AuthProvider } from 'react-admin';
import { ApiError } from '../dataProvider/errors';
import type { Role } from '../generated/graphql';
import type { AppIdentity } from './identity';
import { canAccess } from './permissions';
import { clearSession, isExpired, readSession, writeSession, type DevUser, type Session } from './session';
import { fetchViewer, type Viewer } from './viewer';

interface LocalAuthOptions {
  graphqlUrl: string;
  fetchImpl?: typeof fetch;
}

/** The demo users the local server offers on its sign-in page. */
export async function fetchDevUsers(fetchImpl: typeof fetch = fetch): Promise<DevUser[]> {
  const response = await fetchImpl('/auth/dev-users');
  if (!response.ok) throw new Error(`dev users could not be loaded (HTTP ${response.status})`);
  return (await response.json()) as DevUser[];
}

const isUnauthenticated = (error: unknown) =>
  (error instanceof ApiError && error.code === 'UNAUTHENTICATED') || (typeof error === 'object' && error !== null && 'status' in error && error.status === 401);

/**
 * Local mode: the local server signs a token for a chosen demo user (`POST /auth/dev-login`); the
 * token lives in localStorage and the API's `viewer` says who it belongs to.
 */
export function createLocalAuthProvider({ graphqlUrl, fetchImpl = fetch }: LocalAuthOptions): AuthProvider & {
  getToken: () => string | null;
} {
  // One viewer request per token, shared by getIdentity, getPermissions and canAccess.
  let viewerCache: { token: string; viewer: Promise<Viewer | null> } | null = null;

  const currentViewer = async (): Promise<{ session: Session; viewer: Viewer }> => {
    const session = readSession();
    if (!session || isExpired(session.token)) throw new Error('signed out');
    if (viewerCache?.token !== session.token) {
      viewerCache = { token: session.token, viewer: fetchViewer(graphqlUrl, session.token, fetchImpl) };
      viewerCache.viewer.catch(() => {
        viewerCache = null; // a failed lookup (server restarting) must not stick for the whole session
      });
    }
    const viewer = await viewerCache.viewer;
    if (!viewer) {
      clearSession();
      throw new Error('the API does not accept this token');
    }
    return { session, viewer };
  };

  return {
    getToken: () => readSession()?.token ?? null,

    async login({ username }: { username: string }) {
      const response = await fetchImpl('/auth/dev-login', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username }),
      });
      if (response.status === 401) throw new Error('app.auth.unknown_user');
      if (!response.ok) throw new Error('ra.auth.sign_in_error');
      const { token, user } = (await response.json()) as Session;
      viewerCache = null;
      writeSession({ token, user });
    },

    async logout() {
      viewerCache = null;
      clearSession();
    },

    async checkAuth() {
      const session = readSession();
      if (!session || isExpired(session.token)) {
        clearSession();
        throw new Error('ra.auth.auth_check_error');
      }
    },

    async checkError(error: unknown) {
      // Only a rejected token ends the session; FORBIDDEN stays a notification on the page.
      if (isUnauthenticated(error)) {
        viewerCache = null;
        clearSession();
        throw new Error('ra.notification.logged_out');
      }
    },

    async getIdentity(): Promise<AppIdentity> {
      const { session, viewer } = await currentViewer();
      return {
        id: viewer.sub,
        fullName: session.user.displayName || viewer.sub,
        role: viewer.role,
        schoolId: viewer.schoolId ?? null,
        providerId: viewer.providerId ?? null,
        schoolName: viewer.school?.name ?? null,
      };
    },

    async getPermissions(): Promise<Role> {
      return (await currentViewer()).viewer.role;
    },

    async canAccess({ action, resource }) {
      const result = await currentViewer().catch(() => null);
      return canAccess(result?.viewer.role, action, resource);
    },
  };
}
