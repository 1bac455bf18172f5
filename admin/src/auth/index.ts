import type { AuthProvider } from 'react-admin';
import type { ComponentType } from 'react';
import type { AppConfig } from '../config/appConfig';
import { createLocalAuthProvider } from './localAuthProvider';
import { LocalLoginPage } from './LocalLoginPage';
import { createOidcAuth } from './oidcSetup';

/** Everything that differs between auth modes; the rest of the console only sees this. */
export interface AuthSetup {
  authProvider: AuthProvider;
  loginPage: ComponentType;
  /** The bearer token for API requests, read per request. */
  getToken: () => string | null;
  /** OIDC only: finishes the sign-in on the provider's callback URL (then the console renders). */
  completeSignIn?: (url: string) => Promise<unknown>;
}

/**
 * The one place that switches on `config.auth.mode`: local (the local server's demo users) or OIDC
 * (authorization code + PKCE against Cognito's managed login or the district's own provider; the ID
 * token is the bearer, renewed with the refresh token).
 */
export function createAuth(config: AppConfig): AuthSetup {
  switch (config.auth.mode) {
    case 'local': {
      const authProvider = createLocalAuthProvider({ graphqlUrl: config.graphqlUrl });
      return { authProvider, loginPage: LocalLoginPage, getToken: authProvider.getToken };
    }
    case 'oidc':
      return createOidcAuth(config.auth, config.graphqlUrl);
  }
}
