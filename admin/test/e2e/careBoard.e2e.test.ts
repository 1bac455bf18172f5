import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs, baseUrl, gotoRoute, launchBrowser, localDate, openPage, resultsDir, settler, signIn } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

type Api = Awaited<ReturnType<typeof apiAs>>;
const literally = (text: string) => new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
interface BoardCounts {
  serviceDay: boolean;
  taken: number;
  missing: number;
  openAlertCount: number;
  sessions: { activityId: string; rollCallState: string; activity: { title: string } | null }[];
  pickupSlots: { due: number; released: number; waiting: number }[];
}
const BOARD = `query($s: ID!, $d: Date!) { careBoard(schoolId: $s, date: $d) {
  serviceDay taken missing openAlertCount sessions { activityId rollCallState activity { title } } pickupSlots { due released waiting }
} }`;

/**
 * An untaken session of the school (the demo history covers the last month; today and older days are untaken): its
 * roll call with one child ABSENT raises an open alert, which the bell then counts.
 */
async function raiseAnAbsence(admin: Api, schoolId: string) {
  for (let offset = 0; offset < 90; offset++) {
    const date = localDate(-offset);
    const board = (await admin<{ careBoard: BoardCounts }>(BOARD, { s: schoolId, d: date })).careBoard;
    // A session title that is the only one of its day: the page is searched by it.
    const titles = board.sessions.map((session) => session.activity?.title);
    for (const session of board.sessions.filter((item) => item.rollCallState !== 'TAKEN' && titles.filter((t) => t === item.activity?.title).length === 1)) {
      const { rollCall } = await admin<{ rollCall: { marks: { studentId: string }[] } | null }>(
        'query($a: ID!, $d: Date!) { rollCall(activityId: $a, date: $d) { marks { studentId } } }',
        { a: session.activityId, d: date },
      );
      if (!rollCall || rollCall.marks.length === 0) continue;
      const marks = rollCall.marks.map((mark, index) => ({ studentId: mark.studentId, status: index === 0 ? 'ABSENT' : 'PRESENT' }));
      await admin('mutation($i: RecordRollCallInput!) { recordRollCall(input: $i) { id } }', {
        i: { activityId: session.activityId, date, marks, idempotencyKey: `careboard-e2e-${Date.now()}` },
      });
      return { date, title: session.activity!.title, activityId: session.activityId };
    }
  }
  throw new Error('No untaken session with children in the last 90 days');
}

