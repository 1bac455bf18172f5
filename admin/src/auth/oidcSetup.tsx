import { lazy, Suspense } from 'react';
import type { AuthProvider } from 'react-admin';
import type { OidcAuthProvider, SignInOutcome } from './oidcAuthProvider';
import type { OidcConfig } from './oidcSettings';
import type { AuthSetup } from './index';

// Both load only in OIDC mode: local mode's first load carries neither oidc-client-ts nor the page.
const OidcLoginPage = lazy(() => import('./OidcLoginPage'));

const methods = ['login', 'logout', 'checkAuth', 'checkError', 'getIdentity', 'getPermissions', 'canAccess'] as const;

/** One provider per page load, created on first use. */
function oidcProviderLoader(config: OidcConfig, graphqlUrl: string) {
  let loading: Promise<OidcAuthProvider> | undefined;
  return () => {
    loading ??= Promise.all([import('./oidcAuthProvider'), import('./oidcSettings')])
      .then(([{ createOidcAuthProvider }, { createUserManager }]) => {
        const origin = window.location.origin;
        return createOidcAuthProvider({ userManager: createUserManager(config, { origin }), config, graphqlUrl, origin });
      })
      .catch((error: unknown) => {
        loading = undefined; // a failed chunk download (offline) is retried on the next call
        throw error;
      });
    return loading;
  };
}

/** OIDC mode of `createAuth`. `completeSignIn` runs on the callback URL before the console renders. */
export function createOidcAuth(config: OidcConfig, graphqlUrl: string): AuthSetup & { completeSignIn: (url: string) => Promise<SignInOutcome> } {
  const provider = oidcProviderLoader(config, graphqlUrl);
  let loaded: OidcAuthProvider | undefined;
  const forward =
    (method: (typeof methods)[number]) =>
    (...args: unknown[]) =>
      provider().then((real) => {
        loaded = real;
        return (real[method] as (...a: unknown[]) => Promise<unknown>)(...args);
      });
  const loginPage = () => (
    <Suspense fallback={null}>
      <OidcLoginPage />
    </Suspense>
  );
  return {
    authProvider: Object.fromEntries(methods.map((method) => [method, forward(method)])) as unknown as AuthProvider,
    loginPage,
    // checkAuth runs (and loads the provider) before any data request.
    getToken: () => loaded?.getToken() ?? null,
    completeSignIn: (url) =>
      provider().then((real) => {
        loaded = real;
        return real.completeSignIn(url);
      }),
  };
}
