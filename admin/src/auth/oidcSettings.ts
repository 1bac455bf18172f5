import { UserManager, WebStorageStateStore, type INavigator, type UserManagerSettings } from 'oidc-client-ts';
import type { AuthConfig } from '../config/appConfig';

export type OidcConfig = Extract<AuthConfig, { mode: 'oidc' }>;

/** Where the provider sends the browser back with the authorization code (an SPA route: index.html). */
export const CALLBACK_PATH = '/auth/callback';

export interface UserManagerOptions {
  /** The console's origin (window.location.origin in the browser). */
  origin: string;
  /** Tests drive the provider's pages themselves instead of navigating a window. */
  navigator?: INavigator;
  /** Defaults to sessionStorage (user) and localStorage (pending sign-in state) in the browser. */
  userStore?: UserManagerSettings['userStore'];
  stateStore?: UserManagerSettings['stateStore'];
}

/**
 * OpenID Connect authorization code flow with PKCE (oidc-client-ts), for Cognito's managed login and a
 * district's own provider alike: discovery from the issuer, a public client (no secret), tokens kept for
 * this tab (sessionStorage), renewed with the refresh token a minute before they expire.
 */
export function createUserManager(config: OidcConfig, options: UserManagerOptions): UserManager {
  const settings: UserManagerSettings = {
    authority: config.issuer,
    client_id: config.clientId,
    redirect_uri: `${options.origin}${CALLBACK_PATH}`,
    post_logout_redirect_uri: `${options.origin}/`,
    response_type: 'code',
    scope: config.scope ?? 'openid email profile',
    // The API reads the role and scope claims from the ID token; no user-info round trip is needed.
    loadUserInfo: false,
    automaticSilentRenew: true,
    // Signing out revokes the refresh token, so a copied token cannot outlive the session.
    revokeTokenTypes: ['refresh_token'],
    // RFC 7009 answers a revocation with an empty 200, which some providers label text/plain.
    revokeTokenAdditionalContentTypes: ['text/plain'],
    userStore: options.userStore ?? new WebStorageStateStore({ store: window.sessionStorage }),
    ...(options.stateStore ? { stateStore: options.stateStore } : {}),
  };
  return new UserManager(settings, options.navigator);
}
