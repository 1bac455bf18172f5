import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firstLoad, PHONE_BUDGET_BYTES } from '../../scripts/buildReport';
import { apiAs, baseUrl, gotoRoute, launchBrowser, openPage, resultsDir, signIn } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const phoneViewport = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };

interface Setup {
  code: string;
  child: { id: string; name: string };
  activity: { id: string; title: string; startTime: string; endTime: string };
}

/** The facts the UI steps start from: a child of the demo teacher's class without an application, and its binding code. */
async function setup(): Promise<Setup> {
  const admin = await apiAs('school-cg-001');
  const { schoolClasses } = await admin<{ schoolClasses: { nodes: { id: string; grade: number }[] } }>('{ schoolClasses(first: 1) { nodes { id grade } } }');
  const [firstClass] = schoolClasses.nodes;
  const { students } = await admin<{ students: { nodes: { id: string; name: string; applications: { id: string }[] }[] } }>(
    'query($c: ID!) { students(first: 100, filter: { classId: $c, status: ACTIVE }) { nodes { id name applications { id } } } }',
    { c: firstClass.id },
  );
  // A child nobody has applied for yet, whose name no classmate shares (the pages are searched by name).
  const child = students.nodes.find(
    (student) => student.applications.length === 0 && students.nodes.filter((other) => other.name === student.name).length === 1,
  )!;
  const { issueGuardianCode } = await admin<{ issueGuardianCode: { code: string } }>('mutation($s: ID!) { issueGuardianCode(studentId: $s) { code } }', {
    s: child.id,
  });
  type Row = Setup['activity'] & { weekday: string; grades: number[]; category: string; enrolledCount: number; capacity: number };
  const { activities } = await admin<{ activities: { nodes: Row[] } }>(
    '{ activities(first: 100) { nodes { id title weekday startTime endTime grades category enrolledCount capacity } } }',
  );
  // A Monday activity of the child's grade with a free place: the wish the parent ticks.
  const activity = activities.nodes.find(
    (a) => a.weekday === 'MONDAY' && a.category !== 'LATE_CARE' && a.grades.includes(firstClass.grade) && a.enrolledCount < a.capacity,
  )!;
  expect(activity).toBeDefined();
  return { code: issueGuardianCode.code, child, activity };
}

describe('enrolment from the phone to the roster', () => {
  it('keeps the phone pages within their 150 KB budget', () => {
    const load = firstLoad('phone/phoneMain');
    expect(load.gzipBytes).toBeLessThanOrEqual(PHONE_BUDGET_BYTES);
  });

  it('a parent links a child and applies, the class teacher and the school approve, the child is on the roster, the parent sees 已通过', async () => {
    const { code, child, activity } = await setup();

    // 1. The parent, on a 360 px phone: sign in by phone, link the child with the code, apply.
    const parent = await openPage(browser, phoneViewport);
    await parent.page.goto(`${baseUrl()}/m/parent`);
    await parent.page.getByLabel('手机号').fill('13912345670');
    await parent.page.getByLabel(/您的称呼/).fill('测试家长');
    await parent.page.getByRole('button', { name: '登录' }).tap();
    await parent.page.getByRole('heading', { name: /测试家长，您好/ }).waitFor();
    await parent.page.getByRole('button', { name: '绑定孩子' }).tap();
    await parent.page.getByLabel('绑定码').fill(code);
    await parent.page.getByRole('button', { name: '绑定', exact: true }).tap();
    await parent.page.getByText(`已绑定：${child.name}`).waitFor();
    const card = parent.page.getByRole('article', { name: child.name });
    await card.getByRole('button', { name: '申请课后服务' }).tap();
    await parent.page.getByRole('heading', { name: `为 ${child.name} 申请课后服务` }).waitFor();
    await parent.page
      .getByRole('checkbox', { name: new RegExp(`${activity.startTime}–${activity.endTime} ${activity.title}`) })
      .first()
      .check();
    expect(await parent.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await parent.page.getByRole('checkbox', { name: /我已阅读并同意/ }).check();
    await parent.page.getByRole('button', { name: '提交申请' }).tap();
    await parent.page.getByText('申请已提交，等待班主任审核').waitFor();
    await card.getByText('已提交').waitFor();
    await parent.page.screenshot({ path: join(resultsDir, 'phone-parent-applied.png') });

    // 2. The class teacher, on a phone: the review queue shows the child; approve.
    const teacher = await openPage(browser, phoneViewport);
    await teacher.page.goto(`${baseUrl()}/m/teacher`);
    await teacher.page
      .getByRole('button', { name: /城关第一实验小学/ })
      .first()
      .tap();
    const item = teacher.page.getByRole('article', { name: child.name, exact: true });
    await item.getByRole('button', { name: '通过', exact: true }).tap();
    await teacher.page.getByText(`已通过审核：${child.name}`).waitFor();
    await expect.poll(() => teacher.page.getByRole('article', { name: child.name, exact: true }).count()).toBe(0);
    await teacher.page.screenshot({ path: join(resultsDir, 'phone-teacher-queue.png') });
    teacher.expectNoProblems();
    await teacher.close();

    // 3. The school admin, in the console: the school's decision (学校核准).
    const admin = await apiAs('school-cg-001');
    const { student } = await admin<{ student: { applications: { id: string; status: string }[] } }>(
      'query($s: ID!) { student(id: $s) { applications { id status } } }',
      { s: child.id },
    );
    expect(student.applications).toEqual([expect.objectContaining({ status: 'CLASS_APPROVED' })]);
    const console_ = await openPage(browser);
    await signIn(console_.page, /城关第一实验小学管理员/);
    await gotoRoute(console_.page, `/enrolmentApplications/${student.applications[0].id}/show`);
    await console_.page.getByRole('button', { name: '学校核准' }).click();
    await console_.page.getByText('已完成学校核准').waitFor();

    // 4. The wished activity's roster now holds the child.
    await gotoRoute(console_.page, `/activities/${activity.id}/show`);
    await console_.page.getByTestId('roster').getByText(child.name).waitFor();
    await console_.page.screenshot({ path: join(resultsDir, 'console-roster.png'), fullPage: true });
    console_.expectNoProblems();
    await console_.close();

    // 5. The parent sees 已通过.
    await parent.page.reload();
    await parent.page.getByRole('article', { name: child.name }).getByText('已通过').waitFor();
    await parent.page.screenshot({ path: join(resultsDir, 'phone-parent-approved.png') });
    parent.expectNoProblems();
    await parent.close();
  });
});
