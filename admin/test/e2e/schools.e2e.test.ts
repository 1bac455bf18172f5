import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs, gotoRoute, launchBrowser, openPage, resultsDir, signIn } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('schools in the browser', () => {
  it('lets the district admin create a school, find it in the list and export the list as CSV', async () => {
    const { page, expectNoProblems, close } = await openPage(browser);
    await signIn(page, /区教育局管理员/);
    await gotoRoute(page, '/schools/create');
    await page.getByLabel('学校名称').fill('城北实验小学');
    await page.getByLabel('学校代码').fill('E2E-101');
    await page.getByLabel(/^姓名/).fill('周校长');
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByRole('tab', { name: '基本信息' }).waitFor();
    await expect.poll(() => page.url()).toMatch(/#\/schools\/sch_\w+\/show/);

    await gotoRoute(page, '/schools');
    const row = page.getByRole('row', { name: /城北实验小学/ });
    await row.waitFor();
    expect(await row.textContent()).toContain('E2E-101');

    // 导出 is the CSV helper's list action (csv/CsvExportButton).
    const exportButton = page.getByRole('button', { name: '导出' });
    const [download] = await Promise.all([page.waitForEvent('download'), exportButton.click()]);
    const file = join(resultsDir, download.suggestedFilename());
    await download.saveAs(file);
    const csv = readFileSync(file, 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toContain('城北实验小学');
    expect(csv).toContain('E2E-101');
    expectNoProblems();
    await close();
  });

  it('shows a school admin their own school only; another school’s page is not shown', async () => {
    const api = await apiAs('district');
    const { schools } = await api<{ schools: { nodes: { id: string; name: string }[] } }>('{ schools(first: 100) { nodes { id name } } }');
    const other = schools.nodes.find((school) => school.name === '城关第二中学');
    expect(other).toBeDefined();

    const { page, problems, close } = await openPage(browser);
    await signIn(page, /城关第一实验小学管理员/);
    await gotoRoute(page, '/schools');
    await page.getByRole('row', { name: /城关第一实验小学/ }).waitFor();
    const rows = page.locator('tbody tr');
    expect(await rows.count()).toBe(1);
    expect(await page.getByText('城关第二中学').count()).toBe(0);

    await gotoRoute(page, `/schools/${other!.id}/show`);
    // The API refuses (FORBIDDEN): react-admin says so and goes back; the other school's data never shows.
    await page
      .getByText(/无权|不存在/)
      .first()
      .waitFor();
    await page.waitForTimeout(500);
    expect(await page.getByText('城关第二中学').count()).toBe(0);
    expect(problems).toEqual([]);
    await close();
  });
});
