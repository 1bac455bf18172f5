import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../dataProvider/errors';
import { ChallengeRequired, createCognitoAuthProvider, REFRESH_MARGIN_MS } from './cognitoAuthProvider';
import { createCognitoClient } from './cognitoClient';
import { aFakeCognito, type Answer, tokensFor } from './cognitoFakes';
import { readCognitoSession, writeCognitoSession } from './cognitoSession';

const NOW = 1_900_000_000_000;
const inSeconds = (seconds: number) => Math.floor(NOW / 1000) + seconds;

/** The API's viewer query, answered for any token; it records the bearer tokens it saw. */
function aViewerEndpoint() {
  const bearers: string[] = [];
  const fetchImpl = vi.fn(async (_url: RequestInfo | URL, init?: RequestInit) => {
    bearers.push(new Headers(init?.headers).get('authorization') ?? '');
    const viewer = { sub: 'cognito-sub-1', role: 'DISTRICT_ADMIN', schoolId: null, providerId: null, school: null };
    return new Response(JSON.stringify({ data: { viewer } }));
  });
  return { fetchImpl, bearers };
}

function setup(answers: Record<string, Answer[]>) {
  const cognito = aFakeCognito(answers);
  const api = aViewerEndpoint();
  const client = createCognitoClient({ region: 'cn-north-1', clientId: 'client-1', fetchImpl: cognito.fetchImpl });
  const auth = createCognitoAuthProvider({ client, graphqlUrl: '/graphql', fetchImpl: api.fetchImpl, now: () => Date.now() });
  return { auth, cognito, api };
}

