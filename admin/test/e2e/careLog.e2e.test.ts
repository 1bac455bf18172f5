import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs, baseUrl, launchBrowser, localDate, openPage, resultsDir } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const phoneViewport = { viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true };

type Api = Awaited<ReturnType<typeof apiAs>>;

/** The demo school and its latest service day up to today (today on a school day; the seeded history otherwise). */
async function serviceDay(leader: Api) {
  const { viewer } = await leader<{ viewer: { schoolId: string } }>('{ viewer { schoolId } }');
  for (let offset = 0; offset < 30; offset++) {
    const date = localDate(-offset);
    const { careBoard } = await leader<{ careBoard: { serviceDay: boolean } }>(
      'query($s: ID!, $d: Date!) { careBoard(schoolId: $s, date: $d) { serviceDay } }',
      { s: viewer.schoolId, d: date },
    );
    if (careBoard.serviceDay) return { schoolId: viewer.schoolId, date };
  }
  throw new Error('the demo school has no service day in the last month');
}

/** The duty leader of the demo school signs in on the teacher phone page and opens the care log of `date`. */
async function openCareLog(page: Page, date: string) {
  await page.goto(`${baseUrl()}/m/teacher?date=${date}`);
  await page.getByRole('button', { name: /城关第一实验小学 值班领导/ }).tap();
  const section = page.getByRole('region', { name: '看护日志' });
  await section.getByLabel('当日概况').waitFor();
  return section;
}

const sideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe('the duty leader’s care log on the teacher phone page (看护日志)', () => {
  it('is written at 375 px with one incident, kept across a reload, and a stale save is refused in words and reloaded', async () => {
    const leader = await apiAs('leader-cg-001');
    const { schoolId, date } = await serviceDay(leader);

    const first = await openPage(browser, phoneViewport);
    const log = await openCareLog(first.page, date);
    await log.getByRole('button', { name: '添加事项' }).tap();
    const incident = log.getByRole('group', { name: '事项 1' });
    // A new row is not saved half-filled: the page names the row and what is missing.
    await incident.getByLabel('时间').fill('17:40');
    await log.getByLabel('当日概况').fill('今日看护秩序良好，全部学生按时接走。');
    await log.getByRole('button', { name: '保存看护日志' }).tap();
    await expect.poll(() => log.getByRole('alert').textContent()).toBe('事项 1：请填写经过和处理措施');
    await incident.getByLabel('类别').selectOption({ label: '接送延误' });
    await incident.getByLabel('经过').fill('一名家长晚到二十分钟');
    await incident.getByLabel('处理措施').fill('值班领导陪同等候并电话联系家长');
    expect(await sideways(first.page)).toBe(0);
    await log.getByRole('button', { name: '保存看护日志' }).tap();
    await log.getByText('看护日志已保存').waitFor();
    await log.screenshot({ path: join(resultsDir, 'phone-care-log.png') });

    // A reload shows the log as saved.
    await first.page.reload();
    const reloaded = first.page.getByRole('region', { name: '看护日志' });
    await expect.poll(() => reloaded.getByLabel('当日概况').inputValue()).toBe('今日看护秩序良好，全部学生按时接走。');
    const saved = reloaded.getByRole('group', { name: '事项 1' });
    expect(await saved.getByLabel('时间').inputValue()).toBe('17:40');
    expect(await saved.getByLabel('类别').inputValue()).toBe('LATE_PICKUP');
    expect(await saved.getByLabel('经过').inputValue()).toBe('一名家长晚到二十分钟');
    expect(await saved.getByLabel('处理措施').inputValue()).toBe('值班领导陪同等候并电话联系家长');
    expect(await reloaded.getByRole('group').count()).toBe(1);
    const { careLog } = await leader<{ careLog: { summary: string; incidents: { at: string; kind: string }[] } }>(
      'query($s: ID!, $d: Date!) { careLog(schoolId: $s, date: $d) { summary incidents { at kind } } }',
      { s: schoolId, d: date },
    );
    expect(careLog).toEqual({ summary: '今日看护秩序良好，全部学生按时接走。', incidents: [{ at: '17:40', kind: 'LATE_PICKUP' }] });

    // A second phone changes the log; the first, still on the version it read, is told and shown the latest.
    const second = await openPage(browser, phoneViewport);
    const other = await openCareLog(second.page, date);
    await expect.poll(() => other.getByLabel('当日概况').inputValue()).toBe('今日看护秩序良好，全部学生按时接走。');
    await other.getByLabel('当日概况').fill('放学后一名学生轻微擦伤，已处理。');
    await other.getByRole('button', { name: '保存看护日志' }).tap();
    await other.getByText('看护日志已保存').waitFor();

    await reloaded.getByLabel('当日概况').fill('这一版基于旧内容');
    await reloaded.getByRole('button', { name: '保存看护日志' }).tap();
    await expect.poll(() => reloaded.getByRole('alert').textContent()).toBe('没有保存：这份日志刚被别人改过。已重新加载最新内容，请核对后再保存。');
    await expect.poll(() => reloaded.getByLabel('当日概况').inputValue()).toBe('放学后一名学生轻微擦伤，已处理。');
    // The refused text is not dropped: it stays shown, and is put back into the form on the latest version, which saves.
    const kept = reloaded.getByRole('group', { name: '您未保存的内容' });
    await kept.getByText('这一版基于旧内容').waitFor();
    await kept.getByRole('button', { name: '把我的内容填回表单' }).tap();
    expect(await reloaded.getByLabel('当日概况').inputValue()).toBe('这一版基于旧内容');
    expect(await kept.count()).toBe(0);
    await reloaded.getByRole('button', { name: '保存看护日志' }).tap();
    await reloaded.getByText('看护日志已保存').waitFor();
    const merged = await leader<{ careLog: { summary: string } }>('query($s: ID!, $d: Date!) { careLog(schoolId: $s, date: $d) { summary } }', {
      s: schoolId,
      d: date,
    });
    expect(merged.careLog.summary).toBe('这一版基于旧内容');

    // In English too, and still no sideways scrolling.
    await first.page.getByRole('button', { name: 'English' }).tap();
    const english = first.page.getByRole('region', { name: 'Care log' });
    await english.getByLabel('Summary of the day').waitFor();
    expect(await english.getByRole('group', { name: 'Incident 1' }).getByLabel('Kind').locator('option:checked').textContent()).toBe('Late pickup');
    expect(await sideways(first.page)).toBe(0);
    first.expectNoProblems();
    second.expectNoProblems();
    await first.close();
    await second.close();
  });

  it('is reached from the top of the page, and a save without network is kept on the phone and sent once back online', async () => {
    const leader = await apiAs('leader-cg-001');
    const { schoolId, date } = await serviceDay(leader);
    const { page, expectNoProblems, close } = await openPage(browser, phoneViewport);
    const log = await openCareLog(page, date);

    // The jump link above the roll calls and the pickup list brings the section into view.
    const jump = page.getByRole('navigation', { name: '本页快捷跳转' }).getByRole('link', { name: '去写看护日志 ↓' });
    await jump.tap();
    await expect
      .poll(() => log.getByRole('heading', { name: /看护日志/ }).evaluate((heading) => heading.getBoundingClientRect().top < window.innerHeight))
      .toBe(true);

    const summary = `操场信号差时写的概况 ${Date.now()}`;
    await page.context().setOffline(true);
    await log.getByLabel('当日概况').fill(summary);
    await log.getByRole('button', { name: '保存看护日志' }).tap();
    await log.getByText('网络不通：看护日志已保存在手机上，网络恢复后自动发送。').waitFor();
    await log.getByText('待发送（保存在本机）').waitFor();
    await log.screenshot({ path: join(resultsDir, 'phone-care-log-offline.png') });
    const stored = async () =>
      (
        await leader<{ careLog: { summary: string } | null }>('query($s: ID!, $d: Date!) { careLog(schoolId: $s, date: $d) { summary } }', {
          s: schoolId,
          d: date,
        })
      ).careLog?.summary;
    expect(await stored()).not.toBe(summary);

    // Still offline, the leader goes on typing without saving again: that text is not replaced when the save goes out.
    const typing = `${summary} 又补一句`;
    await log.getByLabel('当日概况').fill(typing);

    // Back online: the kept save goes out by itself, on the version it was edited on.
    await page.context().setOffline(false);
    // (Exactly: the offline notice says 看护日志已保存在手机上.)
    await log.getByText('看护日志已保存', { exact: true }).waitFor();
    expect(await log.getByText('待发送（保存在本机）').count()).toBe(0);
    expect(await stored()).toBe(summary);
    expect(await log.getByLabel('当日概况').inputValue()).toBe(typing);
    await page.reload();
    const reloaded = page.getByRole('region', { name: '看护日志' });
    await expect.poll(() => reloaded.getByLabel('当日概况').inputValue()).toBe(summary);
    expect(await sideways(page)).toBe(0);
    expectNoProblems();

    // Saved offline and the page closed before the network came back: the next opening of the page sends it.
    const later = `${summary}（补充）`;
    await page.context().setOffline(true);
    await reloaded.getByLabel('当日概况').fill(later);
    await reloaded.getByRole('button', { name: '保存看护日志' }).tap();
    await reloaded.getByText('网络不通：看护日志已保存在手机上，网络恢复后自动发送。').waitFor();
    const context = page.context();
    await page.close();
    await context.setOffline(false);
    expect(await stored()).toBe(summary);
    const reopened = await context.newPage();
    await reopened.goto(`${baseUrl()}/m/teacher?date=${date}`);
    const again = reopened.getByRole('region', { name: '看护日志' });
    await again.getByText('看护日志已保存', { exact: true }).waitFor();
    expect(await stored()).toBe(later);
    expect(await again.getByLabel('当日概况').inputValue()).toBe(later);
    await close();
  });

  it('shows a queued save of another day that the server refused when sent, with its text and a way back to that day (中文/English)', async () => {
    const leader = await apiAs('leader-cg-001');
    const { schoolId, date: today } = await serviceDay(leader);
    const LOG = 'query($s: ID!, $d: Date!) { careLog(schoolId: $s, date: $d) { summary version } }';
    const WRITE = 'mutation($i: WriteCareLogInput!) { writeCareLog(input: $i) { version } }';
    const logOf = async (d: string) => (await leader<{ careLog: { summary: string; version: number } | null }>(LOG, { s: schoolId, d })).careLog;
    const write = (d: string, summary: string) =>
      leader<{ writeCareLog: { version: number } }>(WRITE, { i: { schoolId, date: d, summary, incidents: [], expectedVersion: null } }).then(
        async () => true,
        () => false,
      );
    /** An earlier service day whose log the leader may write (the rota names the day's leader): written once as it stands. */
    let day = '';
    for (let offset = 1; offset < 40 && !day; offset++) {
      const candidate = localDate(-offset);
      const { careBoard } = await leader<{ careBoard: { serviceDay: boolean } }>(
        'query($s: ID!, $d: Date!) { careBoard(schoolId: $s, date: $d) { serviceDay } }',
        { s: schoolId, d: candidate },
      );
      if (!careBoard.serviceDay || candidate === today) continue;
      const found = await logOf(candidate);
      const written = found
        ? await leader(WRITE, { i: { schoolId, date: candidate, summary: found.summary, incidents: [], expectedVersion: found.version } }).then(
            () => true,
            () => false,
          )
        : await write(candidate, '当日看护正常。');
      if (written) day = candidate;
    }
    expect(day).not.toBe('');

    // Offline on that day's page, the leader saves: kept on the phone with the version read.
    const { page, expectNoProblems, close } = await openPage(browser, phoneViewport);
    const earlier = await openCareLog(page, day);
    const loaded = (await logOf(day))!;
    await expect.poll(() => earlier.getByLabel('当日概况').inputValue()).toBe(loaded.summary);
    const mine = `补写的那天概况 ${Date.now()}`;
    await page.context().setOffline(true);
    await earlier.getByLabel('当日概况').fill(mine);
    await earlier.getByRole('button', { name: '保存看护日志' }).tap();
    await earlier.getByText('网络不通：看护日志已保存在手机上，网络恢复后自动发送。').waitFor();
    // Meanwhile someone else changes that day's log: the queued save is now stale.
    const theirs = `别人改过的概况 ${Date.now()}`;
    await leader(WRITE, { i: { schoolId, date: day, summary: theirs, incidents: [], expectedVersion: loaded.version } });

    // Back online, the phone opens today's page: the queued save goes out, is refused, and is shown — not dropped.
    const context = page.context();
    await page.close();
    await context.setOffline(false);
    const reopened = await context.newPage();
    await reopened.goto(`${baseUrl()}/m/teacher?date=${today}`);
    const log = reopened.getByRole('region', { name: '看护日志' });
    const kept = log.getByRole('group', { name: `您 ${day} 未保存的内容` });
    await kept.getByText(mine).waitFor();
    expect(await kept.getByRole('alert').textContent()).toBe(`${day} 的看护日志没有保存：那天的日志已被别人改过。`);
    expect((await logOf(day))!.summary).toBe(theirs);

    await reopened.getByRole('button', { name: 'English' }).tap();
    const english = reopened.getByRole('region', { name: 'Care log' }).getByRole('group', { name: `Your unsaved text of ${day}` });
    expect(await english.getByRole('alert').textContent()).toBe(`The care log of ${day} was not saved: someone changed that day’s log meanwhile.`);
    expect(await english.getByRole('button', { name: `Open the log of ${day} with my text put back` }).count()).toBe(1);
    expect(await sideways(reopened)).toBe(0);
    await reopened.getByRole('button', { name: '中文' }).tap();

    // Put back: that day's page opens with the text in its form, on the latest version, and it saves.
    await kept.getByRole('button', { name: `打开 ${day} 的日志并填回我的内容` }).tap();
    await reopened.waitForURL((url) => url.searchParams.get('date') === day);
    const back = reopened.getByRole('region', { name: '看护日志' });
    await back.getByText('您的内容已填回表单：请与最新内容核对后再保存。').waitFor();
    expect(await back.getByLabel('当日概况').inputValue()).toBe(mine);
    await back.getByRole('button', { name: '保存看护日志' }).tap();
    await back.getByText('看护日志已保存', { exact: true }).waitFor();
    expect((await logOf(day))!.summary).toBe(mine);
    // Taken once: a reload shows the saved log, and nothing is put back again.
    await reopened.reload();
    const reloaded = reopened.getByRole('region', { name: '看护日志' });
    await expect.poll(() => reloaded.getByLabel('当日概况').inputValue()).toBe(mine);
    expect(await reloaded.getByText('您的内容已填回表单：请与最新内容核对后再保存。').count()).toBe(0);
    expectNoProblems();
    await close();
  });

  it('is not offered to a class teacher who is not a duty leader', async () => {
    const { page, expectNoProblems, close } = await openPage(browser, phoneViewport);
    await page.goto(`${baseUrl()}/m/teacher`);
    await page
      .getByRole('button', { name: /城关第一实验小学/ })
      .first()
      .tap();
    await page.getByRole('heading', { name: /老师，您好/ }).waitFor();
    await page.getByRole('region', { name: '今日点名' }).waitFor();
    await page.waitForLoadState('networkidle');
    expect(await page.getByRole('region', { name: '看护日志' }).count()).toBe(0);
    expect(await page.getByRole('link', { name: '去写看护日志 ↓' }).count()).toBe(0);
    expectNoProblems();
    await close();
  });
});
