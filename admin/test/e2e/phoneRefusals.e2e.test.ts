import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launchBrowser, openPage } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const phoneViewport = { viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true };

/** The server's messages are English for developers: none may reach a page in Chinese. */
const english = /[A-Za-z]{3,}/;
const errorNotice = (page: Page) => page.getByRole('alert');

describe('refusals on the phone pages, in the page’s words', () => {
  it('a demo guardian signs in with the number alone; a wrong number and a wrong binding code are said in Chinese', async () => {
    const { page, problems, close } = await openPage(browser, phoneViewport);
    await page.goto(`${baseUrl()}/m/parent`);
    await page.getByLabel('手机号').fill('138');
    await page.getByRole('button', { name: '登录' }).tap();
    expect(await errorNotice(page).textContent()).toBe('请输入 11 位手机号');

    // The name is asked for a first sign-in only: a known number signs in without it.
    await page.getByLabel('手机号').fill('13800000002');
    await page.getByRole('button', { name: '登录' }).tap();
    await page.getByRole('heading', { name: /李先生，您好/ }).waitFor();

    await page.getByRole('button', { name: '绑定孩子' }).tap();
    await page.getByLabel('绑定码').fill('ABCD2345');
    await page.getByRole('button', { name: '绑定', exact: true }).tap();
    const refused = (await errorNotice(page).textContent()) ?? '';
    expect(refused).toMatch(/^绑定码无效或已使用/);
    expect(refused).not.toMatch(english);
    // The two refusals above are the only failed requests.
    expect(problems.filter((line) => !/HTTP 400: POST .*\/auth\/dev-phone-login|status of 400/.test(line))).toEqual([]);
    await close();
  });

  it('the class teacher sees a too-long reason and a wrong pickup code in Chinese, and nothing is recorded', async () => {
    const { page, close } = await openPage(browser, phoneViewport);
    await page.goto(`${baseUrl()}/m/teacher`);
    await page
      .getByRole('button', { name: /城关第一实验小学/ })
      .first()
      .tap();
    await page.getByRole('heading', { name: /老师，您好/ }).waitFor();

    // 班级审核: a reason over 500 characters.
    const first = page.locator('article.ph-card', { has: page.getByRole('button', { name: '不通过', exact: true }) }).first();
    const child = (await first.getAttribute('aria-label')) ?? '';
    const item = page.getByRole('article', { name: child, exact: true });
    await item.getByRole('button', { name: '不通过', exact: true }).tap();
    await item.locator('textarea').fill('原'.repeat(501));
    await item.getByRole('button', { name: '确定不通过' }).tap();
    await expect.poll(() => page.locator('.ph-notice--error').first().textContent()).toBe('填写有误：不能超过 500 个字');
    await expect.poll(() => item.count()).toBe(1);

    // 放学交接: a code that belongs to nobody who may take the child.
    const release = page.locator('details.ph-release').first();
    await release.locator('summary').tap();
    const select = release.locator('select');
    await select.selectOption({ index: 1 });
    await release.getByLabel(/接送码/).fill('000000');
    await release.getByRole('button', { name: '核验并放行' }).tap();
    await expect.poll(() => release.locator('.ph-notice--error').textContent()).toBe('接送码不属于该学生的任何接送人：请不要放行');
    await close();
  });

  it('the parent’s leave form fits a 375 px phone in English and in Chinese (two date fields side by side)', async () => {
    const { page, expectNoProblems, close } = await openPage(browser, phoneViewport);
    await page.goto(`${baseUrl()}/m/parent?lang=en`);
    await page.getByLabel('Mobile number').fill('13800000002');
    await page.getByRole('button', { name: 'Sign in' }).tap();
    await page.getByRole('heading', { name: /Hello, 李先生/ }).waitFor();
    await page.locator('details.ph-care summary').first().tap();
    await page.getByLabel('To', { exact: true }).first().waitFor();
    const sideways = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(await sideways()).toBe(0);
    await page.getByRole('button', { name: '中文' }).tap();
    await page.getByLabel('结束日期').first().waitFor();
    expect(await sideways()).toBe(0);
    expectNoProblems();
    await close();
  });
});
