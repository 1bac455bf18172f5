import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../dataProvider/errors';
import { aGraphQLError } from '../testing/builders';
import { createLocalAuthProvider } from './localAuthProvider';
import { isExpired, readSession } from './session';

const district = { username: 'district', displayName: '区教育局管理员', role: 'DISTRICT_ADMIN' };

/** A JWT-shaped token whose payload carries `exp` (seconds); the signature is irrelevant here. */
const jwt = (exp: number) => `h.${btoa(JSON.stringify({ exp })).replace(/=+$/, '')}.s`;

function fakeServer({
  viewer = { sub: 'demo-district', role: 'DISTRICT_ADMIN', schoolId: null, providerId: null, school: null } as unknown,
  viewerErrors = undefined as unknown,
} = {}) {
  return vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input);
    if (url === '/auth/dev-login') {
      const { username } = JSON.parse(String(init?.body)) as { username: string };
      if (username !== 'district') return new Response('{}', { status: 401 });
      return new Response(JSON.stringify({ token: jwt(Date.now() / 1000 + 3600), user: district }));
    }
    if (url === '/graphql') return new Response(JSON.stringify({ data: { viewer }, errors: viewerErrors }));
    return new Response('', { status: 404 });
  });
}

describe('local auth provider', () => {
  it('signs in a demo user, keeps the token and reads identity and role from the viewer', async () => {
    const fetchImpl = fakeServer();
    const auth = createLocalAuthProvider({ graphqlUrl: '/graphql', fetchImpl });
    await auth.login({ username: 'district' });

    expect(readSession()?.user.username).toBe('district');
    await expect(auth.checkAuth({})).resolves.toBeUndefined();
    await expect(auth.getIdentity!()).resolves.toMatchObject({ id: 'demo-district', fullName: '区教育局管理员', role: 'DISTRICT_ADMIN' });
    await expect(auth.getPermissions!({})).resolves.toBe('DISTRICT_ADMIN');
    await expect(auth.canAccess!({ action: 'delete', resource: 'schools' })).resolves.toBe(true);
    // One viewer request serves identity, permissions and access checks.
    expect(fetchImpl.mock.calls.filter(([url]) => String(url) === '/graphql')).toHaveLength(1);
    const viewerRequest = fetchImpl.mock.calls.find(([url]) => String(url) === '/graphql')![1]!;
    expect(new Headers(viewerRequest.headers).get('authorization')).toMatch(/^Bearer h\./);
  });

  it('refuses an unknown user with a translated message', async () => {
    const auth = createLocalAuthProvider({ graphqlUrl: '/graphql', fetchImpl: fakeServer() });
    await expect(auth.login({ username: 'nobody' })).rejects.toThrow('app.auth.unknown_user');
    expect(readSession()).toBeNull();
  });

  it('ends the session on UNAUTHENTICATED, but not on FORBIDDEN', async () => {
    const auth = createLocalAuthProvider({ graphqlUrl: '/graphql', fetchImpl: fakeServer() });
    await auth.login({ username: 'district' });
    await expect(auth.checkError(new ApiError({ code: 'FORBIDDEN', detail: 'no' }))).resolves.toBeUndefined();
    expect(readSession()).not.toBeNull();
    await expect(auth.checkError(new ApiError({ code: 'UNAUTHENTICATED', detail: 'expired' }))).rejects.toThrow();
    expect(readSession()).toBeNull();
    await expect(auth.checkAuth({})).rejects.toThrow();
  });

  it('treats a token the API rejects as signed out', async () => {
    const fetchImpl = fakeServer({ viewer: null, viewerErrors: [aGraphQLError('UNAUTHENTICATED')] });
    const auth = createLocalAuthProvider({ graphqlUrl: '/graphql', fetchImpl });
    await auth.login({ username: 'district' });
    await expect(auth.getPermissions!({})).rejects.toThrow();
    expect(readSession()).toBeNull();
    await expect(auth.canAccess!({ action: 'list', resource: 'schools' })).resolves.toBe(false);
  });

  it('knows an expired token without asking the server', () => {
    expect(isExpired(jwt(1), Date.now())).toBe(true);
    expect(isExpired(jwt(Date.now() / 1000 + 60))).toBe(false);
    expect(isExpired('not-a-jwt')).toBe(false);
  });
});
