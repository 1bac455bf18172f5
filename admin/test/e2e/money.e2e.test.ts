import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launchBrowser, openPage, resultsDir, signIn } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('money in the browser', () => {
  it('a school admin confirms the stipend sheet, exports it, publishes the disclosure; the public link renders at 360 px without signing in', async () => {
    const admin = await openPage(browser);
    const { page } = admin;
    await signIn(page, /育才民办小学管理员/);
    await page.getByRole('menuitem', { name: '课时补助' }).click();
    await page.getByText(/^合计 [\d.]+ 元$/).waitFor();

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出 CSV' }).click()]);
    const file = join(resultsDir, download.suggestedFilename());
    await download.saveAs(file);
    const csv = readFileSync(file, 'utf8');
    expect(csv).toMatch(/^\uFEFF?姓名,课次,课时,标准（元\/课时）,金额（元）,说明/);
    expect(csv).toMatch(/合计,,,,[\d.]+,/);

    await page.getByRole('button', { name: '确认并锁定' }).click();
    await page.getByText('补助表已确认并锁定；之后的更正以调整行记录').waitFor();
    await page.getByText('已确认', { exact: true }).waitFor();
    expect(await page.getByRole('button', { name: '确认并锁定' }).count()).toBe(0);

    await page.getByRole('menuitem', { name: '公示' }).click();
    await page.getByRole('button', { name: '发布公示' }).click();
    await page.getByText('公示已发布').waitFor();
    const link = page.getByRole('table').getByRole('link').first();
    const code = (await link.textContent())!.trim();
    expect(code).toMatch(/^[a-z2-7]{12}$/);
    await page.screenshot({ path: join(resultsDir, 'money-disclosures.png'), fullPage: true });
    admin.expectNoProblems();
    await admin.close();

    const phone = await openPage(browser, { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
    const authorizations: (string | undefined)[] = [];
    phone.page.on('request', (request) => {
      if (request.url().endsWith('/graphql')) authorizations.push(request.headers().authorization);
    });
    await phone.page.goto(`${baseUrl()}/p/${code}`);
    await phone.page.getByRole('heading', { level: 1, name: '育才民办小学课后服务公示' }).waitFor();
    await phone.page.getByRole('heading', { name: '收费标准' }).waitFor();
    await phone.page.getByRole('heading', { name: '经费使用' }).waitFor();
    expect(await phone.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    expect(authorizations.length).toBeGreaterThan(0);
    expect(authorizations.every((header) => header === undefined)).toBe(true);
    await phone.page.screenshot({ path: join(resultsDir, 'money-public-disclosure-360.png'), fullPage: true });
    phone.expectNoProblems();
    await phone.close();
  });
});
