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
/** The school's calendar date (Asia/Shanghai, `YYYY-MM-DD`) `offset` days from now, as the server counts days. */
export const localDate = (offset: number) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    new Date(Date.now() + offset * 86_400_000),
  );

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

/**
 * Waits until a page has drawn its data. The console's routes are hash routes: going to one is a same-document
 * navigation, after which Playwright's `networkidle` is already reached, so the page's own requests are counted here.
 */
export function settler(page: Page) {
  let inFlight = 0;
  let lastActivity = Date.now();
  page.on('request', () => {
    inFlight += 1;
    lastActivity = Date.now();
  });
  const finished = () => {
    inFlight -= 1;
    lastActivity = Date.now();
  };
  page.on('requestfinished', finished);
  page.on('requestfailed', finished);
  const quiet = () => inFlight === 0 && Date.now() - lastActivity > 600;
  return async () => {
    await expect
      .poll(
        () =>
          page
            .locator('#main-content')
            .innerText()
            .then((text) => text.trim().length),
        { timeout: 15_000 },
      )
      .toBeGreaterThan(0);
    await expect.poll(quiet, { timeout: 20_000 }).toBe(true);
    await expect.poll(() => page.locator('.MuiSkeleton-root, .MuiLinearProgress-root').count(), { timeout: 15_000 }).toBe(0);
    await expect.poll(quiet, { timeout: 20_000 }).toBe(true);
  };
}
