import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs, baseUrl, gotoRoute, launchBrowser, openPage, resultsDir, signIn } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const responseCount = async (page: Page) => Number(await page.getByTestId('figure-答卷数').textContent());

describe('public survey page', () => {
  it('lets a parent answer the open survey on a 360 px phone, and the results count the answer', async () => {
    const api = await apiAs('district');
    const { surveys } = await api<{ surveys: { nodes: { id: string; accessCode: string; title: string }[] } }>(
      '{ surveys(filter: { status: OPEN, kind: SATISFACTION }) { nodes { id accessCode title } } }',
    );
    const survey = surveys.nodes[0];

    const admin = await openPage(browser);
    await signIn(admin.page, /区教育局管理员/);
    await gotoRoute(admin.page, `/surveys/${survey.id}/results`);
    await admin.page.getByTestId('figure-答卷数').waitFor();
    const before = await responseCount(admin.page);
    expect(before).toBeGreaterThan(0);

    const phone = await openPage(browser, { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
    const authorizations: (string | undefined)[] = [];
    const operations: string[] = [];
    phone.page.on('request', (request) => {
      if (!request.url().endsWith('/graphql')) return;
      authorizations.push(request.headers().authorization);
      // The anonymous route, as deployed: the page asks the server for its respondent key before answering.
      operations.push(`${new URL(request.url()).pathname} ${JSON.parse(request.postData() ?? '{}').operationName}`);
    });
    await phone.page.goto(`${baseUrl()}/s/${survey.accessCode}`);
    await phone.page.getByRole('heading', { name: survey.title }).waitFor();
    expect(await phone.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

    // Submitting empty first: the summary lists what is missing and takes the focus.
    await phone.page.getByRole('button', { name: '提交' }).tap();
    const summary = phone.page.getByRole('alert').filter({ hasText: '需要填写' });
    await summary.waitFor();
    await expect.poll(() => phone.page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('alert');

    await phone.page.getByLabel('孩子就读的学校').selectOption({ label: '城关第一实验小学' });
    await phone.page.getByLabel(/孩子所在年级/).selectOption({ label: '3 年级' });
    await phone.page
      .getByRole('group', { name: /总体满意度/ })
      .getByRole('radio', { name: '非常满意' })
      .check();
    await phone.page
      .getByRole('group', { name: /安全管理/ })
      .getByRole('radio', { name: '满意', exact: true })
      .check();
    await phone.page
      .getByRole('group', { name: /最喜欢的课后活动/ })
      .getByRole('radio', { name: '科技' })
      .check();
    await phone.page
      .getByRole('group', { name: /希望增加/ })
      .getByRole('checkbox', { name: '延时托管' })
      .check();
    await phone.page.getByRole('button', { name: '提交' }).tap();
    await phone.page.getByRole('heading', { name: '提交成功' }).waitFor();
    await phone.page.screenshot({ path: join(resultsDir, 'public-survey-thanks.png') });
    expect(authorizations.length).toBeGreaterThanOrEqual(2);
    expect(authorizations.every((header) => header === undefined)).toBe(true);
    expect(operations).toEqual(['/public/graphql PublicSurvey', '/public/graphql IssueRespondentKey', '/public/graphql SubmitSurveyResponse']);
    phone.expectNoProblems();
    await phone.close();

    await admin.page.reload();
    await admin.page.getByTestId('figure-答卷数').waitFor();
    await expect.poll(() => responseCount(admin.page)).toBe(before + 1);
    await admin.page.screenshot({ path: join(resultsDir, 'survey-results.png'), fullPage: true });
    admin.expectNoProblems();
    await admin.close();
  });
});
