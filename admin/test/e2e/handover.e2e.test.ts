import { randomUUID } from 'node:crypto';
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
const today = () => localDate(0);

type Api = Awaited<ReturnType<typeof apiAs>>;
interface Term {
  id: string;
  version: number;
  startDate: string;
  endDate: string;
  excludedDates: string[];
  makeUpDays: { date: string; timetableWeekday: string; note: string | null }[];
}
interface Activity {
  id: string;
  version: number;
  title: string;
  category: string;
  providerId: string | null;
  enrolledCount: number;
  startTime: string;
}

/**
 * Today's timetable weekday at the demo school. A handover is recorded today, so on a day without service (a weekend,
 * a holiday) the test makes today a make-up day (调休补课) running Monday's timetable, as a school would.
 */
async function serviceToday(admin: Api, schoolId: string): Promise<string> {
  const date = today();
  const { terms } = await admin<{ terms: { nodes: Term[] } }>(
    'query($s: ID!) { terms(filter: { schoolId: $s }, first: 20) { nodes { id version startDate endDate excludedDates makeUpDays { date timetableWeekday note } } } }',
    { s: schoolId },
  );
  const term = terms.nodes.find((t) => t.startDate <= date && date <= t.endDate);
  if (!term) throw new Error(`No term of the demo school holds ${date}`);
  const dayOf = async () =>
    (
      await admin<{ term: { calendar: { date: string; serviceDay: boolean; timetableWeekday: string | null }[] } }>(
        'query($id: ID!, $m: String!) { term(id: $id) { calendar(month: $m) { date serviceDay timetableWeekday } } }',
        { id: term.id, m: date.slice(0, 7) },
      )
    ).term.calendar.find((day) => day.date === date)!;
  const day = await dayOf();
  if (day.serviceDay) return day.timetableWeekday!;
  await admin('mutation($id: ID!, $v: Int!, $i: UpdateTermInput!) { updateTerm(id: $id, expectedVersion: $v, input: $i) { id } }', {
    id: term.id,
    v: term.version,
    i: {
      excludedDates: term.excludedDates.filter((d) => d !== date),
      makeUpDays: [...term.makeUpDays.filter((d) => d.date !== date), { date, timetableWeekday: 'MONDAY', note: '交接测试' }],
    },
  });
  return (await dayOf()).timetableWeekday!;
}

describe('between-segment handover on the teacher’s phone (环节交接)', () => {
  it('hands today’s children present over to late care at 360 px, once, however often it is sent', async () => {
    const admin = await apiAs('school-cg-001');
    const teacherApi = await apiAs('teacher-cg-001');
    const { viewer } = await teacherApi<{ viewer: { staffId: string; schoolId: string } }>('{ viewer { staffId schoolId } }');
    const weekday = await serviceToday(admin, viewer.schoolId);
    const { activities } = await admin<{ activities: { nodes: Activity[] } }>(
      'query($s: ID!, $w: Weekday!) { activities(first: 100, filter: { schoolId: $s, weekday: $w, status: ACTIVE }) { nodes { id version title category providerId enrolledCount startTime } } }',
      { s: viewer.schoolId, w: weekday },
    );
    const lateCare = activities.nodes.filter((a) => a.category === 'LATE_CARE');
    expect(lateCare.length).toBeGreaterThan(0);
    // A staff-run session with children, the only one of its title that day (the page is searched by title).
    const candidates = activities.nodes.filter(
      (a) => a.category !== 'LATE_CARE' && !a.providerId && a.enrolledCount >= 2 && activities.nodes.filter((b) => b.title === a.title).length === 1,
    );
    let session: Activity | undefined;
    for (const candidate of candidates) {
      // The demo teacher becomes its person in charge (refused when they run another session at that time).
      const taken = await admin('mutation($id: ID!, $v: Int!, $s: ID) { updateActivity(id: $id, expectedVersion: $v, input: { staffId: $s }) { id } }', {
        id: candidate.id,
        v: candidate.version,
        s: viewer.staffId,
      }).then(
        () => true,
        () => false,
      );
      if (taken) {
        session = candidate;
        break;
      }
    }
    if (!session) throw new Error('No staff-run session today the demo teacher can take');
    const date = today();
    const { rollCall } = await teacherApi<{ rollCall: { recorded: boolean; version: number; marks: { studentId: string; status: string }[] } }>(
      'query($a: ID!, $d: Date!) { rollCall(activityId: $a, date: $d) { recorded version marks { studentId status } } }',
      { a: session.id, d: date },
    );
    const present = rollCall.marks.filter((mark) => mark.status !== 'LEAVE');
    await teacherApi('mutation($i: RecordRollCallInput!) { recordRollCall(input: $i) { id } }', {
      i: {
        activityId: session.id,
        date,
        marks: rollCall.marks.map((mark) => ({ studentId: mark.studentId, status: mark.status === 'LEAVE' ? 'LEAVE' : 'PRESENT' })),
        idempotencyKey: randomUUID(),
        ...(rollCall.recorded ? { expectedVersion: rollCall.version } : {}),
      },
    });

    const teacher = await openPage(browser, phoneViewport);
    await teacher.page.goto(`${baseUrl()}/m/teacher`);
    await teacher.page
      .getByRole('button', { name: /城关第一实验小学/ })
      .first()
      .tap();
    const card = teacher.page.getByRole('article', { name: `${session.title}：环节交接` });
    await card.waitFor();
    expect(await teacher.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await card.getByRole('button', { name: `交接 ${present.length} 名学生` }).tap();
    await card.getByText(new RegExp(`已交接 ${present.length} 名学生到「`)).waitFor();
    await teacher.page.screenshot({ path: join(resultsDir, 'phone-teacher-handover.png'), fullPage: true });
    // Sent again after a reload (a second tap, a flaky network): the same handovers, none added.
    await teacher.page.reload();
    const again = teacher.page.getByRole('article', { name: `${session.title}：环节交接` });
    await again.getByRole('button', { name: `交接 ${present.length} 名学生` }).tap();
    await again.getByText(new RegExp(`已交接 ${present.length} 名学生到「`)).waitFor();
    teacher.expectNoProblems();
    await teacher.close();

    for (const mark of present) {
      const { handovers } = await admin<{ handovers: { kind: string; date: string; fromActivityId: string | null; toActivityId: string | null }[] }>(
        'query($s: ID!) { handovers(studentId: $s) { kind date fromActivityId toActivityId } }',
        { s: mark.studentId },
      );
      const segments = handovers.filter((h) => h.kind === 'SEGMENT' && h.date === date && h.fromActivityId === session.id);
      expect(segments).toHaveLength(1);
      expect(lateCare.map((a) => a.id)).toContain(segments[0].toActivityId);
    }
  });
});
