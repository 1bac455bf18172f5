import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs, baseUrl, gotoRoute, launchBrowser, openPage, resultsDir, signIn } from './browser';

const OCTOBER_DAYS = ['2026-10-20', '2026-10-21'];

type Session = { activityId: string; recorded: boolean; marks: { studentId: string; status: string }[]; activity: { schoolId: string } | null };

/**
 * October's sessions for the sheet (the demo's roll calls are the last 30 days before today, so October may have
 * none): the school admin takes the roll call of two days' sessions through the API, as a teacher would on the phone.
 */
async function octoberRollCalls(api: Awaited<ReturnType<typeof apiAs>>): Promise<string> {
  let schoolId = '';
  for (const date of OCTOBER_DAYS) {
    const { careSessions } = await api<{ careSessions: Session[] }>(
      'query($d: Date!) { careSessions(date: $d) { activityId recorded marks { studentId status } activity { schoolId } } }',
      { d: date },
    );
    schoolId ||= careSessions[0]?.activity?.schoolId ?? '';
    for (const session of careSessions.filter((s) => !s.recorded).slice(0, 3)) {
      await api('mutation($i: RecordRollCallInput!) { recordRollCall(input: $i) { id } }', {
        i: {
          activityId: session.activityId,
          date,
          // Children on leave are left out: the API marks them LEAVE.
          marks: session.marks.filter(({ status }) => status !== 'LEAVE').map(({ studentId, status }) => ({ studentId, status })),
          idempotencyKey: `e2e-money-${session.activityId}-${date}`,
        },
      });
    }
  }
  expect(schoolId).toMatch(/^sch_/);
  return schoolId;
}

