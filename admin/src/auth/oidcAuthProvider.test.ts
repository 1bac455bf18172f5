// @vitest-environment node
import { InMemoryWebStorage, WebStorageStateStore, type User } from 'oidc-client-ts';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createOidcVerifier } from '../../../functions/src/local/localSignIn';
import { startTestProvider, type TestProvider } from '../../test/oidc/testProvider';
import { ProviderUserAgent } from '../../test/oidc/userAgent';
import { createOidcAuthProvider } from './oidcAuthProvider';
import { createUserManager, type OidcConfig } from './oidcSettings';
import { takeSignInNotice } from './signInNotice';

// The console's origin in these tests; the provider only ever redirects to it, nothing listens there.
const origin = 'http://console.test';
const graphqlUrl = 'http://api.test/graphql';

let provider: TestProvider;
let verify: ReturnType<typeof createOidcVerifier>;

beforeAll(async () => {
  provider = await startTestProvider({
    clientId: 'kehou-console',
    origins: [origin],
    users: {
      'district-admin': { name: '区教育局 王老师', groups: ['DISTRICT_ADMIN'] },
      'school-admin': { name: '学校 李老师', groups: ['SCHOOL_ADMIN'], schoolId: 'sch_1' },
      parent: { name: '家长', groups: [] },
    },
  });
  // The API's side, as the local server checks tokens: signature from the issuer's JWKS, issuer, audience.
  verify = createOidcVerifier({ issuer: provider.issuer, clientId: provider.clientId });
});
afterAll(() => provider?.stop());

// Node has no Web Storage: the sign-in notice and the shared test setup use these.
beforeEach(() => {
  globalThis.sessionStorage = new InMemoryWebStorage();
  globalThis.localStorage = new InMemoryWebStorage();
});

/** The GraphQL API's `viewer` for a bearer token: who the verified ID token belongs to, or UNAUTHENTICATED. */
const api = (async (_url: string, init: RequestInit) => {
  const token = new Headers(init.headers).get('authorization')?.replace(/^Bearer /, '') ?? '';
  const viewer = await verify(token);
  if (!viewer) return Response.json({ data: { viewer: null }, errors: [{ message: 'Sign in first', extensions: { code: 'UNAUTHENTICATED' } }] });
  return Response.json({ data: { viewer: { ...viewer, schoolId: viewer.schoolId ?? null, providerId: viewer.providerId ?? null, school: null } } });
}) as typeof fetch;

function consoleTab(username: string, extra: Partial<OidcConfig> = {}) {
  const config: OidcConfig = { mode: 'oidc', issuer: provider.issuer, clientId: provider.clientId, ...extra };
  const browser = new ProviderUserAgent(origin, username);
  const userStore = new WebStorageStateStore({ store: new InMemoryWebStorage() });
  const userManager = createUserManager(config, {
    origin,
    navigator: browser,
    userStore,
    stateStore: new WebStorageStateStore({ store: new InMemoryWebStorage() }),
  });
  const left: string[] = [];
  const auth = createOidcAuthProvider({ userManager, config, graphqlUrl, origin, fetchImpl: api, leave: (url) => left.push(url) });
  return { auth, browser, userManager, left };
}

/** Presses "sign in", lets the provider's page be filled in, and finishes on the callback URL. */
async function signIn(tab: ReturnType<typeof consoleTab>) {
  await tab.auth.login({});
  expect(tab.browser.returnedTo).toMatch(new RegExp(`^${origin}/auth/callback\\?code=`));
  return tab.auth.completeSignIn(tab.browser.returnedTo!);
}

