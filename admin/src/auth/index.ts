import type { AuthProvider } from 'react-admin';
import type { ComponentType } from 'react';
import type { AppConfig } from '../config/appConfig';
import { createCognitoAuth } from './cognitoSetup';
import { createLocalAuthProvider } from './localAuthProvider';
import { LocalLoginPage } from './LocalLoginPage';

/** Everything that differs between auth modes; the rest of the console only sees this. */
export interface AuthSetup {
  authProvider: AuthProvider;
  loginPage: ComponentType;
  /** The bearer token for API requests, read per request. */
  getToken: () => string | null;
}

/**
 * The one place that switches on `config.auth.mode`: local (dev users), Cognito (e-mail and
 * password against the user pool, ID token as bearer, refreshed before expiry), OIDC (not yet).
 */
export function createAuth(config: AppConfig): AuthSetup {
  switch (config.auth.mode) {
    case 'local': {
      const authProvider = createLocalAuthProvider({ graphqlUrl: config.graphqlUrl });
      return { authProvider, loginPage: LocalLoginPage, getToken: authProvider.getToken };
    }
    case 'cognito':
      return createCognitoAuth(config.auth, config.graphqlUrl);
    case 'oidc':
      // Shown by main.tsx's start-up page in both languages instead of a broken sign-in.
      throw new Error('此版本的管理台尚不支持 OIDC 登录（auth.mode "oidc"）。 OIDC sign-in is not supported yet in this console build.');
  }
}
