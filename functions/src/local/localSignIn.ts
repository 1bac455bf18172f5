import { createRemoteJWKSet, jwtVerify } from 'jose';
import { verifyLocalToken } from '../auth/localTokens';
import { viewerFromClaims, type Viewer } from '../auth/viewer';

/**
 * How the local server signs people in. By default with its own demo users (`/auth/dev-login`). With
 * `KEHOU_OIDC_ISSUER` and `KEHOU_OIDC_CLIENT_ID` set, the console signs in with that OpenID Connect
 * provider instead (a district's test tenant, or the provider the browser tests start), and the API accepts
 * its ID tokens as the deployed JWT authorizer would: signature from the issuer's JWKS, issuer, audience,
 * expiry, then the same claims → viewer mapping. Local demo tokens keep working either way.
 */
export interface LocalOidc {
  issuer: string;
  clientId: string;
  scope?: string;
}

export function localOidcFromEnv(env: NodeJS.ProcessEnv = process.env): LocalOidc | undefined {
  const issuer = env.KEHOU_OIDC_ISSUER?.trim();
  const clientId = env.KEHOU_OIDC_CLIENT_ID?.trim();
  if (!issuer || !clientId) return undefined;
  return { issuer, clientId, ...(env.KEHOU_OIDC_SCOPE ? { scope: env.KEHOU_OIDC_SCOPE } : {}) };
}

/** What `/config.json` tells the console (and the phone pages: parents call their own route, as deployed). */
export function localConsoleConfig(oidc = localOidcFromEnv()) {
  return {
    graphqlUrl: '/graphql',
    publicGraphqlUrl: '/public/graphql',
    auth: oidc ? { mode: 'oidc', ...oidc } : { mode: 'local' },
    parents: { graphqlUrl: '/parent/graphql' },
  };
}

/** Verifies an OIDC ID token against its issuer's published keys; undefined for anything not acceptable. */
export function createOidcVerifier(oidc: Pick<LocalOidc, 'issuer' | 'clientId'>) {
  const issuer = oidc.issuer.replace(/\/$/, '');
  let jwks: ReturnType<typeof createRemoteJWKSet> | undefined;
  // The key set's address comes from the discovery document, as API Gateway's JWT authorizer finds it.
  const keySet = async () => {
    if (jwks) return jwks;
    const response = await fetch(`${issuer}/.well-known/openid-configuration`);
    const { jwks_uri } = (await response.json()) as { jwks_uri?: string };
    if (!jwks_uri) throw new Error(`${issuer} publishes no jwks_uri`);
    jwks = createRemoteJWKSet(new URL(jwks_uri));
    return jwks;
  };
  return async (token: string): Promise<Viewer | undefined> => {
    try {
      const { payload } = await jwtVerify(token, await keySet(), { issuer: [issuer, `${issuer}/`], audience: oidc.clientId });
      return viewerFromClaims(payload) ?? undefined;
    } catch {
      return undefined;
    }
  };
}

let verifiers: { key: string; verify: (token: string) => Promise<Viewer | undefined> } | undefined;

/** The local server's token check: a local demo token, else (when configured) the OIDC provider's ID token. */
export async function verifyBearerToken(token: string): Promise<Viewer | undefined> {
  const local = await verifyLocalToken(token);
  if (local) return local;
  const oidc = localOidcFromEnv();
  if (!oidc) return undefined;
  const key = `${oidc.issuer} ${oidc.clientId}`;
  if (verifiers?.key !== key) verifiers = { key, verify: createOidcVerifier(oidc) };
  return verifiers.verify(token);
}
