import type { AuthProvider } from 'react-admin';
import type { ComponentType } from 'react';
import type { AppConfig } from '../config/appConfig';
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
 * The one place that switches on `config.auth.mode`. A Cognito mode adds a case here (a Cognito
 * auth provider, a username/password login page and a token getter that refreshes), nothing else.
 */
export function createAuth(config: AppConfig): AuthSetup {
  switch (config.auth.mode) {
    case 'local': {
      const authProvider = createLocalAuthProvider({ graphqlUrl: config.graphqlUrl });
      return { authProvider, loginPage: LocalLoginPage, getToken: authProvider.getToken };
    }
    case 'cognito':
      throw new Error('Cognito sign-in is not available in this build of the console yet (auth.mode "cognito").');
  }
}
