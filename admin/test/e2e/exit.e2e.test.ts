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

describe('provider exit', () => {
  it('shows the automatic case’s reason in English after the language switch (worded from its code)', async () => {
    const { page, expectNoProblems, close } = await openPage(browser);
    await signIn(page, /区教育局管理员/);
    await gotoRoute(page, '/providerExits');
    await page.getByRole('row', { name: /墨香书法艺术工作室.*评价总分 55 低于退出阈值 60/ }).waitFor();
    await page.getByRole('button', { name: /简体中文/ }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    const row = page.getByRole('row', { name: /墨香书法艺术工作室/ });
    await row.getByText('Evaluation total 55 is below the exit threshold 60').waitFor();
    await row.click();
    await page.getByText('Evaluation total 55 is below the exit threshold 60').waitFor();
    expect(await page.locator('#main-content').innerText()).not.toContain('低于退出阈值');
    expectNoProblems();
    await close();
  });

  it('approves the case the weak evaluation opened, resolves every activity, completes it, and the provider has exited', async () => {
    const { page, expectNoProblems, close } = await openPage(browser);
    await signIn(page, /区教育局管理员/);
    await gotoRoute(page, '/providerExits');
    await page.getByRole('row', { name: /墨香书法艺术工作室.*评价低于分数线/ }).click();
    await page.getByText('评价总分 55 低于退出阈值 60').waitFor();

    await page.getByRole('button', { name: '同意退出' }).click();
    const decision = page.getByRole('dialog', { name: '同意退出' });
    await decision.getByLabel('决定意见').fill('评价低于分数线，同意有序退出');
    await decision.getByRole('button', { name: '同意退出' }).click();
    await page.getByRole('region', { name: '过渡安排' }).waitFor();
    await page.getByText('已同意退出').waitFor();

    // One activity to a school teacher, the others cancelled, until none is left to resolve.
    const board = page.getByRole('region', { name: '过渡安排' });
    const cards = board.locator('[data-testid^="affected-"]');
    await cards.first().waitFor();
    const total = await cards.count();
    expect(total).toBeGreaterThan(0);
    for (let resolved = 0; resolved < total; resolved++) {
      const open = cards.filter({ has: page.getByRole('button', { name: '取消活动' }) }).first();
      if (resolved === 0) {
        await open.getByRole('button', { name: '改派' }).click();
        const dialog = page.getByRole('dialog');
        await dialog.getByRole('radio', { name: '本校教师' }).check();
        await dialog.getByLabel(/负责人/).fill('王晓梅');
        await dialog.getByRole('button', { name: '改派' }).click();
        // The notice and the new audit entry carry the same words; either may render first.
        await page.getByText('活动已改派').first().waitFor();
      } else {
        await open.getByRole('button', { name: '取消活动' }).click();
        await page.getByRole('dialog').getByRole('button', { name: '确认' }).click();
        await page.getByText('活动已取消').first().waitFor();
      }
      await expect.poll(() => cards.filter({ has: page.getByRole('button', { name: '取消活动' }) }).count()).toBe(total - resolved - 1);
    }
    await board.getByText('所有受影响的活动均已处理').waitFor();

    await board.getByRole('button', { name: '完成退出' }).click();
    await page.getByRole('dialog').getByRole('button', { name: '确认' }).click();
    await board
      .getByText(/退出已完成/)
      .first()
      .waitFor();
    await page.screenshot({ path: join(resultsDir, 'exit-completed.png'), fullPage: true });

    await page.getByRole('link', { name: '墨香书法艺术工作室' }).first().click();
    await page.getByRole('tab', { name: '基本信息' }).waitFor();
    await page.getByText('已退出', { exact: true }).waitFor();
    expectNoProblems();
    await close();
  });
});