/** The downloaded workbook's first sheet, row by row (cell values, 1-based columns dropped to 0-based). */
async function readXlsx(file: string) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheet = workbook.worksheets[0]!;
  const rows: unknown[][] = [];
  sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return { sheet, rows };
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('money in the browser', () => {
  it('a school admin confirms October’s stipend sheet, exports it (CSV and .xlsx, read back), publishes the disclosure; the public link renders at 360 px without signing in', async () => {
    const api = await apiAs('school-yc-004');
    const schoolId = await octoberRollCalls(api);
    const admin = await openPage(browser);
    const { page } = admin;
    await signIn(page, /育才民办小学管理员/);
    await page.getByRole('menuitem', { name: '课时补助' }).click();
    await page.getByLabel('月份').fill('2026-10');
    await page.getByText(/^合计 [\d.]+ 元$/).waitFor();
    await page
      .getByRole('cell', { name: /^[\d.]+$/ })
      .first()
      .waitFor();

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出 CSV' }).click()]);
    const file = join(resultsDir, download.suggestedFilename());
    await download.saveAs(file);
    const csv = readFileSync(file, 'utf8');
    expect(csv).toMatch(/^\uFEFF?姓名,课次,课时,标准（元\/课时）,金额（元）,说明/);
    expect(csv).toMatch(/合计,,,,[\d.]+,/);

    await page.getByRole('button', { name: '确认并锁定' }).click();
    await page.getByText('补助表已确认并锁定；之后的更正以调整行记录').waitFor();
    await page.getByText('已确认', { exact: true }).waitFor();
    expect(await page.getByRole('button', { name: '确认并锁定' }).count()).toBe(0);

    // The locked sheet as .xlsx: Chinese headers, money as numbers, and a totals row equal to the API's total.
    const [workbook] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出 Excel' }).click()]);
    expect(workbook.suggestedFilename()).toMatch(/^课时补助表-2026-10-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const xlsxFile = join(resultsDir, workbook.suggestedFilename());
    await workbook.saveAs(xlsxFile);
    const { sheet, rows } = await readXlsx(xlsxFile);
    const { stipendSheet } = await api<{ stipendSheet: { status: string; total: number; rows: { amount: number }[] } }>(
      'query($s: ID!, $m: String!) { stipendSheet(schoolId: $s, month: $m) { status total rows { amount } } }',
      { s: schoolId, m: '2026-10' },
    );
    expect(stipendSheet.status).toBe('CONFIRMED');
    expect(stipendSheet.rows.length).toBeGreaterThan(0);
    expect(stipendSheet.total).toBeGreaterThan(0);
    expect(rows[0]).toEqual(['姓名', '课次', '课时', '标准（元/课时）', '金额（元）', '说明']);
    expect(rows).toHaveLength(stipendSheet.rows.length + 2);
    expect(rows.slice(1, -1).map((row) => row[4])).toEqual(stipendSheet.rows.map((row) => row.amount));
    expect(rows.at(-1)).toEqual(['合计', undefined, undefined, undefined, stipendSheet.total]);
    expect(sheet.getCell(`E${rows.length}`).numFmt).toBe('0.00');

    await page.getByRole('menuitem', { name: '公示' }).click();
    await page.getByRole('button', { name: '发布公示' }).click();
    await page.getByText('公示已发布').waitFor();
    const link = page.getByRole('table').getByRole('link').first();
    const code = (await link.textContent())!.trim();
    expect(code).toMatch(/^[a-z2-7]{12}$/);
    await page.screenshot({ path: join(resultsDir, 'money-disclosures.png'), fullPage: true });
    // The publication time in the console's language: Chinese order, then English after the switch.
    const publishedAt = () => page.getByRole('table').getByRole('row').nth(1).getByRole('cell').first().textContent();
    expect(await publishedAt()).toMatch(/^\d{4}\/\d{1,2}\/\d{1,2} \d{1,2}:\d{2}:\d{2}$/);
    await page.getByRole('button', { name: /简体中文/ }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await page.getByRole('button', { name: 'Publish disclosure' }).waitFor();
    await expect.poll(publishedAt).toMatch(/^\d{1,2}\/\d{1,2}\/\d{4}, \d{1,2}:\d{2}:\d{2} [AP]M$/);
    admin.expectNoProblems();
    await admin.close();

    const phone = await openPage(browser, { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
    const authorizations: (string | undefined)[] = [];
    phone.page.on('request', (request) => {
      if (request.url().endsWith('/graphql')) authorizations.push(request.headers().authorization);
    });
    await phone.page.goto(`${baseUrl()}/p/${code}`);
    await phone.page.getByRole('heading', { level: 1, name: '育才民办小学课后服务公示' }).waitFor();
    await phone.page.getByRole('heading', { name: '收费标准' }).waitFor();
    await phone.page.getByRole('heading', { name: '经费使用' }).waitFor();
    expect(await phone.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    expect(authorizations.length).toBeGreaterThan(0);
    expect(authorizations.every((header) => header === undefined)).toBe(true);
    await phone.page.screenshot({ path: join(resultsDir, 'money-public-disclosure-360.png'), fullPage: true });
    phone.expectNoProblems();
    await phone.close();
  });

  it('the district confirms a provider’s statement of a month (确认并锁定) and exports it as .xlsx matching the API', async () => {
    const district = await apiAs('district');
    // The demo's roll calls are the 30 days before today: the month of 15 days ago has the provider-run sessions.
    const month = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date(Date.now() - 15 * 86_400_000)).slice(0, 7);
    const statementOf = async (providerId: string) =>
      (
        await district<{ providerStatement: { status: string; total: number; lines: { amount: number }[] } }>(
          'query($p: ID!, $m: String!) { providerStatement(providerId: $p, month: $m) { status total lines { amount } } }',
          { p: providerId, m: month },
        )
      ).providerStatement;
    const { providers } = await district<{ providers: { nodes: { id: string }[] } }>('{ providers(first: 50) { nodes { id } } }');
    let providerId = '';
    for (const { id } of providers.nodes) if (!providerId && (await statementOf(id)).lines.length > 0) providerId = id;
    expect(providerId).not.toBe('');
    const draft = await statementOf(providerId);
    expect(draft.status).toBe('DRAFT');

    const admin = await openPage(browser);
    const { page } = admin;
    await signIn(page, /区教育局管理员/);
    await gotoRoute(page, `/providerStatements?providerId=${providerId}&month=${month}`);
    await page.getByText(`合计 ${draft.total.toFixed(2)} 元`).waitFor();
    await page.getByRole('button', { name: '确认并锁定' }).click();
    await page.getByText('对账单已确认并锁定；之后的更正以调整行记录').waitFor();
    await page.getByText('已确认', { exact: true }).waitFor();
    expect((await statementOf(providerId)).status).toBe('CONFIRMED');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出 Excel' }).click()]);
    const file = join(resultsDir, download.suggestedFilename());
    await download.saveAs(file);
    const { rows } = await readXlsx(file);
    expect(rows[0]).toEqual(['学校', '协议', '课次', '课时', '单价（元/课时）', '金额（元）', '说明']);
    expect(rows).toHaveLength(draft.lines.length + 2);
    expect(rows.at(-1)).toEqual(['合计', undefined, undefined, undefined, undefined, draft.total]);
    // Schools and contracts by name, not by id.
    expect(rows.slice(1, -1).every((row) => !String(row[0]).startsWith('sch_') && !String(row[1]).startsWith('con_'))).toBe(true);
    await page.screenshot({ path: join(resultsDir, 'money-provider-statement.png'), fullPage: true });
    admin.expectNoProblems();
    await admin.close();
  });
});
