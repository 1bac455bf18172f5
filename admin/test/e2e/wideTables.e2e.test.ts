import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gotoRoute, launchBrowser, openPage, settler, signIn } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** How far the page scrolls sideways (0: it fits), and each table box's visible and full width. */
const widths = (page: Page) =>
  page.evaluate(() => ({
    page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    tables: [...document.querySelectorAll('.MuiTableContainer-root')].map((box) => ({ visible: box.clientWidth, full: box.scrollWidth })),
  }));

describe('wide tables on a desktop screen', () => {
  it('the compliance overview (school × 17 rules) scrolls in its own box; the page and its app bar keep the screen’s width', async () => {
    const { page, expectNoProblems, close } = await openPage(browser, { viewport: { width: 1280, height: 800 } });
    const settle = settler(page);
    await signIn(page, /区教育局管理员/);
    await gotoRoute(page, '/complianceOverview');
    await settle();
    await page.getByRole('table').first().waitFor();
    const seen = await widths(page);
    expect(seen.page).toBe(0);
    expect(seen.tables.length).toBe(1);
    // The table is wider than its box, which scrolls.
    expect(seen.tables[0].full).toBeGreaterThan(seen.tables[0].visible);
    const bar = await page.locator('header').first().boundingBox();
    expect(bar?.width).toBe(1280);
    expectNoProblems();
    await close();
  });

  it('the district’s today board in English fits the screen', async () => {
    const { page, expectNoProblems, close } = await openPage(browser, { viewport: { width: 1280, height: 800 } });
    const settle = settler(page);
    await signIn(page, /区教育局管理员/);
    await page.getByRole('button', { name: /简体中文/ }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await gotoRoute(page, '/careBoard');
    await settle();
    await page.getByRole('columnheader', { name: 'Roll call missing' }).waitFor();
    expect((await widths(page)).page).toBe(0);
    expectNoProblems();
    await close();
  });
});