describe('the today board in the browser (今日看护)', () => {
  it('a school admin sees the day’s board with the API’s counts, prints the daily sheet, and the bell counts the open alerts; the district clicks through', async () => {
    const admin = await apiAs('school-dh-003');
    const { viewer } = await admin<{ viewer: { schoolId: string } }>('{ viewer { schoolId } }');
    const { date, title } = await raiseAnAbsence(admin, viewer.schoolId);
    const expected = (await admin<{ careBoard: BoardCounts }>(BOARD, { s: viewer.schoolId, d: date })).careBoard;
    const { alerts } = await admin<{ alerts: { totalCount: number } }>('{ alerts(filter: { status: OPEN }, first: 1) { totalCount } }');
    expect(alerts.totalCount).toBeGreaterThan(0);
    expect(expected.openAlertCount).toBeGreaterThan(0);

    const school = await openPage(browser);
    const { page } = school;
    const settled = settler(page);
    await signIn(page, /东湖九年一贯制学校管理员/);
    const bell = page.getByRole('button', { name: '通知与预警' });
    await expect.poll(() => bell.getAttribute('data-count')).toBe(String(alerts.totalCount));
    expect(await bell.innerText()).toContain(String(alerts.totalCount));

    await page.getByRole('menuitem', { name: '今日看护' }).click();
    await gotoRoute(page, `/careBoard?date=${date}`);
    await settled();
    const sessions = page.getByRole('table', { name: '今日课程' });
    await sessions.waitFor();
    const count = (key: string) => page.locator(`[data-count="${key}"] h6`).innerText();
    expect(await count('sessions')).toBe(String(expected.sessions.length));
    expect(await count('taken')).toBe(String(expected.taken));
    expect(await count('open_alerts')).toBe(String(expected.openAlertCount));
    const due = expected.pickupSlots.reduce((sum, slot) => sum + slot.due, 0);
    expect(await count('due')).toBe(String(due));
    await sessions
      .getByRole('row', { name: literally(title) })
      .getByText('已点名')
      .waitFor();
    await page
      .getByText(literally(`未到「${title}」`))
      .first()
      .waitFor();
    await page.screenshot({ path: join(resultsDir, 'care-board-school.png'), fullPage: true });

    // The printable daily sheet: the heading names the school and the day; printed, only the sheet remains.
    await page.getByRole('link', { name: /打印日报/ }).click();
    await page.getByRole('heading', { level: 1, name: `东湖九年一贯制学校 · ${date} 课后服务日报` }).waitFor();
    await page.getByRole('table', { name: '今日课程' }).waitFor();
    await page.getByText('值班领导签字：').waitFor();
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('header.MuiAppBar-root').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: '打印' }).isVisible()).toBe(false);
    expect(await page.getByRole('heading', { level: 1 }).isVisible()).toBe(true);
    await page.pdf({ path: join(resultsDir, 'care-daily-sheet.pdf'), format: 'A4' });
    await page.emulateMedia({ media: 'screen' });

    // The bell lists what it counts: the open alerts link to the alerts list, filtered to the open ones.
    await bell.click();
    await page.getByRole('dialog', { name: '通知与预警' }).getByText(`待处理预警：${alerts.totalCount} 条`).click();
    await page
      .getByRole('table')
      .getByText(literally(`未到「${title}」`))
      .first()
      .waitFor();
    school.expectNoProblems();
    await school.close();

    // The district: one row per school with the same counts; a click opens the school's board.
    const district = await openPage(browser);
    const districtSettled = settler(district.page);
    await signIn(district.page, /区教育局管理员/);
    await gotoRoute(district.page, `/careBoard?date=${date}`);
    await districtSettled();
    const row = district.page.getByRole('table', { name: '全区今日看护' }).getByRole('row', { name: /东湖九年一贯制学校/ });
    const cells = await row.getByRole('cell').allInnerTexts();
    expect(cells.slice(1, 3)).toEqual([String(expected.sessions.length), String(expected.taken)]);
    await row.click();
    await district.page
      .getByRole('table', { name: '今日课程' })
      .getByRole('row', { name: literally(title) })
      .waitFor();
    await district.page.getByRole('button', { name: '返回全区汇总' }).waitFor();
    district.expectNoProblems();
    await district.close();
  });

  it('the teacher’s phone lists who is due at each pickup slot and who is still waiting, as the server counts them (360 px)', async () => {
    const admin = await apiAs('school-dh-003');
    const teacherApi = await apiAs('teacher-dh-003');
    const { viewer } = await teacherApi<{ viewer: { staffId: string; schoolId: string } }>('{ viewer { staffId schoolId } }');
    const { date, activityId } = await raiseAnAbsence(admin, viewer.schoolId);
    // The demo teacher becomes the session's person in charge: its children are on their list.
    const { activity } = await admin<{ activity: { version: number } }>('query($id: ID!) { activity(id: $id) { version } }', { id: activityId });
    await admin('mutation($id: ID!, $v: Int!, $s: ID) { updateActivity(id: $id, expectedVersion: $v, input: { staffId: $s }) { id } }', {
      id: activityId,
      v: activity.version,
      s: viewer.staffId,
    });
    const { careBoard } = await teacherApi<{
      careBoard: { pickupSlots: { time: string | null; due: number; released: number; waiting: number; absent: number }[] };
    }>('query($s: ID!, $d: Date!) { careBoard(schoolId: $s, date: $d) { pickupSlots { time due released waiting absent } } }', { s: viewer.schoolId, d: date });
    expect(careBoard.pickupSlots.length).toBeGreaterThan(0);
    expect(careBoard.pickupSlots.reduce((sum, slot) => sum + slot.absent, 0)).toBeGreaterThan(0);

    const teacher = await openPage(browser, { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
    await teacher.page.goto(`${baseUrl()}/m/teacher?date=${date}`);
    await teacher.page
      .getByRole('button', { name: /东湖九年一贯制学校/ })
      .first()
      .tap();
    const list = teacher.page.getByRole('region', { name: '放学名单' });
    for (const slot of careBoard.pickupSlots) {
      const card = list.getByRole('article', { name: `放学时段 ${slot.time ?? '未登记'}` });
      await card.getByText(`应接 ${slot.due} · 已接走 ${slot.released} · 待接 ${slot.waiting}`).waitFor();
      expect(await card.getByText('待接', { exact: true }).count()).toBe(slot.waiting);
      expect(await card.getByText('缺勤', { exact: true }).count()).toBe(slot.absent);
    }
    expect(await teacher.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await teacher.page.screenshot({ path: join(resultsDir, 'phone-teacher-pickup-list.png'), fullPage: true });
    teacher.expectNoProblems();
    await teacher.close();
  });
});
