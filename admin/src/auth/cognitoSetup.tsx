import { lazy, Suspense } from 'react';
import type { AuthProvider } from 'react-admin';
import type { AuthConfig } from '../config/appConfig';
import { readCognitoSession } from './cognitoSession';
import type { AuthSetup } from './index';

type CognitoConfig = Extract<AuthConfig, { mode: 'cognito' }>;

// Both load only in Cognito mode: the sign-in page when someone has to sign in, the auth provider
// (Cognito client, token refresh) on its first call. Local mode's first load carries neither.
const CognitoLoginPage = lazy(() => import('./CognitoLoginPage'));

const methods = ['login', 'logout', 'checkAuth', 'checkError', 'getIdentity', 'getPermissions', 'canAccess'] as const;

function lazyCognitoAuthProvider(auth: CognitoConfig, graphqlUrl: string): AuthProvider {
  let loading: Promise<AuthProvider> | undefined;
  const provider = () => {
    loading ??= Promise.all([import('./cognitoAuthProvider'), import('./cognitoClient')])
      .then(([{ createCognitoAuthProvider }, { createCognitoClient }]) =>
        createCognitoAuthProvider({ client: createCognitoClient({ region: auth.region, clientId: auth.userPoolClientId }), graphqlUrl }),
      )
      .catch((error: unknown) => {
        loading = undefined; // a failed chunk download (offline) is retried on the next call
        throw error;
      });
    return loading;
  };
  // Each method forwards its own arguments unchanged.
  const forward = (method: (typeof methods)[number]) => (...args: unknown[]) =>
    provider().then((real) => (real[method] as (...a: unknown[]) => Promise<unknown>)(...args));
  return Object.fromEntries(methods.map((method) => [method, forward(method)])) as unknown as AuthProvider;
}

/** Cognito mode of `createAuth`: e-mail/password sign-in against the user pool, the ID token as bearer. */
export function createCognitoAuth(auth: CognitoConfig, graphqlUrl: string): AuthSetup {
  const loginPage = () => (
    <Suspense fallback={null}>
      <CognitoLoginPage region={auth.region} clientId={auth.userPoolClientId} />
    </Suspense>
  );
  return {
    authProvider: lazyCognitoAuthProvider(auth, graphqlUrl),
    loginPage,
    // Read per request from the tab's session; the provider renews it before it expires.
    getToken: () => readCognitoSession()?.idToken ?? null,
  };
}
