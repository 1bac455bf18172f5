import { readFileSync } from 'node:fs';
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

const finding = '周三未开设年级服务，一、二年级 16:30–17:30 无人看护';

describe('district supervision in the browser', () => {
  it('shows the compliance report’s rules and findings in English after the language switch', async () => {
    const { page, expectNoProblems, close } = await openPage(browser);
    await signIn(page, /区教育局管理员/);
    await page.getByRole('button', { name: /简体中文/ }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await gotoRoute(page, '/complianceOverview');
    const table = page.getByRole('table', { name: 'District compliance overview' });
    await table
      .getByRole('row', { name: /育才民办小学/ })
      .getByRole('link', { name: '育才民办小学' })
      .click();
    const rules = page.getByRole('table', { name: 'Rules and sources' });
    await rules.waitFor();
    // The rule's explanation and seed part from the catalogue, with the policy's values.
    await expect.poll(() => rules.getByTestId('rule-SHORT_DAY').textContent()).toMatch(/Part 2.*at least 120 minutes each service day/);
    await expect.poll(() => rules.getByTestId('rule-SEGMENT_MISSING').textContent()).toMatch(/Part 2.*three segments/);
    // The findings, worded from their codes and values (activity titles stay as typed).
    await page.getByText(/^Wednesday lacks grade service: arrange the three segments/).waitFor();
    const text = await page.locator('#main-content').innerText();
    expect(text).not.toMatch(/篇二|请按|没有课后服务|缺少/);
    await page.screenshot({ path: join(resultsDir, 'compliance-report-en.png'), fullPage: true });
    expectNoProblems();
    await close();
  });

  it('goes from the district overview to a non-compliant school, records an inspection; the school rectifies the finding', async () => {
    const district = await openPage(browser);
    const { page } = district;
    await signIn(page, /区教育局管理员/);
    await page.getByRole('menuitem', { name: '合规总览' }).click();
    const table = page.getByRole('table', { name: '全区合规总览' });
    await table.waitFor();
    const school = table.getByRole('row', { name: /育才民办小学/ });
    await school.getByText(/个问题/).waitFor();

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /导出 CSV/ }).click()]);
    const file = join(resultsDir, download.suggestedFilename());
    await download.saveAs(file);
    expect(readFileSync(file, 'utf8')).toMatch(/YC-004,育才民办小学,.*未达标/);
    // 导出 CSV keeps its label on one line at common widths (the pickers beside it never squeeze it).
    const exportButton = page.getByRole('button', { name: /导出 CSV/ });
    const oneLine = () => exportButton.evaluate((button) => button.getBoundingClientRect().height < 2 * Number.parseFloat(getComputedStyle(button).lineHeight));
    const before = page.viewportSize()!;
    for (const width of [900, 1024, 1280, 1366]) {
      await page.setViewportSize({ width, height: 800 });
      expect(await oneLine(), `at ${width} px`).toBe(true);
    }
    await page.setViewportSize(before);

    await school.getByRole('link', { name: '育才民办小学' }).click();
    const rules = page.getByRole('table', { name: '规则与依据' });
    await rules.waitFor();
    await expect.poll(() => rules.getByTestId('rule-SEGMENT_MISSING').textContent()).toMatch(/篇二.*三段.*1 个问题/);
    await page.screenshot({ path: join(resultsDir, 'supervision-report.png'), fullPage: true });

    await page.getByRole('link', { name: '记录督查' }).click();
    await page.getByLabel('姓名').first().fill('区督导室 陈督学');
    await page.getByLabel('督查得分').fill('70');
    await page.getByRole('button', { name: '添加' }).last().click();
    await page.getByLabel('问题').fill(finding);
    await page.getByLabel('等级').click();
    await page.getByRole('option', { name: '较重' }).click();
    await page.getByLabel('整改期限').fill('2027-01-15');
    await page.getByRole('button', { name: '保存' }).click();
    const row = page.getByRole('row', { name: new RegExp(finding) });
    await row.getByText('待整改').waitFor();
    const inspectionUrl = page.url();
    expect(inspectionUrl).toMatch(/#\/inspections\/isp_\w+\/show/);
    district.expectNoProblems();
    await district.close();

    const school4 = await openPage(browser);
    await signIn(school4.page, /育才民办小学管理员/);
    await gotoRoute(school4.page, inspectionUrl.slice(inspectionUrl.indexOf('#') + 1));
    const own = school4.page.getByRole('row', { name: new RegExp(finding) });
    await own.getByRole('button', { name: '记录整改' }).click();
    const dialog = school4.page.getByRole('dialog', { name: '记录整改情况' });
    await dialog.getByLabel('整改情况').fill('已安排年级服务：周三 16:30–17:30 开设科学探究，分管副校长值班');
    await dialog.getByRole('button', { name: '记录整改' }).click();
    await school4.page.getByText('整改情况已记录').waitFor();
    await own.getByText('已整改').waitFor();
    await own.getByText(/已安排年级服务/).waitFor();
    await school4.page.screenshot({ path: join(resultsDir, 'supervision-rectified.png'), fullPage: true });
    school4.expectNoProblems();
    await school4.close();
  });
});
