import type { AuthProvider } from 'react-admin';
import { ApiError } from '../dataProvider/errors';
import type { Role } from '../generated/graphql';
import { CognitoError, type Challenge, type CognitoClient, type CognitoTokens, type SignInResult } from './cognitoClient';
import { clearCognitoSession, idTokenClaims, readCognitoSession, writeCognitoSession, type CognitoSession } from './cognitoSession';
import type { AppIdentity } from './identity';
import { canAccess } from './permissions';
import { fetchViewer, type Viewer } from './viewer';

/** Tokens are renewed this long before they expire, so no request goes out with an expired one. */
export const REFRESH_MARGIN_MS = 5 * 60_000;
const MAX_TIMER_MS = 24 * 3600_000;

/**
 * What the sign-in page passes to `login`: a password, or the answer to a challenge (`username` is
 * then the pool's own user name; `email`, what the user typed, is kept for display).
 */
export type CognitoLoginParams =
  | { username: string; password: string }
  | { challenge: 'NEW_PASSWORD_REQUIRED'; session: string; username: string; email?: string; newPassword: string }
  | { challenge: 'SOFTWARE_TOKEN_MFA'; session: string; username: string; email?: string; code: string };

/** `login` rejects with this when Cognito asks for a new password or an MFA code first. */
export class ChallengeRequired extends Error {
  constructor(
    readonly challenge: Challenge,
    readonly session: string,
    readonly username: string,
  ) {
    super(`challenge ${challenge}`);
    this.name = 'ChallengeRequired';
  }
}

interface CognitoAuthOptions {
  client: CognitoClient;
  graphqlUrl: string;
  fetchImpl?: typeof fetch;
  now?: () => number;
}

const isUnauthenticated = (error: unknown) =>
  (error instanceof ApiError && error.code === 'UNAUTHENTICATED') ||
  (typeof error === 'object' && error !== null && 'status' in error && error.status === 401);

/**
 * Cognito mode: the user signs in with e-mail and password (answering Cognito's challenges), the
 * ID token is the API's bearer token, kept in sessionStorage and renewed before it expires.
 */
export function createCognitoAuthProvider({ client, graphqlUrl, fetchImpl = (...args) => fetch(...args), now = Date.now }: CognitoAuthOptions): AuthProvider & {
  getToken: () => string | null;
} {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let refreshing: Promise<CognitoSession> | null = null;
  let viewerCache: { token: string; viewer: Promise<Viewer | null> } | null = null;

  const signOutLocally = () => {
    clearTimeout(timer);
    viewerCache = null;
    clearCognitoSession();
  };

  /** One refresh at a time; a refused refresh token ends the session. */
  const refresh = (): Promise<CognitoSession> => {
    const session = readCognitoSession();
    if (!session) return Promise.reject(new CognitoError('session_ended'));
    refreshing ??= client
      .refresh(session.refreshToken)
      .then((tokens) => save(tokens, session.username))
      .catch((error: unknown) => {
        if (error instanceof CognitoError && error.reason !== 'network' && error.reason !== 'too_many') signOutLocally();
        throw error;
      })
      .finally(() => {
        refreshing = null;
      });
    return refreshing;
  };

  const schedule = (session: CognitoSession) => {
    clearTimeout(timer);
    const due = session.expiresAt - REFRESH_MARGIN_MS - now();
    // Browsers run a timer of more than 2^31 ms (24.8 days) at once: long-lived tokens are checked daily.
    timer = setTimeout(() => {
      if (due > MAX_TIMER_MS) schedule(session);
      // A failed background refresh is retried by checkAuth on the next page, or ends the session.
      else void refresh().catch(() => undefined);
    }, Math.min(Math.max(due, 0), MAX_TIMER_MS));
  };

  const save = (tokens: CognitoTokens, username: string): CognitoSession => {
    const session = { ...tokens, username };
    writeCognitoSession(session);
    schedule(session);
    return session;
  };

  const finish = (result: SignInResult) => {
    if (result.kind === 'challenge') throw new ChallengeRequired(result.challenge, result.session, result.username);
    return result.tokens;
  };

  const currentViewer = async (): Promise<{ session: CognitoSession; viewer: Viewer }> => {
    const session = readCognitoSession();
    if (!session) throw new Error('signed out');
    if (viewerCache?.token !== session.idToken) {
      viewerCache = { token: session.idToken, viewer: fetchViewer(graphqlUrl, session.idToken, fetchImpl) };
      viewerCache.viewer.catch(() => {
        viewerCache = null; // a failed lookup must not stick for the whole session
      });
    }
    const viewer = await viewerCache.viewer;
    if (!viewer) {
      signOutLocally();
      throw new Error('the API does not accept this token');
    }
    return { session, viewer };
  };

  // A reload keeps the tab's session: renew it on time from now on.
  const existing = readCognitoSession();
  if (existing) schedule(existing);

  return {
    getToken: () => readCognitoSession()?.idToken ?? null,

    async login(params: CognitoLoginParams) {
      let tokens: CognitoTokens;
      if ('challenge' in params && params.challenge === 'NEW_PASSWORD_REQUIRED') {
        tokens = finish(await client.completeNewPassword(params.session, params.username, params.newPassword));
      } else if ('challenge' in params && params.challenge === 'SOFTWARE_TOKEN_MFA') {
        tokens = finish(await client.confirmMfa(params.session, params.username, params.code));
      } else {
        const { username, password } = params as { username: string; password: string };
        tokens = finish(await client.signIn(username.trim(), password));
      }
      viewerCache = null;
      save(tokens, (('email' in params && params.email) || params.username).trim());
    },

    async logout() {
      const session = readCognitoSession();
      signOutLocally();
      // Best effort: signing out must work offline too; the tokens are gone from the tab either way.
      if (session) await client.revoke(session.refreshToken).catch(() => undefined);
    },

    async checkAuth() {
      const session = readCognitoSession();
      if (!session) throw new Error('ra.auth.auth_check_error');
      if (session.expiresAt - now() < 60_000) {
        await refresh().catch(() => {
          throw new Error('ra.auth.auth_check_error');
        });
      }
    },

    async checkError(error: unknown) {
      if (!isUnauthenticated(error)) return;
      const session = readCognitoSession();
      // An expired token is renewed; a fresh one the API refuses means this user has no access.
      if (session && session.expiresAt - now() < REFRESH_MARGIN_MS) {
        const renewed = await refresh().then(() => true, () => false);
        if (renewed) return;
      }
      signOutLocally();
      throw new Error('ra.notification.logged_out');
    },

    async getIdentity(): Promise<AppIdentity> {
      const { session, viewer } = await currentViewer();
      const claims = idTokenClaims(session.idToken);
      const name = [claims.name, claims.email, session.username].find((value) => typeof value === 'string' && value) as string | undefined;
      return {
        id: viewer.sub,
        fullName: name ?? viewer.sub,
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
