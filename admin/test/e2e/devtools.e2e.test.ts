import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launchBrowser, openPage, resultsDir } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/**
 * Refuses every request that leaves the machine and records it: the pages must work with the network cut
 * (the test fails on any such request, answered or not).
 */
function cutTheNetwork(page: Page): string[] {
  const outside: string[] = [];
  void page.route('**/*', (route) => {
    const { hostname, protocol } = new URL(route.request().url());
    if ((protocol === 'http:' || protocol === 'https:') && hostname !== 'localhost' && hostname !== '127.0.0.1') {
      outside.push(route.request().url());
      return route.abort('internetdisconnected');
    }
    return route.continue();
  });
  return outside;
}

describe('developer pages of the local server', () => {
  it('serves GraphiQL at the API URL to a browser, with the demo token filled in, and runs a query offline', async () => {
    const { page, expectNoProblems, close } = await openPage(browser, { locale: 'en-US' });
    const outside = cutTheNetwork(page);
    await page.goto(`${baseUrl()}/graphql`);
    await page.locator('.graphiql-container').waitFor();
    // The Headers tab starts with a bearer token of the demo district admin.
    // (The editor renders spaces as no-break spaces: \s matches both.)
    await expect.poll(() => page.locator('.graphiql-editor-tool').innerText(), { timeout: 15_000 }).toMatch(/"authorization":\s"Bearer\sey/);
    await page.getByRole('button', { name: /Execute query/i }).click();
    await expect.poll(() => page.locator('.graphiql-response').innerText(), { timeout: 15_000 }).toMatch(/"role":\s"DISTRICT_ADMIN"/);
    expect(await page.locator('.graphiql-response').innerText()).toMatch(/"totalCount":\s\d+/);
    await page.screenshot({ path: join(resultsDir, 'graphiql.png') });
    expect(outside).toEqual([]);
    expectNoProblems();
    await close();
  });

  it('serves the schema reference at /docs, describing the operations, offline', async () => {
    const { page, expectNoProblems, close } = await openPage(browser, { locale: 'en-US' });
    const outside = cutTheNetwork(page);
    await page.goto(`${baseUrl()}/docs`);
    await page
      .getByRole('heading', { name: /课后服务平台 GraphQL API/ })
      .first()
      .waitFor();
    for (const anchor of ['query-schools', 'query-publicSurvey', 'mutation-submitSurveyResponse', 'definition-School']) {
      await expect.poll(() => page.locator(`[id="${anchor}"]`).count(), { message: anchor }).toBeGreaterThan(0);
    }
    // The reference's styles are its own files, loaded from the local server.
    expect(await page.evaluate(() => [...document.styleSheets].map((sheet) => sheet.href).filter(Boolean))).toEqual([
      expect.stringMatching(/^http:\/\/localhost:\d+\/docs\/stylesheets\//),
    ]);
    await page.screenshot({ path: join(resultsDir, 'docs.png') });
    expect(outside).toEqual([]);
    expectNoProblems();
    await close();
  });

  it('still answers API clients on the same URL (GET with a query, POST)', async () => {
    const response = await fetch(`${baseUrl()}/graphql?query=${encodeURIComponent('{ __typename }')}`, {
      headers: { accept: 'application/json', 'apollo-require-preflight': 'true' },
    });
    expect(await response.json()).toEqual({ data: { __typename: 'Query' } });
  });
});
