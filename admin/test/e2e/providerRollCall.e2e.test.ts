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

/** The demo football club's provider user (README: local sign-in names). */
const PROVIDER_USER = 'provider-4f5g6h';
const PROVIDER_NAME = '绿茵少儿足球俱乐部';

type Api = Awaited<ReturnType<typeof apiAs>>;
interface Session {
  activityId: string;
  recorded: boolean;
  activity: { title: string; school: { name: string } | null };
  marks: { studentId: string; status: string; student: { name: string; className: string | null } | null }[];
}
const SESSIONS =
  'query($d: Date!) { careSessions(date: $d) { activityId recorded activity { title school { name } } marks { studentId status student { name className } } } }';

/** The provider's latest session up to today (today on a service day; the seeded history otherwise) and a child to mark. */
async function latestSession(provider: Api) {
  for (let offset = 0; offset < 30; offset++) {
    const date = localDate(-offset);
    const { careSessions } = await provider<{ careSessions: Session[] }>(SESSIONS, { d: date });
    for (const session of careSessions) {
      // A child not on leave whose given name no one else in the session shares (the page is searched by name).
      const child = session.marks.find(
        (mark) => mark.status !== 'LEAVE' && mark.student && session.marks.filter((other) => other.student?.name === mark.student?.name).length === 1,
      );
      if (child && careSessions.filter((other) => other.activity.title === session.activity.title).length === 1) return { date, session, child };
    }
  }
  throw new Error('the demo provider has no session in the last month');
}

/**
 * Resolves once the page has had no request in flight for half a second: after a roll call is sent the page reads the
 * day again, and a reload in the middle would cut that request off.
 */
function quietAfter(page: Page) {
  let inFlight = 0;
  let last = Date.now();
  page.on('request', () => {
    inFlight += 1;
    last = Date.now();
  });
  const done = () => {
    inFlight -= 1;
    last = Date.now();
  };
  page.on('requestfinished', done);
  page.on('requestfailed', done);
  return () => expect.poll(() => inFlight === 0 && Date.now() - last > 500, { timeout: 15_000, interval: 100 }).toBe(true);
}

const sideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** The provider user signs in on the teacher phone page (local demo sign-in) and opens the day. */
async function signInAsProvider(page: Page, date: string, lang?: 'en') {
  await page.goto(`${baseUrl()}/m/teacher?date=${date}${lang ? `&lang=${lang}` : ''}`);
  await page.getByRole('button', { name: new RegExp(PROVIDER_NAME) }).tap();
}

describe('a provider’s instructor takes roll call on the phone (机构老师点名)', () => {
  it('at 375 px: the day’s session of its club with given names and classes, marked, saved, still there after a reload; nothing of the gate', async () => {
    const provider = await apiAs(PROVIDER_USER);
    const { date, session, child } = await latestSession(provider);
    const name = child.student!.name;
    const markedBefore = session.recorded ? child.status : 'PRESENT';

    const phone = await openPage(browser, phoneViewport);
    const phoneQuiet = quietAfter(phone.page);
    await signInAsProvider(phone.page, date);
    await phone.page.getByRole('heading', { name: `${PROVIDER_NAME}：机构老师点名` }).waitFor();
    const card = phone.page.getByRole('article', { name: session.activity.title });
    await card.waitFor();
    // The school's name on the card: the provider's instructors work at several schools.
    await card.getByText(session.activity.school!.name).first().waitFor();
    // Given name and class only.
    const button = card.getByRole('button', { name: `${name} ${{ PRESENT: '出勤', LATE: '迟到', ABSENT: '缺勤' }[markedBefore]}` });
    expect(await button.innerText()).toContain(child.student!.className!);

    // One tap per state: 出勤 → 缺勤 → 迟到; from another state, tap on until 迟到.
    for (let taps = 0; taps < 3 && !(await card.getByRole('button', { name: `${name} 迟到` }).count()); taps++)
      await card.getByRole('button', { name: new RegExp(`^${name} `) }).tap();
    await card.getByRole('button', { name: `${name} 迟到` }).waitFor();
    await card.getByRole('button', { name: session.recorded ? '更正点名' : '提交点名' }).tap();
    await phone.page.getByText('已发送 1 份点名').waitFor();
    await phone.page.getByText('待发送：0 份').waitFor();
    expect(await sideways(phone.page)).toBe(0);

    // Not the gate's work: no release by pickup code, pickup list, handover or care log.
    for (const hidden of ['放学交接（接送码）', '放学名单', '环节交接', '看护日志'])
      expect([hidden, await phone.page.getByText(hidden).count()]).toEqual([hidden, 0]);
    await phone.page.screenshot({ path: join(resultsDir, 'phone-provider-roll-call.png'), fullPage: true });

    // A reload (once the page has read the day again): the session is taken, the mark kept.
    await phoneQuiet();
    await phone.page.reload();
    const reloaded = phone.page.getByRole('article', { name: session.activity.title });
    await reloaded.getByText('已点名').waitFor();
    await reloaded.getByRole('button', { name: `${name} 迟到` }).waitFor();
    const { careSessions } = await provider<{ careSessions: Session[] }>(SESSIONS, { d: date });
    const saved = careSessions.find((item) => item.activityId === session.activityId)!;
    expect([saved.recorded, saved.marks.find((mark) => mark.studentId === child.studentId)?.status]).toEqual([true, 'LATE']);
    await phoneQuiet();
    phone.expectNoProblems();
    await phone.close();

    // In English: the same session, corrected back to present.
    const english = await openPage(browser, phoneViewport);
    const englishQuiet = quietAfter(english.page);
    await signInAsProvider(english.page, date, 'en');
    await english.page.getByRole('heading', { name: `${PROVIDER_NAME}: instructor roll call` }).waitFor();
    const card2 = english.page.getByRole('article', { name: session.activity.title });
    await card2.getByText('Taken').waitFor();
    await card2.getByRole('button', { name: `${name} Late` }).tap();
    await card2.getByRole('button', { name: `${name} Present` }).waitFor();
    await card2.getByRole('button', { name: 'Correct roll call' }).tap();
    await english.page.getByText('1 roll call(s) sent').waitFor();
    expect(await english.page.getByText('Release at pickup (pickup code)').count()).toBe(0);
    expect(await sideways(english.page)).toBe(0);
    await englishQuiet();
    await english.page.reload();
    await english.page
      .getByRole('article', { name: session.activity.title })
      .getByRole('button', { name: `${name} Present` })
      .waitFor();
    await englishQuiet();
    await english.page.screenshot({ path: join(resultsDir, 'phone-provider-roll-call-en.png'), fullPage: true });
    english.expectNoProblems();
    await english.close();
  });
});
