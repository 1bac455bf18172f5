import type { User, UserManager } from 'oidc-client-ts';
import type { AuthProvider } from 'react-admin';
import { ApiError } from '../dataProvider/errors';
import type { Role } from '../generated/graphql';
import type { AppIdentity } from './identity';
import type { OidcConfig } from './oidcSettings';
import { canAccess } from './permissions';
import { roleOfClaims } from './roles';
import { writeSignInNotice } from './signInNotice';
import { fetchViewer, type Viewer } from './viewer';

export interface OidcAuthOptions {
  userManager: UserManager;
  config: OidcConfig;
  graphqlUrl: string;
  /** The console's origin: where Cognito's logout sends the browser back to. */
  origin: string;
  fetchImpl?: typeof fetch;
  /** Leaves the console for another page (the provider's sign-out); tests record it instead. */
  leave?: (url: string) => void;
}

export type SignInOutcome = 'signed_in' | 'refused' | 'failed';

export type OidcAuthProvider = AuthProvider & {
  /** The ID token for API requests (read per request; renewed in the background before it expires). */
  getToken: () => string | null;
  /** Finishes a sign-in on the callback URL (`/auth/callback?code=…&state=…`). */
  completeSignIn: (url: string) => Promise<SignInOutcome>;
};

const isUnauthenticated = (error: unknown) =>
  (error instanceof ApiError && error.code === 'UNAUTHENTICATED') || (typeof error === 'object' && error !== null && 'status' in error && error.status === 401);

const displayName = (user: User) =>
  [user.profile.name, user.profile.email, user.profile.preferred_username].find((value) => typeof value === 'string' && value) as string | undefined;

/**
 * OIDC mode: the user signs in at the provider (Cognito's managed login or the district's own), comes back
 * with an authorization code that oidc-client-ts exchanges (PKCE, no client secret); the ID token is the
 * API's bearer token, renewed with the refresh token. A user whose token carries no role the platform knows
 * is refused at once, and so is one the API does not accept.
 */
export function createOidcAuthProvider({
  userManager,
  config,
  graphqlUrl,
  origin,
  fetchImpl = (...a) => fetch(...a),
  leave = (url) => window.location.assign(url),
}: OidcAuthOptions): OidcAuthProvider {
  let current: User | null = null;
  const loaded = userManager.getUser().then((user) => {
    current = user;
  });
  userManager.events.addUserLoaded((user) => {
    current = user;
  });
  userManager.events.addUserUnloaded(() => {
    current = null;
  });
  // The refresh token was refused (revoked, expired, user disabled): the session is over.
  userManager.events.addSilentRenewError(() => void signOutLocally());

  let viewerCache: { token: string; viewer: Promise<Viewer | null> } | null = null;

  async function signOutLocally() {
    viewerCache = null;
    current = null;
    await userManager.removeUser();
  }

  /** A fresh user: the stored one, renewed with its refresh token when its tokens have expired. */
  async function freshUser(): Promise<User | null> {
    await loaded;
    if (!current) return null;
    if (!current.expired) return current;
    try {
      return await userManager.signinSilent();
    } catch {
      await signOutLocally();
      return null;
    }
  }

  async function currentViewer(): Promise<{ user: User; viewer: Viewer }> {
    const user = await freshUser();
    if (!user?.id_token) throw new Error('signed out');
    if (viewerCache?.token !== user.id_token) {
      viewerCache = { token: user.id_token, viewer: fetchViewer(graphqlUrl, user.id_token, fetchImpl) };
      viewerCache.viewer.catch(() => {
        viewerCache = null; // a failed lookup (API unreachable) must not stick for the whole session
      });
    }
    const viewer = await viewerCache.viewer;
    if (!viewer) {
      // The provider signed the user in, but the API does not accept them (no role, unknown issuer).
      writeSignInNotice({ kind: 'no_role' });
      await signOutLocally();
      throw new Error('app.signIn.no_role');
    }
    return { user, viewer };
  }

  return {
    getToken: () => current?.id_token ?? null,

    async completeSignIn(url: string): Promise<SignInOutcome> {
      let user: User | undefined;
      try {
        user = await userManager.signinCallback(url);
      } catch (error) {
        // access_denied at the provider, a replayed or foreign callback (state mismatch), an unreachable token endpoint.
        writeSignInNotice({ kind: 'failed', detail: error instanceof Error ? error.message : String(error) });
        return 'failed';
      }
      if (!user) return 'failed';
      if (!roleOfClaims(user.profile)) {
        writeSignInNotice({ kind: 'no_role' });
        await userManager.revokeTokens().catch(() => undefined);
        await signOutLocally();
        return 'refused';
      }
      current = user;
      viewerCache = null;
      return 'signed_in';
    },

    /** Leaves for the provider's sign-in page; the browser comes back on the callback URL. */
    async login() {
      await userManager.signinRedirect();
    },

    async logout() {
      await loaded;
      const user = current;
      if (!user) return;
      // Best effort: signing out must work offline too; the tokens are gone from the tab either way.
      await userManager.revokeTokens().catch(() => undefined);
      await signOutLocally();
      writeSignInNotice({ kind: 'signed_out' });
      if (config.logoutUrl) {
        // Cognito ends its own session at /logout, which takes client_id and logout_uri (no OIDC end-session endpoint).
        const url = new URL(config.logoutUrl);
        url.searchParams.set('client_id', config.clientId);
        url.searchParams.set('logout_uri', `${origin}/`);
        leave(url.toString());
        return false;
      }
      // A standard provider's end-session endpoint, when it publishes one; otherwise the tab's sign-out is all.
      try {
        await userManager.signoutRedirect({ id_token_hint: user.id_token });
        return false;
      } catch {
        return undefined;
      }
    },

    async checkAuth() {
      if (!(await freshUser())) throw new Error('ra.auth.auth_check_error');
    },

    async checkError(error: unknown) {
      if (!isUnauthenticated(error)) return;
      // An expired token is renewed; a fresh one the API refuses means this user has no access.
      await loaded;
      if (current?.refresh_token && (current.expires_in ?? 0) < 120) {
        const renewed = await userManager.signinSilent().then(Boolean, () => false);
        if (renewed) return;
      }
      await signOutLocally();
      throw new Error('ra.notification.logged_out');
    },

    async getIdentity(): Promise<AppIdentity> {
      const { user, viewer } = await currentViewer();
      return {
        id: viewer.sub,
        fullName: displayName(user) ?? viewer.sub,
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
