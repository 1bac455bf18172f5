import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../App';
import { i18nProvider } from '../i18n';
import { createAuth } from '.';
import { anInMemoryDataProvider } from '../testing/fakeProviders';
import { slow } from '../testing/timeouts';
import { createCognitoAuthProvider } from './cognitoAuthProvider';
import { createCognitoClient } from './cognitoClient';
import { aFakeCognito, tokensFor, type Answer } from './cognitoFakes';
import CognitoLoginPage from './CognitoLoginPage';
import { readCognitoSession } from './cognitoSession';

const inAnHour = () => Math.floor(Date.now() / 1000) + 3600;

function renderSignIn(answers: Record<string, Answer[]>) {
  const cognito = aFakeCognito(answers);
  const client = createCognitoClient({ region: 'cn-north-1', clientId: 'client-1', fetchImpl: cognito.fetchImpl });
  const viewer = { sub: 's', role: 'DISTRICT_ADMIN', schoolId: null, providerId: null, school: null };
  const authProvider = createCognitoAuthProvider({
    client,
    graphqlUrl: '/graphql',
    fetchImpl: async () => new Response(JSON.stringify({ data: { viewer } })),
  });
  window.location.hash = '#/login';
  render(<App dataProvider={anInMemoryDataProvider({})} authProvider={authProvider} loginPage={() => <CognitoLoginPage client={client} />} />);
  return cognito;
}

async function signIn(password = 'Secret-123') {
  fireEvent.change(await screen.findByLabelText(/用户名（电子邮箱）/, undefined, slow), { target: { value: 'wang@school.cn' } });
  fireEvent.change(screen.getByLabelText(/^密码/), { target: { value: password } });
  fireEvent.click(screen.getByRole('button', { name: '登录' }));
}

describe('Cognito sign-in page', () => {
  afterEach(async () => {
    sessionStorage.clear();
    await i18nProvider.changeLocale('zh-CN'); // the provider is shared by every test of the file
  });

  it('switches to English', async () => {
    renderSignIn({});
    fireEvent.click(await screen.findByRole('button', { name: '简体中文' }, slow));
    fireEvent.click(await screen.findByRole('menuitem', { name: 'English' }));
    expect(await screen.findByLabelText(/User name \(e-mail\)/, undefined, slow)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Sign in' })).toBeTruthy();
  });

  it('signs in with e-mail and password, in Chinese', async () => {
    const cognito = renderSignIn({ InitiateAuth: [{ body: tokensFor(inAnHour()) }] });
    expect(await screen.findByRole('heading', { name: '课后服务平台' }, slow)).toBeTruthy();
    await signIn();
    await waitFor(() => expect(readCognitoSession()).not.toBeNull());
    expect(cognito.sent[0].body).toMatchObject({ AuthParameters: { USERNAME: 'wang@school.cn', PASSWORD: 'Secret-123' } });
  });

  it('says so in Chinese when the password is wrong', async () => {
    renderSignIn({ InitiateAuth: [{ status: 400, body: { __type: 'NotAuthorizedException', message: 'Incorrect username or password.' } }] });
    await signIn('nope');
    expect(await screen.findByText('用户名或密码错误')).toBeTruthy();
    expect(readCognitoSession()).toBeNull();
  });

  it('asks for a new password on first sign-in, then for the authenticator code', async () => {
    const cognito = renderSignIn({
      InitiateAuth: [{ body: { ChallengeName: 'NEW_PASSWORD_REQUIRED', Session: 's1', ChallengeParameters: { USER_ID_FOR_SRP: 'uuid-7' } } }],
      RespondToAuthChallenge: [
        { body: { ChallengeName: 'SOFTWARE_TOKEN_MFA', Session: 's2', ChallengeParameters: { USER_ID_FOR_SRP: 'uuid-7' } } },
        { body: tokensFor(inAnHour()) },
      ],
    });
    await signIn('Temp-123');
    expect(await screen.findByRole('heading', { name: '设置新密码' })).toBeTruthy();
    fireEvent.change(screen.getByLabelText(/^新密码/), { target: { value: 'Better-456' } });
    fireEvent.change(screen.getByLabelText(/再次输入新密码/), { target: { value: 'Better-457' } });
    expect(screen.getByText('两次输入的密码不一致')).toBeTruthy();
    fireEvent.change(screen.getByLabelText(/再次输入新密码/), { target: { value: 'Better-456' } });
    fireEvent.click(screen.getByRole('button', { name: '保存新密码并登录' }));

    expect(await screen.findByRole('heading', { name: '两步验证' })).toBeTruthy();
    fireEvent.change(screen.getByLabelText(/验证码/), { target: { value: '123456' } });
    fireEvent.click(screen.getByRole('button', { name: '验证' }));
    await waitFor(() => expect(readCognitoSession()).not.toBeNull());
    expect(cognito.sent.map((s) => s.body.ChallengeResponses)).toEqual([
      undefined,
      { USERNAME: 'uuid-7', NEW_PASSWORD: 'Better-456' },
      { USERNAME: 'uuid-7', SOFTWARE_TOKEN_MFA_CODE: '123456' },
    ]);
  });

  it('resets a forgotten password with the mailed code', async () => {
    const cognito = renderSignIn({
      ForgotPassword: [{ body: { CodeDeliveryDetails: { Destination: 'w***@s***' } } }],
      ConfirmForgotPassword: [{ body: {} }],
    });
    fireEvent.click(await screen.findByRole('button', { name: '忘记密码？' }, slow));
    fireEvent.change(screen.getByLabelText(/用户名（电子邮箱）/), { target: { value: 'wang@school.cn' } });
    fireEvent.click(screen.getByRole('button', { name: '发送验证码' }));
    expect(await screen.findByText(/验证码已发送至 w\*\*\*@s\*\*\*/)).toBeTruthy();
    fireEvent.change(screen.getByLabelText(/验证码/), { target: { value: '654321' } });
    fireEvent.change(screen.getByLabelText(/^新密码/), { target: { value: 'Better-456' } });
    fireEvent.change(screen.getByLabelText(/再次输入新密码/), { target: { value: 'Better-456' } });
    fireEvent.click(screen.getByRole('button', { name: '重置密码' }));
    expect(await screen.findByText('密码已重置，请用新密码登录。')).toBeTruthy();
    expect(cognito.sent.at(-1)!.body).toMatchObject({ Username: 'wang@school.cn', ConfirmationCode: '654321', Password: 'Better-456' });
  });
});

describe('auth mode switch', () => {
  it('keeps the local dev login, builds Cognito from config.json and refuses OIDC clearly', () => {
    expect(createAuth({ graphqlUrl: '/graphql', auth: { mode: 'local' } }).loginPage.name).toBe('LocalLoginPage');
    const cognito = createAuth({ graphqlUrl: '/graphql', auth: { mode: 'cognito', region: 'cn-north-1', userPoolId: 'p', userPoolClientId: 'c' } });
    expect(cognito.getToken()).toBeNull();
    expect(() => createAuth({ graphqlUrl: '/graphql', auth: { mode: 'oidc', issuer: 'https://idp', clientId: 'c' } })).toThrow(
      /not supported yet in this console build/,
    );
  });
});
