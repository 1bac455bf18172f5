import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs, gotoRoute, launchBrowser, openPage, resultsDir, signIn } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** What a trail must never show: API field names, enum values, ids, JSON, ISO dates. */
const RAW =
  /accessCode|\bintro\b|schoolKey|schoolIds|openedBy|\bkind\b|\bscope\b|DEMAND|DISTRICT|DRAFT|LOW_EVALUATION|SPOT_CHECK|[{}[\]"]|\b(?:sch|prv|pex|srv|evl|con|act|trm)_[a-z2-7]{20}\b|\d{4}-\d{2}-\d{2}/;

async function trailOf(page: Page) {
  const trail = page.getByRole('region', { name: '操作记录' });
  await trail.getByTestId('audit-entry').first().waitFor();
  // References resolve their names with the reader's rights: wait until none is loading.
  await expect.poll(() => trail.locator('.MuiSkeleton-root').count()).toBe(0);
  return trail;
}

describe('the audit trail (操作记录) reads as sentences in Chinese', () => {
  it('names fields, enum values and dates in Chinese, never raw keys or JSON (a new survey)', async () => {
    const api = await apiAs('district');
    const { surveys } = await api<{ surveys: { nodes: { id: string; title: string; status: string }[] } }>(
      '{ surveys(first: 20) { nodes { id title status } } }',
    );
    const draft = surveys.nodes.find((survey) => survey.status === 'DRAFT')!;
    const { page, expectNoProblems, close } = await openPage(browser);
    await signIn(page, /区教育局管理员/);
    await gotoRoute(page, `/surveys/${draft.id}/show`);
    const trail = await trailOf(page);
    const text = await trail.innerText();
    expect(text).toContain(`新建问卷 ${draft.title}`);
    for (const line of ['问卷类型：需求征询', '调查范围：全区', '状态：草稿', '说明：', '访问码：']) expect(text).toContain(line);
    expect(text).toMatch(/题目：\d+ 项/);
    expect(text).toMatch(/\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2} · 区教育局管理员|演示数据/);
    expect(text).not.toMatch(RAW);
    await trail.screenshot({ path: join(resultsDir, 'audit-trail-survey.png') });
    expectNoProblems();
    await close();
  });

  it('links the records an event names, by name, and says who acted (an exit case and its provider)', async () => {
    const api = await apiAs('district');
    const { providers } = await api<{ providers: { nodes: { id: string; name: string }[] } }>('{ providers(first: 50) { nodes { id name } } }');
    const provider = providers.nodes.find((p) => p.name === '墨香书法艺术工作室')!;
    const { page, expectNoProblems, close } = await openPage(browser);
    await signIn(page, /区教育局管理员/);
    await gotoRoute(page, `/providers/${provider.id}/show/audit`);
    const trail = await trailOf(page);
    // The evaluation that opened the case: the school by name, as a link to it; the case opened by the system.
    const evaluated = trail.getByTestId('audit-entry').filter({ hasText: '收到评价' }).first();
    await evaluated.getByRole('link').first().waitFor();
    expect(await evaluated.innerText()).toMatch(/学校|中学|小学/);
    expect(await evaluated.innerText()).toMatch(/随机抽查|阶段性考核|展示汇报|定期质量评估/);
    const opened = trail.getByTestId('audit-entry').filter({ hasText: '发起有序退出' }).first();
    expect(await opened.getByRole('link', { name: '墨香书法艺术工作室' }).count()).toBe(1);
    expect(await opened.innerText()).toContain('系统自动');
    const text = await trail.innerText();
    expect(text).not.toMatch(RAW);
    await page.screenshot({ path: join(resultsDir, 'audit-trail-provider.png'), fullPage: true });

    // The case's own trail: who opened it (the automatic check), the provider as a link, dates in one format.
    await opened.getByRole('link', { name: '墨香书法艺术工作室' }).click();
    await page.waitForURL(/providerExits\/pex_/);
    await page
      .getByRole('region', { name: '操作记录' })
      .getByText(/发起人/)
      .waitFor();
    const caseTrail = await trailOf(page);
    const caseText = await caseTrail.innerText();
    expect(caseText).toContain('发起人：系统自动');
    expect(caseText).toMatch(/发起 墨香书法艺术工作室 有序退出（评价低于分数线）/);
    expect(caseText).not.toMatch(RAW);
    await caseTrail.screenshot({ path: join(resultsDir, 'audit-trail-exit.png') });
    expectNoProblems();
    await close();
  });

  it('names the records of another page’s trail by their own names (an inspection’s school and term)', async () => {
    const api = await apiAs('district');
    const { inspections } = await api<{ inspections: { nodes: { id: string; school: { name: string } }[] } }>(
      '{ inspections(first: 5) { nodes { id school { name } } } }',
    );
    const inspection = inspections.nodes[0];
    const { page, expectNoProblems, close } = await openPage(browser);
    await signIn(page, /区教育局管理员/);
    await gotoRoute(page, `/inspections/${inspection.id}/show`);
    const trail = await trailOf(page);
    const recorded = trail.getByTestId('audit-entry').filter({ hasText: '记录督查' }).first();
    expect(await recorded.innerText()).toMatch(/记录督查 \d{4}年\d{1,2}月\d{1,2}日：\d+ 项问题，得分 \d+/);
    expect(await recorded.getByRole('link', { name: inspection.school.name }).count()).toBe(1);
    // The term is named as a term (学年 + 学期), not read from the inspection the page shows.
    expect(await recorded.innerText()).toMatch(/学期：\s*\d{4}-\d{4} 第[一二]学期/);
    const text = await trail.innerText();
    expect(text).not.toMatch(/undefined|app\.enums|resources\./);
    expect(text).not.toMatch(RAW);
    await trail.screenshot({ path: join(resultsDir, 'audit-trail-inspection.png') });
    expectNoProblems();
    await close();
  });

  it('reads in English after the language switch, with the same records linked', async () => {
    const api = await apiAs('district');
    const { surveys } = await api<{ surveys: { nodes: { id: string; status: string }[] } }>('{ surveys(first: 20) { nodes { id status } } }');
    const draft = surveys.nodes.find((survey) => survey.status === 'DRAFT')!;
    const { page, expectNoProblems, close } = await openPage(browser);
    await signIn(page, /区教育局管理员/);
    await gotoRoute(page, `/surveys/${draft.id}/show`);
    await trailOf(page);
    await page.getByRole('button', { name: /简体中文/ }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    const trail = page.getByRole('region', { name: 'History' });
    await trail.getByText(/Created survey/).waitFor();
    const text = await trail.innerText();
    expect(text).toContain('Kind: Demand form');
    expect(text).toMatch(/[A-Z][a-z]+ \d{1,2}, \d{4}/);
    expect(text).not.toMatch(RAW);
    expectNoProblems();
    await close();
  });
});
