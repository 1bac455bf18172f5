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

describe('the new term form (新建学期)', () => {
  it('starts from today’s semester the school has no term for, and its dates follow the school year and semester', async () => {
    const { page, expectNoProblems, close } = await openPage(browser);
    // 30 November 2026 in Beijing: the autumn semester of 2026-2027 is in progress.
    await page.clock.setFixedTime(new Date('2026-11-30T02:00:00Z'));
    await signIn(page, /城关第一实验小学管理员/);
    await gotoRoute(page, '/terms/create');
    const year = page.getByRole('textbox', { name: /学年/ });
    const start = page.getByLabel(/开始日期/);
    const end = page.getByLabel(/结束日期/);
    // The school already has 2026-2027's autumn term (demo data): the form proposes the spring semester after it.
    await expect.poll(() => year.inputValue()).toBe('2026-2027');
    await expect.poll(() => page.getByRole('radio', { name: '第二学期' }).isChecked()).toBe(true);
    // The dates are set in the render after the semester's (a busy machine shows the gap).
    await expect.poll(() => start.inputValue()).toBe('2027-02-20');
    await expect.poll(() => end.inputValue()).toBe('2027-07-10');
    await page.screenshot({ path: join(resultsDir, 'term-form-defaults.png'), fullPage: true });

    // The dates follow the school year and the semester…
    await year.fill('2027-2028');
    await expect.poll(() => start.inputValue()).toBe('2028-02-20');
    await page.getByRole('radio', { name: '第一学期' }).check();
    await expect.poll(() => start.inputValue()).toBe('2027-09-01');
    await expect.poll(() => end.inputValue()).toBe('2028-01-20');
    // …until they are typed in by hand.
    await start.fill('2027-09-03');
    await page.getByRole('radio', { name: '第二学期' }).check();
    await expect.poll(() => page.getByRole('radio', { name: '第二学期' }).isChecked()).toBe(true);
    expect(await start.inputValue()).toBe('2027-09-03');
    expectNoProblems();
    await close();
  });
});
