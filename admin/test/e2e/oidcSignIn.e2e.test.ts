import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalStack, type LocalStack } from '../../../functions/src/local/stack';
import { startTestProvider, type TestProvider } from '../oidc/testProvider';
import { launchBrowser, openPage, resultsDir } from './browser';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

let browser: Browser;
let provider: TestProvider;
let stack: LocalStack;
let consoleUrl: string;
const dataDir = mkdtempSync(join(tmpdir(), 'kehou-oidc-e2e-'));

/**
 * The console as a district in a China region runs it: signing in with the district's own OpenID Connect
 * provider (here a real one, oidc-provider, on a free port), the API accepting that provider's ID tokens.
 * Its own local stack (empty district), configured through the same settings a developer would use.
 */
beforeAll(async () => {
  const port = await freePort();
  consoleUrl = `http://localhost:${port}`;
  provider = await startTestProvider({
    clientId: 'kehou-console',
    origins: [consoleUrl],
    users: {
      'district-admin': { name: '区教育局 王老师', groups: ['DISTRICT_ADMIN'] },
      parent: { name: '家长', groups: [] },
    },
  });
  process.env.KEHOU_OIDC_ISSUER = provider.issuer;
  process.env.KEHOU_OIDC_CLIENT_ID = provider.clientId;
  process.env.KEHOU_DATA_DIR = dataDir;
  stack = await startLocalStack({ port, persist: false, seed: false, tableName: `kehou-oidc-${process.pid}` });
  browser = await launchBrowser();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
  await provider?.stop();
  delete process.env.KEHOU_OIDC_ISSUER;
  delete process.env.KEHOU_OIDC_CLIENT_ID;
  rmSync(dataDir, { recursive: true, force: true });
});

/** What a person does: open the console, press the sign-in button, give their name at the provider. */
async function signInAtProvider(page: Page, username: string) {
  await page.goto(`${consoleUrl}/`);
  await page.getByRole('button', { name: '前往统一身份认证登录' }).click();
  await page.waitForURL(`${provider.issuer}/interaction/**`);
  await page.getByLabel('User name').fill(username);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

describe('console sign-in through an OpenID Connect provider (Chromium)', () => {
  it('signs in with code + PKCE, calls the API with the ID token, and signs out at the provider', async () => {
    const { page, expectNoProblems, close } = await openPage(browser);
    const bearers = new Set<string>();
    page.on('request', (request) => {
      const authorization = request.headers().authorization;
      if (request.url().startsWith(`${consoleUrl}/graphql`) && authorization) bearers.add(authorization);
    });

    await signInAtProvider(page, 'district-admin');
    await page.getByText(/当前身份：/).waitFor();
    expect(new URL(page.url()).pathname).toBe('/');
    expect(page.url()).not.toContain('code=');
    // The API got the provider's ID token (RS256, issued for the console's client), not a local demo token.
    const [bearer] = [...bearers];
    const claims = JSON.parse(Buffer.from(bearer.replace('Bearer ', '').split('.')[1], 'base64url').toString());
    expect(claims).toMatchObject({ iss: provider.issuer, aud: 'kehou-console', sub: 'district-admin', 'cognito:groups': ['DISTRICT_ADMIN'] });
    await page.waitForLoadState('networkidle');
    await page.getByRole('button', { name: '个人资料' }).click();
    await page.getByText('区教育局 王老师').first().waitFor();
    await page.screenshot({ path: join(resultsDir, 'oidc-signed-in.png') });

    // Signing out leaves for the provider: let the dashboard's requests finish first.
    await page.waitForLoadState('networkidle');
    await page.getByRole('menuitem', { name: '退出登录' }).click();
    await page.getByText('您已退出登录。').waitFor();
    await page.getByRole('button', { name: '前往统一身份认证登录' }).waitFor();
    // The provider's session is over too: signing in again asks for the user name.
    await page.getByRole('button', { name: '前往统一身份认证登录' }).click();
    await page.getByLabel('User name').waitFor();
    expectNoProblems();
    await close();
  });

  it('refuses a user the platform gives no role, and says why', async () => {
    const { page, expectNoProblems, close } = await openPage(browser);
    await signInAtProvider(page, 'parent');
    await page.getByText('该账号在课后服务平台中没有角色').waitFor();
    expect(await page.evaluate(() => Object.keys(sessionStorage).filter((key) => key.startsWith('oidc.user')))).toEqual([]);
    await page.screenshot({ path: join(resultsDir, 'oidc-no-role.png') });
    expectNoProblems();
    await close();
  });
});
