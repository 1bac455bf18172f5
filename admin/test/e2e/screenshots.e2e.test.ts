import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gotoRoute, launchBrowser, openPage, resultsDir, signIn } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('artefacts', () => {
  it('saves the district dashboard with its widgets and chart', async () => {
    const { page, expectNoProblems, close } = await openPage(browser);
    await signIn(page, /区教育局管理员/);
    const compliance = page.getByRole('region', { name: '合规问题' });
    await compliance.getByRole('link', { name: /育才民办小学/ }).waitFor();
    const satisfaction = page.getByRole('region', { name: '各校满意度' });
    await satisfaction.locator('.recharts-bar-rectangle').first().waitFor();
    expect(
      await page
        .getByRole('region', { name: '低于退出分数线的评价' })
        .getByRole('link', { name: /墨香书法艺术工作室/ })
        .count(),
    ).toBe(1);
    await page.screenshot({ path: join(resultsDir, 'dashboard.png'), fullPage: true });
    expectNoProblems();
    await close();
  });

  it('saves a school’s week timetable', async () => {
    const { page, expectNoProblems, close } = await openPage(browser);
    await signIn(page, /城关第一实验小学管理员/);
    await gotoRoute(page, '/timetable');
    await page.getByRole('heading', { name: /城关第一实验小学 · .+ 课后服务排片表/ }).waitFor();
    await page.getByRole('columnheader', { name: /周五/ }).waitFor();
    await page.locator('table.timetable tbody tr').first().waitFor();
    expect(await page.locator('table.timetable tbody tr').count()).toBeGreaterThan(1);
    await page.waitForLoadState('networkidle');
    await page.screenshot({ path: join(resultsDir, 'timetable.png'), fullPage: true });
    expectNoProblems();
    await close();
  });
});
