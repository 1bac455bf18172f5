import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs, gotoRoute, launchBrowser, openPage, resultsDir, settler, signIn } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const phoneDir = join(resultsDir, 'phone-360');
mkdirSync(phoneDir, { recursive: true });

/** Every page of the console a district admin opens, by a file name for its screenshot. */
async function districtPages(): Promise<[string, string][]> {
  const api = await apiAs('district');
  const d = await api<Record<string, { nodes: { id: string; status?: string; name?: string; terms?: { nodes: { id: string }[] } }[] }>>(`{
    schools(first: 1) { nodes { id terms(first: 1) { nodes { id } } } } activities(first: 1) { nodes { id } } providers(first: 1) { nodes { id } }
    contracts(first: 1) { nodes { id } } evaluations(first: 1) { nodes { id } } providerExits(first: 1) { nodes { id } } surveys(first: 5) { nodes { id status } }
    inspections(first: 1) { nodes { id } } }`);
  const school = d.schools.nodes[0];
  const term = school.terms!.nodes[0];
  const survey = d.surveys.nodes.find((s) => s.status !== 'DRAFT')!;
  const pick = `schoolId=${school.id}&termId=${term.id}`;
  return [
    ['dashboard', '/'],
    ['schools', '/schools'],
    ['school-show', `/schools/${school.id}/show`],
    ['school-create', '/schools/create'],
    ['school-edit', `/schools/${school.id}`],
    ['terms', '/terms'],
    ['term-show', `/terms/${term.id}/show`],
    ['term-create', '/terms/create'],
    ['timetable', `/timetable?${pick}`],
    ['activities', '/activities'],
    ['activity-show', `/activities/${d.activities.nodes[0].id}/show`],
    ['activity-create', '/activities/create'],
    ['compliance', `/compliance?${pick}`],
    ['compliance-overview', '/complianceOverview'],
    ['inspections', '/inspections'],
    ['inspection-show', `/inspections/${d.inspections.nodes[0].id}/show`],
    ['inspection-create', '/inspections/create'],
    ['providers', '/providers'],
    ['provider-show', `/providers/${d.providers.nodes[0].id}/show`],
    ['provider-create', '/providers/create'],
    ['contracts', '/contracts'],
    ['contract-show', `/contracts/${d.contracts.nodes[0].id}/show`],
    ['evaluations', '/evaluations'],
    ['evaluation-show', `/evaluations/${d.evaluations.nodes[0].id}/show`],
    ['exits', '/providerExits'],
    ['exit-show', `/providerExits/${d.providerExits.nodes[0].id}/show`],
    ['surveys', '/surveys'],
    ['survey-show', `/surveys/${survey.id}/show`],
    ['survey-create', '/surveys/create'],
    ['survey-results', `/surveys/${survey.id}/results`],
    ['policy', '/policy'],
    ['care-board', '/careBoard'],
    ['alerts', '/alerts'],
    ['care-logs', '/careLogs'],
  ];
}

/** The page fits the screen: nothing wider than the viewport, so it never scrolls sideways. */
async function expectNoSidewaysScroll(page: Page, name: string) {
  const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
  expect(widths.scroll, `${name} scrolls sideways`).toBeLessThanOrEqual(widths.client);
}

describe('the console on a phone (360 px)', () => {
  it('collapses the menu behind the menu button and opens it grouped by task', async () => {
    const { page, expectNoProblems, close } = await openPage(browser, { viewport: { width: 360, height: 780 } });
    await signIn(page, /区教育局管理员/);
    expect(await page.getByRole('menuitem', { name: '学校' }).isVisible()).toBe(false);
    await page
      .getByRole('button', { name: /打开菜单|菜单|menu/i })
      .first()
      .click();
    await page.getByRole('menuitem', { name: '学校' }).waitFor();
    for (const group of ['日常', '排片与合规', '校外机构', '问卷', '设置']) expect(await page.getByText(group, { exact: true }).count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(phoneDir, 'menu-open.png') });
    await page.getByRole('menuitem', { name: '活动' }).click();
    // The menu closes on a phone once a page is chosen; the list shows cards, not a table.
    await page.waitForURL(/#\/activities/);
    await expect.poll(() => page.getByRole('menuitem', { name: '学校' }).isVisible()).toBe(false);
    await page.locator('.list-cards li').first().waitFor();
    expect(await page.locator('table').count()).toBe(0);
    expectNoProblems();
    await close();
  });

  it('shows the timetable one day at a time', async () => {
    const { page, close } = await openPage(browser, { viewport: { width: 360, height: 780 } });
    await signIn(page, /城关第一实验小学管理员/);
    await gotoRoute(page, '/timetable');
    await page.getByRole('tab', { name: '周三' }).click();
    await expect.poll(() => page.locator('.timetable-card').count()).toBeGreaterThan(0);
    expect(await page.locator('table.timetable').count()).toBe(0);
    await expectNoSidewaysScroll(page, 'timetable');
    await close();
  });

  it('fits every page at 360 px without sideways scrolling (screenshots of each)', async () => {
    const { page, expectNoProblems, close } = await openPage(browser, { viewport: { width: 360, height: 780 } });
    const settle = settler(page);
    await signIn(page, /区教育局管理员/);
    for (const [name, route] of await districtPages()) {
      await gotoRoute(page, route);
      await settle();
      await expectNoSidewaysScroll(page, name);
      await page.screenshot({ path: join(phoneDir, `${name}.png`), fullPage: true });
    }
    expectNoProblems();
    await close();
  }, 300_000);

  it('fits a school admin’s daily pages at 360 and 414 px', async () => {
    for (const width of [360, 414]) {
      const { page, expectNoProblems, close } = await openPage(browser, { viewport: { width, height: 800 } });
      const settle = settler(page);
      await signIn(page, /城关第一实验小学管理员/);
      for (const [name, route] of [
        ['school-dashboard', '/'],
        ['school-surveys', '/surveys'],
        ['school-exits', '/providerExits'],
        ['school-contracts', '/contracts'],
      ]) {
        await gotoRoute(page, route);
        await settle();
        await expectNoSidewaysScroll(page, `${name} at ${width}`);
        if (width === 360) await page.screenshot({ path: join(phoneDir, `${name}.png`), fullPage: true });
      }
      expectNoProblems();
      await close();
    }
  }, 120_000);
});
