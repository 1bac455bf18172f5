import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gotoRoute, launchBrowser, openPage, signIn } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('pages that wait for a school, a term or a month say what to pick', () => {
  it('the district’s people lists ask for a school instead of showing loading rows for ever', async () => {
    const { page, expectNoProblems, close } = await openPage(browser);
    await signIn(page, /区教育局管理员/);
    for (const route of ['/students', '/staffMembers', '/schoolClasses', '/enrolmentApplications']) {
      await gotoRoute(page, route);
      await page.getByRole('heading', { name: '请选择学校' }).waitFor();
      expect(await page.locator('#main-content .MuiSkeleton-root').count(), route).toBe(0);
    }
    // Each money and rota page says what it shows once a school is picked (not the compliance page's words).
    for (const [route, hint] of [
      ['/stipends', '请选择学校和月份，查看该校的课时补助表。'],
      ['/disclosures', '请选择学校和学期，查看或发布该校的课后服务公示。'],
      ['/dutyRota', '请选择学校，查看和设置每个工作日的值班领导。'],
    ] as const) {
      await gotoRoute(page, route);
      await page.getByText(hint).waitFor();
      expect(await page.getByText('合规情况').count(), route).toBe(0);
    }
    expectNoProblems();
    await close();
  });

  it('the district’s bills before a school is picked: an empty list, no refused request, no error message, no page count', async () => {
    const { page, expectNoProblems, close } = await openPage(browser);
    await signIn(page, /区教育局管理员/);
    await gotoRoute(page, '/bills');
    await page.getByText('暂无账单').waitFor();
    await page.waitForLoadState('networkidle');
    expect(await page.getByText('输入有误').count()).toBe(0);
    expect(await page.getByText(/共 50 条/).count()).toBe(0);
    expectNoProblems();
    await close();
  });

  it('a school admin’s application queue asks for the term', async () => {
    const { page, expectNoProblems, close } = await openPage(browser);
    await signIn(page, /城关第一实验小学管理员/);
    await gotoRoute(page, '/enrolmentApplications');
    await page.getByRole('heading', { name: '请选择学期' }).waitFor();
    expect(await page.locator('#main-content .MuiSkeleton-root').count()).toBe(0);
    expectNoProblems();
    await close();
  });
});
