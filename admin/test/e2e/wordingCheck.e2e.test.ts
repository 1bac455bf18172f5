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

describe('the survey builder checks the wording while typing', () => {
  it('flags each field with the server’s rules as it is typed, the intro too, and loads them with the builder only', async () => {
    const { page, expectNoProblems, close } = await openPage(browser);
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    await signIn(page, /区教育局管理员/);
    await page.getByRole('region', { name: '合规问题' }).waitFor();
    // The rules and their Traditional → Simplified tables are not part of the console's first load.
    expect(scripts.filter((path) => path.includes('coerciveWording'))).toEqual([]);

    await gotoRoute(page, '/surveys/create');
    const title = page.getByRole('textbox', { name: '问卷标题' });
    await title.fill('课后服务強制報名表');
    const intro = page.getByRole('textbox', { name: /^说明/ });
    await intro.fill('请各位家长务必 参加，不参加的将被通报。');
    const question = page.getByRole('textbox', { name: /^题目/ }).first();
    await question.fill('您是否同意孩子参加课后服务？');

    const flagged = page.locator('.wording-flagged');
    await expect.poll(() => flagged.count(), { timeout: 20_000 }).toBe(2);
    expect(await flagged.nth(0).getByTestId('wording-hint').innerText()).toContain('“強制”');
    const introHint = await flagged.nth(1).getByTestId('wording-hint').innerText();
    expect(introHint).toContain('务必 参加');
    expect(introHint).toContain('不参加的将被');
    expect(await flagged.nth(1).locator('textarea').first().inputValue()).toContain('务必');
    const summary = page.getByTestId('wording-summary');
    expect(await summary.innerText()).toContain('发布前请修改');
    expect(scripts.some((path) => path.includes('coerciveWording'))).toBe(true);
    await page.screenshot({ path: join(resultsDir, 'survey-wording-live.png'), fullPage: true });

    // Fixed wording: the marks go away as the text changes.
    await intro.fill('是否参加由您自愿决定，感谢您的支持。');
    await title.fill('课后服务报名意向');
    await expect.poll(() => flagged.count()).toBe(0);
    expect(await summary.count()).toBe(0);
    expectNoProblems();
    await close();
  });
});