async function refreshWith(refreshToken: string) {
  return fetch(`${provider.issuer}/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'refresh_token', refresh_token: refreshToken, client_id: provider.clientId }),
  });
}

describe('OIDC sign-in (authorization code + PKCE) against a real provider', () => {
  it('signs in: code with PKCE, an ID token with the role claims as bearer, the identity from the API', async () => {
    const tab = consoleTab('school-admin');
    expect(await signIn(tab)).toBe('signed_in');
    const authorize = new URL(tab.browser.visited[0]);
    expect(authorize.pathname).toBe('/auth');
    expect(authorize.searchParams.get('response_type')).toBe('code');
    expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorize.searchParams.get('redirect_uri')).toBe(`${origin}/auth/callback`);

    const token = tab.auth.getToken();
    expect(await verify(token!)).toEqual({ sub: 'school-admin', role: 'SCHOOL_ADMIN', schoolId: 'sch_1', providerId: undefined });
    await expect(tab.auth.checkAuth({})).resolves.toBeUndefined();
    expect(await tab.auth.getIdentity!()).toMatchObject({ id: 'school-admin', fullName: '学校 李老师', role: 'SCHOOL_ADMIN', schoolId: 'sch_1' });
    expect(await tab.auth.getPermissions!({})).toBe('SCHOOL_ADMIN');
    expect(await tab.auth.canAccess!({ action: 'list', resource: 'schools' })).toBe(true);
  });

  it('renews expired tokens with the refresh token (rotated), and the API accepts the new ID token', async () => {
    const tab = consoleTab('district-admin');
    await signIn(tab);
    const before = (await tab.userManager.getUser())!;
    // The tokens' lifetime is over (as after an hour in a background tab).
    await tab.userManager.storeUser(Object.assign(before, { expires_at: Math.floor(Date.now() / 1000) - 5 }) as User);
    const recreated = createOidcAuthProvider({
      userManager: tab.userManager,
      config: { mode: 'oidc', issuer: provider.issuer, clientId: provider.clientId },
      graphqlUrl,
      origin,
      fetchImpl: api,
    });

    await recreated.checkAuth({});
    const after = (await tab.userManager.getUser())!;
    expect(after.expired).toBe(false);
    expect(after.access_token).not.toBe(before.access_token);
    expect(after.refresh_token).not.toBe(before.refresh_token);
    expect(recreated.getToken()).toBe(after.id_token);
    expect((await verify(after.id_token!))?.role).toBe('DISTRICT_ADMIN');
    // The old refresh token was rotated away.
    expect((await refreshWith(before.refresh_token!)).status).toBe(400);
  });

  it('signs out: revokes the refresh token, forgets the tokens, ends the provider session and comes back', async () => {
    const tab = consoleTab('district-admin');
    await signIn(tab);
    const { refresh_token: refreshToken } = (await tab.userManager.getUser())!;
    expect((await refreshWith(refreshToken!)).status).toBe(200);
    const { refresh_token: current } = (await tab.userManager.getUser())!;

    tab.browser.visited.length = 0;
    await tab.auth.logout({});
    expect(tab.auth.getToken()).toBeNull();
    expect(await tab.userManager.getUser()).toBeNull();
    await expect(tab.auth.checkAuth({})).rejects.toThrow();
    expect(new URL(tab.browser.visited[0]).pathname).toBe('/session/end');
    expect(tab.browser.returnedTo).toBe(`${origin}/`);
    expect(takeSignInNotice()).toEqual({ kind: 'signed_out' });
    // Neither refresh token works any more.
    expect((await refreshWith(refreshToken!)).status).toBe(400);
    expect((await refreshWith(current!)).status).toBe(400);

    // The provider's session ended too: signing in again asks who you are.
    tab.browser.visited.length = 0;
    expect(await signIn(tab)).toBe('signed_in');
    expect(tab.browser.visited.some((url) => url.includes('/interaction/'))).toBe(true);
  });

  it('signs out of Cognito at its /logout endpoint (no OIDC end-session endpoint there)', async () => {
    const tab = consoleTab('district-admin', { logoutUrl: 'https://kehou-prod.auth.ap-southeast-1.amazoncognito.com/logout' });
    await signIn(tab);
    expect(await tab.auth.logout({})).toBe(false);
    expect(tab.left).toEqual([
      `https://kehou-prod.auth.ap-southeast-1.amazoncognito.com/logout?client_id=kehou-console&logout_uri=${encodeURIComponent(`${origin}/`)}`,
    ]);
    expect(tab.auth.getToken()).toBeNull();
  });

  it('refuses a user without a known group: no session, the tokens revoked, and the sign-in page says why', async () => {
    const tab = consoleTab('parent');
    await tab.auth.login({});
    const callback = tab.browser.returnedTo!;
    expect(await tab.auth.completeSignIn(callback)).toBe('refused');
    expect(tab.auth.getToken()).toBeNull();
    expect(await tab.userManager.getUser()).toBeNull();
    await expect(tab.auth.checkAuth({})).rejects.toThrow();
    expect(takeSignInNotice()).toEqual({ kind: 'no_role' });
  });

  it('refuses a callback it did not start (forged or replayed state) and says the sign-in failed', async () => {
    const tab = consoleTab('district-admin');
    await signIn(tab);
    const other = consoleTab('district-admin');
    expect(await other.auth.completeSignIn(tab.browser.returnedTo!)).toBe('failed');
    expect(other.auth.getToken()).toBeNull();
    expect(takeSignInNotice()).toMatchObject({ kind: 'failed' });
  });
});