describe('Cognito auth provider', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    vi.setSystemTime(NOW);
  });
  afterEach(() => {
    vi.useRealTimers();
    sessionStorage.clear();
  });

  it('signs in, keeps the tokens in sessionStorage and sends the ID token to the API', async () => {
    const { auth, api } = setup({ InitiateAuth: [{ body: tokensFor(inSeconds(3600)) }] });
    await auth.login({ username: ' wang@school.cn ', password: 'Secret-123' });

    const session = readCognitoSession()!;
    expect(session).toMatchObject({ username: 'wang@school.cn', refreshToken: 'refresh-1', expiresAt: (NOW / 1000 + 3600) * 1000 });
    expect(localStorage.length).toBe(0);
    expect(auth.getToken()).toBe(session.idToken);
    await expect(auth.checkAuth({})).resolves.toBeUndefined();
    await expect(auth.getIdentity!()).resolves.toMatchObject({ id: 'cognito-sub-1', fullName: 'wang@school.cn', role: 'DISTRICT_ADMIN' });
    await expect(auth.canAccess!({ action: 'import', resource: 'schools' })).resolves.toBe(true);
    expect(api.bearers).toEqual([`Bearer ${session.idToken}`]);
  });

  it('asks for a new password, then an MFA code, then signs in', async () => {
    const { auth, cognito } = setup({
      InitiateAuth: [{ body: { ChallengeName: 'NEW_PASSWORD_REQUIRED', Session: 's1', ChallengeParameters: { USER_ID_FOR_SRP: 'uuid-7' } } }],
      RespondToAuthChallenge: [
        { body: { ChallengeName: 'SOFTWARE_TOKEN_MFA', Session: 's2', ChallengeParameters: { USER_ID_FOR_SRP: 'uuid-7' } } },
        { body: tokensFor(inSeconds(3600)) },
      ],
    });
    const first = await auth.login({ username: 'wang@school.cn', password: 'Temp-123' }).catch((e: unknown) => e);
    expect(first).toBeInstanceOf(ChallengeRequired);
    expect(first).toMatchObject({ challenge: 'NEW_PASSWORD_REQUIRED', session: 's1', username: 'uuid-7' });
    await expect(auth.login({ challenge: 'NEW_PASSWORD_REQUIRED', session: 's1', username: 'uuid-7', newPassword: 'Better-456' })).rejects.toMatchObject({
      challenge: 'SOFTWARE_TOKEN_MFA',
      session: 's2',
    });
    expect(readCognitoSession()).toBeNull();
    await auth.login({ challenge: 'SOFTWARE_TOKEN_MFA', session: 's2', username: 'uuid-7', email: 'wang@school.cn', code: '123456' });
    expect(readCognitoSession()).toMatchObject({ username: 'wang@school.cn' });
    expect(cognito.sent.map((s) => s.operation)).toEqual(['InitiateAuth', 'RespondToAuthChallenge', 'RespondToAuthChallenge']);
  });

  it('rejects a wrong password with the translation key and stays signed out', async () => {
    const { auth } = setup({ InitiateAuth: [{ status: 400, body: { __type: 'NotAuthorizedException', message: 'Incorrect username or password.' } }] });
    await expect(auth.login({ username: 'wang@school.cn', password: 'nope' })).rejects.toThrow('app.signIn.errors.wrong_password');
    await expect(auth.checkAuth({})).rejects.toThrow();
  });

  it('refreshes the tokens five minutes before they expire, without a request failing first', async () => {
    const { auth, cognito } = setup({
      InitiateAuth: [{ body: tokensFor(inSeconds(3600)) }, { body: tokensFor(inSeconds(7200), 'refresh-2') }],
    });
    await auth.login({ username: 'wang@school.cn', password: 'Secret-123' });
    const before = auth.getToken();

    await vi.advanceTimersByTimeAsync(3600_000 - REFRESH_MARGIN_MS - 1000);
    expect(cognito.sent).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(2000);
    expect(cognito.sent[1].body).toMatchObject({ AuthFlow: 'REFRESH_TOKEN_AUTH', AuthParameters: { REFRESH_TOKEN: 'refresh-1' } });
    expect(auth.getToken()).not.toBe(before);
    expect(readCognitoSession()).toMatchObject({ refreshToken: 'refresh-2', expiresAt: (NOW / 1000 + 7200) * 1000 });
  });

  it('does not refresh a long-lived token early (timers cannot wait more than 24.8 days)', async () => {
    const { auth, cognito } = setup({ InitiateAuth: [{ body: tokensFor(inSeconds(30 * 86_400)) }] });
    await auth.login({ username: 'wang@school.cn', password: 'Secret-123' });
    await vi.advanceTimersByTimeAsync(2 * 86_400_000);
    expect(cognito.sent).toHaveLength(1);
    await expect(auth.checkAuth({})).resolves.toBeUndefined();
  });

  it('checkAuth renews an expiring session, and fails once the refresh token is refused', async () => {
    const { auth } = setup({
      InitiateAuth: [
        { body: tokensFor(inSeconds(3600)) },
        { status: 400, body: { __type: 'NotAuthorizedException', message: 'Refresh Token has been revoked' } },
      ],
    });
    // A reloaded tab whose tokens expire in 30 seconds.
    writeCognitoSession({ idToken: 'old', accessToken: 'a', refreshToken: 'refresh-0', expiresAt: NOW + 30_000, username: 'wang@school.cn' });
    await expect(auth.checkAuth({})).resolves.toBeUndefined();
    expect(readCognitoSession()!.expiresAt).toBe((NOW / 1000 + 3600) * 1000);

    vi.setSystemTime(NOW + 3600_000 - 10_000);
    await expect(auth.checkAuth({})).rejects.toThrow('ra.auth.auth_check_error');
    expect(readCognitoSession()).toBeNull();
  });

  it('logs out by revoking the refresh token and forgetting the tokens; refused tokens end the session', async () => {
    const { auth, cognito } = setup({ InitiateAuth: [{ body: tokensFor(inSeconds(3600)) }], RevokeToken: [{ body: {} }] });
    await auth.login({ username: 'wang@school.cn', password: 'Secret-123' });
    // FORBIDDEN stays a notification; UNAUTHENTICATED on a fresh token means no access: signed out.
    await expect(auth.checkError(new ApiError({ code: 'FORBIDDEN', detail: 'no' }))).resolves.toBeUndefined();
    await expect(auth.checkError(new ApiError({ code: 'UNAUTHENTICATED', detail: 'no' }))).rejects.toThrow();
    expect(readCognitoSession()).toBeNull();

    writeCognitoSession({ idToken: 'id', accessToken: 'a', refreshToken: 'refresh-9', expiresAt: NOW + 3600_000, username: 'w' });
    await auth.logout({});
    expect(readCognitoSession()).toBeNull();
    expect(cognito.sent.at(-1)).toMatchObject({ operation: 'RevokeToken', body: { Token: 'refresh-9' } });
    await expect(auth.checkAuth({})).rejects.toThrow();
  });
});
