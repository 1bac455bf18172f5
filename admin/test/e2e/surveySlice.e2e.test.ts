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

/** Counts the console's GraphQL requests by operation name (to prove a refusal is asked once, not retried). */
function countOperations(page: Page) {
  const counts = new Map<string, number>();
  page.on('request', (request) => {
    if (!request.url().endsWith('/graphql') || request.method() !== 'POST') return;
    const name = /(?:query|mutation)\s+(\w+)/.exec(String(request.postDataJSON()?.query ?? ''))?.[1] ?? '?';
    counts.set(name, (counts.get(name) ?? 0) + 1);
  });
  return counts;
}

describe('a school admin and the district’s surveys', () => {
  it('reads their school’s slice of the district survey from the dashboard and the survey list', async () => {
    const { page, expectNoProblems, close } = await openPage(browser);
    const operations = countOperations(page);
    await signIn(page, /城关第一实验小学管理员/);
    const satisfaction = page.getByRole('region', { name: '各校满意度' });
    await satisfaction.getByRole('link', { name: '查看问卷结果' }).click();
    await page.getByTestId('slice-notice').waitFor();
    expect(await page.getByTestId('slice-notice').innerText()).toContain('只统计填写时选择贵校的答卷');
    // The slice's own figures: a count, a rate, no other school and no grouping by school.
    expect(await page.getByTestId('figure-答卷数').innerText()).toMatch(/^\d{1,3}(,\d{3})*$/);
    expect(await page.getByText('东湖九年一贯制学校').count()).toBe(0);
    expect(await page.getByRole('region', { name: '分组统计' }).count()).toBe(0);
    expect(operations.get('SurveyResults')).toBeGreaterThanOrEqual(1);
    await page.screenshot({ path: join(resultsDir, 'survey-school-slice.png'), fullPage: true });

    await gotoRoute(page, '/surveys');
    await page.getByRole('tab', { name: '全区问卷（本校部分）' }).click();
    await page.getByRole('row', { name: /2026-2027 学年第一学期课后服务满意度调查/ }).waitFor();
    // Drafts of the district stay the district's.
    expect(await page.getByText('需求征询单').count()).toBe(0);
    expectNoProblems();
    await close();
  });

  it('says at once that a survey is not theirs: a refusal is asked once, never retried', async () => {
    const api = await apiAs('district');
    const { surveys } = await api<{ surveys: { nodes: { id: string; status: string }[] } }>('{ surveys(first: 20) { nodes { id status } } }');
    const draft = surveys.nodes.find((survey) => survey.status === 'DRAFT')!;
    const { page, close } = await openPage(browser);
    const operations = countOperations(page);
    await signIn(page, /城关第一实验小学管理员/);
    await gotoRoute(page, `/surveys/${draft.id}/results`);
    await page.getByText('无法加载结果，请稍后再试。').waitFor();
    // Give a retry every chance to happen before counting.
    await page.waitForLoadState('networkidle');
    expect(operations.get('Survey')).toBe(1);
    await close();
  });
});
