import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { expect, inject } from 'vitest';

export const baseUrl = () => inject('baseUrl');

/** Screenshots and other artefacts (git-ignored). */
export const resultsDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'test-results');
mkdirSync(resultsDir, { recursive: true });

/** Debian's Chromium, headless, without the background traffic that would count as failed requests. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

/**
 * A page in its own context (own localStorage, so each user signs in afresh) that records every
 * console error, uncaught exception, failed request and HTTP error for `expectNoProblems`.
 */
export async function openPage(browser: Browser, options: Parameters<Browser['newContext']>[0] = {}) {
  const context: BrowserContext = await browser.newContext({
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    viewport: { width: 1400, height: 900 },
    acceptDownloads: true,
    ...options,
  });
  const page: Page = await context.newPage();
  page.setDefaultTimeout(15_000);
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.method()} ${request.url()} ${request.failure()?.errorText ?? ''}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.request().method()} ${response.url()}`);
  });
  return {
    page,
    problems,
    /** Every page must finish clean: no console errors, no failed or refused requests. */
    expectNoProblems: () => expect(problems).toEqual([]),
    close: () => context.close(),
  };
}

/** Local sign-in: pick the demo user by the name shown, press 登录, wait for the dashboard. */
export async function signIn(page: Page, displayName: string | RegExp) {
  await page.goto(`${baseUrl()}/`);
  await page.getByRole('radio', { name: displayName }).check();
  await page.getByRole('button', { name: '登录' }).click();
  await page.getByText(/当前身份：/).waitFor();
}

/** A console route (the console uses hash routes: `#/schools`). */
export const gotoRoute = (page: Page, route: string) => page.goto(`${baseUrl()}/#${route}`);

/** The API as a demo user, for facts the UI steps start from (ids, access codes). */
export async function apiAs(username: string) {
  const login = await fetch(`${baseUrl()}/auth/dev-login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username }),
  });
  const { token } = (await login.json()) as { token: string };
  return async <Data>(query: string, variables: Record<string, unknown> = {}): Promise<Data> => {
    const response = await fetch(`${baseUrl()}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data: Data; errors?: unknown[] };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data;
  };
}
