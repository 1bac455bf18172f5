import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs, baseUrl, launchBrowser, localDate, openPage, resultsDir } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const phoneViewport = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };
const weekdays = ['SUNDAY', 'MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY'];

type Admin = Awaited<ReturnType<typeof apiAs>>;
interface Row {
  id: string;
  version: number;
  title: string;
  weekday: string;
  providerId: string | null;
  enrolledCount: number;
  staffId: string | null;
}

/** A staff-run session of the demo school on a recent day with no roll call yet, and two of its children. */
async function session(admin: Admin) {
  const { activities } = await admin<{ activities: { nodes: Row[] } }>(
    '{ activities(first: 100, filter: { status: ACTIVE }) { nodes { id version title weekday providerId enrolledCount staffId } } }',
  );
  // Today first; the seeded history covers the last month, so on a weekend the search goes back further.
  for (let offset = 0; offset < 60; offset++) {
    const date = localDate(-offset);
    const weekday = weekdays[new Date(`${date}T00:00:00Z`).getUTCDay()];
    for (const activity of activities.nodes.filter((a) => a.weekday === weekday && !a.providerId && a.enrolledCount >= 2)) {
      // Titles repeat across weekdays; the page is searched by title, so it must be the only one of its title that day.
      if (activities.nodes.filter((a) => a.weekday === weekday && a.title === activity.title).length > 1) continue;
      const { rollCall } = await admin<{ rollCall: { recorded: boolean; marks: { studentId: string; student: { name: string } }[] } | null }>(
        'query($a: ID!, $d: Date!) { rollCall(activityId: $a, date: $d) { recorded marks { studentId student { name } } } }',
        { a: activity.id, d: date },
      ).catch(() => ({ rollCall: null }));
      if (rollCall && !rollCall.recorded && rollCall.marks.length >= 2) return { activity, date, marks: rollCall.marks };
    }
  }
  throw new Error('No untaken staff-run session in the last 60 days');
}

describe('daily care on the phones (点名、通知)', () => {
  it('the teacher takes roll call offline at 360 px, goes online, the marks arrive exactly once; the parent sees the absence notice', async () => {
    const admin = await apiAs('school-cg-001');
    const teacherApi = await apiAs('teacher-cg-001');
    const { viewer } = await teacherApi<{ viewer: { staffId: string } }>('{ viewer { staffId } }');
    const { activity, date, marks } = await session(admin);
    // The demo teacher becomes the session's person in charge.
    await admin('mutation($id: ID!, $v: Int!, $s: ID) { updateActivity(id: $id, expectedVersion: $v, input: { staffId: $s }) { id } }', {
      id: activity.id,
      v: activity.version,
      s: viewer.staffId,
    });
    // A child whose name no one else in the session shares (the page is searched by name).
    const absent = marks.find((mark) => marks.filter((other) => other.student.name === mark.student.name).length === 1)!;
    expect(absent).toBeDefined();

    // The absent child's guardian signs in on a phone and links the child first.
    const { issueGuardianCode } = await admin<{ issueGuardianCode: { code: string } }>('mutation($s: ID!) { issueGuardianCode(studentId: $s) { code } }', {
      s: absent.studentId,
    });
    const parent = await openPage(browser, phoneViewport);
    await parent.page.goto(`${baseUrl()}/m/parent`);
    await parent.page.getByLabel('手机号').fill('13912345671');
    await parent.page.getByLabel(/您的称呼/).fill('点名家长');
    await parent.page.getByRole('button', { name: '登录' }).tap();
    await parent.page.getByRole('heading', { name: /点名家长，您好/ }).waitFor();
    await parent.page.getByRole('button', { name: '绑定孩子' }).tap();
    await parent.page.getByLabel('绑定码').fill(issueGuardianCode.code);
    await parent.page.getByRole('button', { name: '绑定', exact: true }).tap();
    await parent.page.getByText(`已绑定：${absent.student.name}`).waitFor();

    // The teacher opens the day's sessions, then the classroom loses its network.
    const teacher = await openPage(browser, phoneViewport);
    await teacher.page.goto(`${baseUrl()}/m/teacher?date=${date}`);
    await teacher.page
      .getByRole('button', { name: /城关第一实验小学/ })
      .first()
      .tap();
    const card = teacher.page.getByRole('article', { name: activity.title });
    await card.waitFor();
    await teacher.page.context().setOffline(true);
    await card.getByRole('button', { name: `${absent.student.name} 出勤` }).tap();
    await card.getByRole('button', { name: `${absent.student.name} 缺勤` }).waitFor();
    await card.getByRole('button', { name: '提交点名' }).tap();
    await teacher.page.getByText('已保存在手机上，网络恢复后自动发送').waitFor();
    await teacher.page.getByText('待发送：1 份').waitFor();
    expect(await teacher.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await teacher.page.screenshot({ path: join(resultsDir, 'phone-teacher-offline.png') });
    const before = await admin<{ rollCall: { recorded: boolean } }>('query($a: ID!, $d: Date!) { rollCall(activityId: $a, date: $d) { recorded } }', {
      a: activity.id,
      d: date,
    });
    expect(before.rollCall.recorded).toBe(false);

    // Back online: the queue is sent by itself.
    await teacher.page.context().setOffline(false);
    await teacher.page.getByText('待发送：0 份').waitFor();
    await teacher.page.getByText('已发送 1 份点名').waitFor();
    // A reload finds nothing left on the phone and the session taken.
    await teacher.page.reload();
    await teacher.page.getByRole('article', { name: activity.title }).getByText('已点名').waitFor();
    await teacher.page.getByText('待发送：0 份').waitFor();
    await teacher.page.screenshot({ path: join(resultsDir, 'phone-teacher-sent.png') });
    await teacher.close();

    const after = await admin<{ rollCall: { version: number; marks: { studentId: string; status: string }[] } }>(
      'query($a: ID!, $d: Date!) { rollCall(activityId: $a, date: $d) { version marks { studentId status } } }',
      { a: activity.id, d: date },
    );
    expect(after.rollCall.version).toBe(1);
    expect(after.rollCall.marks.find((mark) => mark.studentId === absent.studentId)?.status).toBe('ABSENT');
    const { auditEvents } = await admin<{ auditEvents: { nodes: { action: string }[] } }>(
      'query($id: ID!) { auditEvents(entityId: $id, first: 100) { nodes { action } } }',
      { id: activity.id },
    );
    expect(auditEvents.nodes.filter((event) => event.action === 'RECORD_ROLL_CALL')).toHaveLength(1);

    // The parent's page shows the absence notice.
    await parent.page.reload();
    const notices = parent.page.getByRole('region', { name: '通知' });
    await notices.getByText('未请假缺勤').waitFor();
    await notices
      .getByText(/没有请假/)
      .first()
      .waitFor();
    await parent.page.screenshot({ path: join(resultsDir, 'phone-parent-absence.png'), fullPage: true });
    parent.expectNoProblems();
    await parent.close();
  });
});
