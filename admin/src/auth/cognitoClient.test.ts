import { describe, expect, it } from 'vitest';
import { i18nProvider } from '../i18n';
import { CognitoError, createCognitoClient } from './cognitoClient';
import { aFakeCognito, type Answer, tokensFor } from './cognitoFakes';

const refused = (type: string, message: string): Answer => ({ status: 400, body: { __type: type, message } });
const client = (fetchImpl: typeof fetch) => createCognitoClient({ region: 'cn-north-1', clientId: 'client-1', fetchImpl });

describe('Cognito client', () => {
  it('signs in with USER_PASSWORD_AUTH against the regional endpoint, unsigned', async () => {
    const { fetchImpl, sent } = aFakeCognito({ InitiateAuth: [{ body: tokensFor(2_000_000_000) }] });
    const result = await client(fetchImpl).signIn('wang@school.cn', 'Secret-123');

    expect(result).toEqual({
      kind: 'signedIn',
      tokens: { idToken: expect.stringMatching(/^h\./), accessToken: 'access', refreshToken: 'refresh-1', expiresAt: 2_000_000_000_000 },
    });
    expect(sent[0].url).toBe('https://cognito-idp.cn-north-1.amazonaws.com/');
    expect(sent[0].headers.get('content-type')).toBe('application/x-amz-json-1.1');
    expect(sent[0].headers.get('x-amz-target')).toBe('AWSCognitoIdentityProviderService.InitiateAuth');
    expect(sent[0].headers.get('authorization')).toBeNull();
    expect(sent[0].body).toEqual({
      ClientId: 'client-1',
      AuthFlow: 'USER_PASSWORD_AUTH',
      AuthParameters: { USERNAME: 'wang@school.cn', PASSWORD: 'Secret-123' },
    });
  });

  it('answers NEW_PASSWORD_REQUIRED with the pool’s user name and the new password', async () => {
    const { fetchImpl, sent } = aFakeCognito({
      InitiateAuth: [{ body: { ChallengeName: 'NEW_PASSWORD_REQUIRED', Session: 'sess-1', ChallengeParameters: { USER_ID_FOR_SRP: 'uuid-7' } } }],
      RespondToAuthChallenge: [{ body: tokensFor(2_000_000_000) }],
    });
    const cognito = client(fetchImpl);
    const first = await cognito.signIn('wang@school.cn', 'Temp-123');
    expect(first).toEqual({ kind: 'challenge', challenge: 'NEW_PASSWORD_REQUIRED', session: 'sess-1', username: 'uuid-7' });

    const second = await cognito.completeNewPassword('sess-1', 'uuid-7', 'Better-456');
    expect(second.kind).toBe('signedIn');
    expect(sent[1].body).toEqual({
      ClientId: 'client-1',
      ChallengeName: 'NEW_PASSWORD_REQUIRED',
      Session: 'sess-1',
      ChallengeResponses: { USERNAME: 'uuid-7', NEW_PASSWORD: 'Better-456' },
    });
  });

  it('answers SOFTWARE_TOKEN_MFA with the authenticator code, and a wrong code is a translated error', async () => {
    const { fetchImpl, sent } = aFakeCognito({
      InitiateAuth: [{ body: { ChallengeName: 'SOFTWARE_TOKEN_MFA', Session: 'sess-2', ChallengeParameters: {} } }],
      RespondToAuthChallenge: [refused('CodeMismatchException', 'Invalid code received for user'), { body: tokensFor(2_000_000_000) }],
    });
    const cognito = client(fetchImpl);
    expect(await cognito.signIn('wang@school.cn', 'Secret-123')).toMatchObject({ challenge: 'SOFTWARE_TOKEN_MFA', username: 'wang@school.cn' });
    await expect(cognito.confirmMfa('sess-2', 'wang@school.cn', '000000')).rejects.toMatchObject({ reason: 'wrong_code' });
    expect((await cognito.confirmMfa('sess-2', 'wang@school.cn', '123456')).kind).toBe('signedIn');
    expect(sent[2].body.ChallengeResponses).toEqual({ USERNAME: 'wang@school.cn', SOFTWARE_TOKEN_MFA_CODE: '123456' });
  });

  it('turns a wrong password into our message, in the user’s language', async () => {
    const { fetchImpl } = aFakeCognito({ InitiateAuth: [refused('NotAuthorizedException', 'Incorrect username or password.')] });
    const error = await client(fetchImpl).signIn('wang@school.cn', 'nope').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CognitoError);
    expect(error).toMatchObject({ reason: 'wrong_password', message: 'app.signIn.errors.wrong_password', type: 'NotAuthorizedException' });
    expect(i18nProvider.translate((error as Error).message)).toBe('用户名或密码错误');
  });

  it('names the other refusals, without telling whether an account exists', async () => {
    const { fetchImpl } = aFakeCognito({
      InitiateAuth: [
        refused('UserNotFoundException', 'User does not exist.'),
        refused('NotAuthorizedException', 'Password attempts exceeded'),
        { status: 400, body: { __type: 'com.amazonaws.cognito#PasswordResetRequiredException', message: 'Password reset required' } },
      ],
    });
    const cognito = client(fetchImpl);
    for (const reason of ['wrong_password', 'attempts_exceeded', 'reset_required']) {
      await expect(cognito.signIn('x@y.cn', 'p')).rejects.toMatchObject({ reason });
    }
    const offline = createCognitoClient({ region: 'r', clientId: 'c', fetchImpl: async () => Promise.reject(new TypeError('Failed to fetch')) });
    await expect(offline.signIn('x@y.cn', 'p')).rejects.toMatchObject({ reason: 'network' });
  });

  it('refreshes with REFRESH_TOKEN_AUTH, keeping the refresh token Cognito does not rotate', async () => {
    const { AuthenticationResult } = tokensFor(2_000_000_100);
    const { fetchImpl, sent } = aFakeCognito({ InitiateAuth: [{ body: { AuthenticationResult: { ...AuthenticationResult, RefreshToken: undefined } } }] });
    const tokens = await client(fetchImpl).refresh('refresh-1');
    expect(tokens).toMatchObject({ refreshToken: 'refresh-1', expiresAt: 2_000_000_100_000 });
    expect(sent[0].body).toEqual({ ClientId: 'client-1', AuthFlow: 'REFRESH_TOKEN_AUTH', AuthParameters: { REFRESH_TOKEN: 'refresh-1' } });
  });

  it('revokes the refresh token and runs the forgot-password exchange', async () => {
    const { fetchImpl, sent } = aFakeCognito({
      RevokeToken: [{ body: {} }],
      ForgotPassword: [{ body: { CodeDeliveryDetails: { Destination: 'w***@s***', DeliveryMedium: 'EMAIL' } } }],
      ConfirmForgotPassword: [{ body: {} }],
    });
    const cognito = client(fetchImpl);
    await cognito.revoke('refresh-1');
    expect(await cognito.forgotPassword('wang@school.cn')).toEqual({ destination: 'w***@s***' });
    await cognito.confirmForgotPassword('wang@school.cn', '654321', 'Better-456');
    expect(sent.map((s) => [s.operation, s.body])).toEqual([
      ['RevokeToken', { ClientId: 'client-1', Token: 'refresh-1' }],
      ['ForgotPassword', { ClientId: 'client-1', Username: 'wang@school.cn' }],
      ['ConfirmForgotPassword', { ClientId: 'client-1', Username: 'wang@school.cn', ConfirmationCode: '654321', Password: 'Better-456' }],
    ]);
  });
});
