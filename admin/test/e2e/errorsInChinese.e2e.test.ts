import { join } from 'node:path';
import type { Browser, Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs, baseUrl, gotoRoute, launchBrowser, openPage, resultsDir, signIn } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** English a user could read: two English words in a row (codes such as CG-001 are fine), or a message key. */
const ENGLISH = /[A-Za-z]{2,}[\s,;:]+[A-Za-z]{2,}|\b(?:app|resources|ra)\.[a-z_]+\.[\w.]+/;

const textOf = (target: Locator) => target.innerText();

describe('refusals read in Chinese, never in the server’s English', () => {
  it('words a duplicate school code next to the input, naming the code', async () => {
    const { page, expectNoProblems, close } = await openPage(browser);
    await signIn(page, /区教育局管理员/);
    await gotoRoute(page, '/schools/create');
    await page.getByLabel('学校名称').fill('重复代码小学');
    await page.getByLabel('学校代码').fill('CG-001');
    await page.getByLabel(/^姓名/).fill('周校长');
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByText('学校代码 CG-001 已被其他学校使用').waitFor();
    const main = page.locator('#main-content');
    expect(await textOf(main)).not.toMatch(ENGLISH);
    // react-admin's own notice of a form with field errors, in Chinese too.
    expect(await textOf(page.locator('.MuiSnackbar-root'))).not.toMatch(ENGLISH);
    await page.screenshot({ path: join(resultsDir, 'error-duplicate-code.png'), fullPage: true });
    expectNoProblems();
    await close();
  });

  it('words a CSV import row that repeats an existing code', async () => {
    const { page, expectNoProblems, close } = await openPage(browser);
    await signIn(page, /区教育局管理员/);
    await gotoRoute(page, '/schools');
    await page.getByRole('button', { name: '导入' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('选择 CSV 文件').setInputFiles({
      name: 'schools.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('学校名称,学校代码,学校类型,办学性质,服务年级\n重复小学,CG-001,小学,公办,1-6\n新建小学,E2E-ERR-1,小学,公办,1-6\n', 'utf8'),
    });
    const table = dialog.getByRole('table', { name: '检查结果' });
    await table.getByText('学校代码：学校代码 CG-001 已被其他学校使用').waitFor();
    expect(await textOf(dialog)).not.toMatch(ENGLISH);
    await dialog.screenshot({ path: join(resultsDir, 'error-csv-import.png') });
    expectNoProblems();
    await close();
  });

  it('words a refused deletion with its reason', async () => {
    const api = await apiAs('district');
    const { schools } = await api<{ schools: { nodes: { id: string; code: string }[] } }>('{ schools(first: 20) { nodes { id code } } }');
    const school = schools.nodes.find((s) => s.code === 'CG-002')!;
    const { page, expectNoProblems, close } = await openPage(browser);
    await signIn(page, /区教育局管理员/);
    await gotoRoute(page, `/schools/${school.id}`);
    await page.getByRole('button', { name: '删除' }).click();
    const confirm = page.getByRole('dialog');
    if (await confirm.isVisible().catch(() => false)) await confirm.getByRole('button', { name: /确认|删除/ }).click();
    const notice = page.locator('.MuiSnackbar-root').filter({ hasText: '依赖' });
    await notice.waitFor({ timeout: 20_000 });
    expect(await notice.innerText()).toContain('仍有其他记录依赖它');
    expect(await notice.innerText()).not.toMatch(ENGLISH);
    await page.screenshot({ path: join(resultsDir, 'error-refused-delete.png'), fullPage: true });
    expectNoProblems();
    await close();
  });

  it('tells a parent opening the link of a survey not yet published that it is not open yet', async () => {
    const api = await apiAs('district');
    const { surveys } = await api<{ surveys: { nodes: { status: string; accessCode: string }[] } }>('{ surveys(first: 20) { nodes { status accessCode } } }');
    const draft = surveys.nodes.find((survey) => survey.status === 'DRAFT')!;
    const { page, close } = await openPage(browser, { viewport: { width: 375, height: 740 } });
    await page.goto(`${baseUrl()}/s/${draft.accessCode}`);
    await page.getByRole('heading', { name: '问卷尚未开放' }).waitFor();
    expect(await page.getByText('没有找到这份问卷').count()).toBe(0);
    await page.screenshot({ path: join(resultsDir, 'public-survey-not-open.png'), fullPage: true });
    await close();
  });
});
