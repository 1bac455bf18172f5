import { beforeAll, describe, expect, it } from 'vitest';
import { localDate } from '../src/core/clock';
import { listDevUsers, viewerOfDevUser } from '../src/local/devUsers';
import { seedDemo } from '../src/local/seed/seedDemo';
import type { TermRecord } from '../src/terms/termEntity';
import { createTestApi, districtAdmin, schoolAdminOf, type TestApi } from './support/api';
import { ok } from './support/people';

/*
 * The demo district `npm start` seeds, as a tester meets it: every staff-run activity has a person in charge from its
 * school's staff, the printed demo teacher has sessions to take roll call of on service days, the demo duty leader is
 * on the duty rota every service day and writes the care log, stipend sheets list the teachers, and every child on the
 * seeded roll calls of a month is billed for that month (the enrolments date from before the term, not from the day
 * the demo was seeded).
 */

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
  await seedDemo(api.services, undefined, { people: { classesPerGrade: 1, studentsPerClass: 6 } });
}, 180_000);

/** The month of 15 days ago (school-local): inside the seeded month of roll calls. */
const historyMonth = () => localDate(-15).slice(0, 7);

const ACTIVITIES = '{ activities(first: 100, filter: { status: ACTIVE }) { nodes { id schoolId weekday category providerId staffId staffName } } }';

describe('the demo district', () => {
  it('gives every staff-run activity a person in charge of its school; the demo teacher has sessions on service days', async () => {
    const { nodes } = await ok<{ nodes: { schoolId: string; category: string; providerId: string | null; staffId: string | null; staffName: string }[] }>(
      api,
      ACTIVITIES,
    );
    const staffRun = nodes.filter((activity) => !activity.providerId);
    expect(staffRun.length).toBeGreaterThan(40);
    for (const activity of staffRun) {
      const member = await api.services.repositories.staff.get(activity.staffId ?? '');
      expect([activity.category, member?.schoolId, member?.active, member?.name]).toEqual([activity.category, activity.schoolId, true, activity.staffName]);
    }
    // Provider-run clubs stay the provider's.
    expect(nodes.filter((activity) => activity.providerId).every((activity) => activity.staffId === null)).toBe(true);

    // The demo class teachers run homework help only; the duty leader (值班领导) runs late care (see below).
    const teachers = (await listDevUsers(api.services)).filter((user) => user.role === 'TEACHER' && !user.username.startsWith('leader-'));
    expect(teachers.length).toBeGreaterThan(0);
    for (const user of teachers) {
      const teacher = viewerOfDevUser(user);
      const { term } = [...(await schoolTerms()).values()].find((entry) => entry.schoolId === user.schoolId)!;
      const calendar = await api.services.calendar.forTerm(term);
      const days = calendar.serviceDays({ from: localDate(-14), to: localDate(0) });
      expect(days.length).toBeGreaterThan(0);
      for (const day of days) {
        const sessions = await ok<{ activity: { category: string } }[]>(
          api,
          'query($d: Date!) { careSessions(date: $d) { activity { category } } }',
          { d: day.date },
          teacher,
        );
        expect([user.username, day.date, sessions.map((session) => session.activity.category)]).toEqual([user.username, day.date, ['HOMEWORK']]);
      }
    }
  });

  it('offers the first school’s duty leader, on its duty rota every service day, who writes the day’s care log', async () => {
    const leaders = (await listDevUsers(api.services)).filter((user) => user.username.startsWith('leader-'));
    expect(leaders.map((user) => user.role)).toEqual(['TEACHER']);
    const [user] = leaders;
    const member = await api.services.repositories.staff.get(user.staffId ?? '');
    expect([member?.schoolId, member?.active, member?.duties.includes('DUTY_LEADER')]).toEqual([user.schoolId, true, true]);
    const leader = viewerOfDevUser(user);
    const rota = await ok<{ days: { weekday: string; staffId: string }[] }>(
      api,
      'query($s: ID!) { dutyRota(schoolId: $s) { days { weekday staffId } } }',
      { s: user.schoolId },
      leader,
    );
    const { term } = [...(await schoolTerms()).values()].find((entry) => entry.schoolId === user.schoolId)!;
    const calendar = await api.services.calendar.forTerm(term);
    const served = [...new Set(calendar.serviceDays().map((day) => day.timetableWeekday))].filter((weekday) => weekday !== null);
    expect(served.length).toBeGreaterThan(0);
    const onDuty = new Map(rota.days.map((day) => [day.weekday, day.staffId]));
    for (const weekday of served) expect([weekday, onDuty.get(weekday)]).toEqual([weekday, user.staffId]);

    // The latest service day up to today: the leader reads its log (none today, the seeded one before) and writes it.
    const day = calendar.serviceDays({ from: localDate(-14), to: localDate(0) }).at(-1)!;
    const read = await ok<{ version: number } | null>(
      api,
      'query($s: ID!, $d: Date!) { careLog(schoolId: $s, date: $d) { version } }',
      { s: user.schoolId, d: day.date },
      leader,
    );
    const written = await ok<{ version: number; dutyLeaderId: string; incidents: { kind: string }[] }>(
      api,
      'mutation($i: WriteCareLogInput!) { writeCareLog(input: $i) { version dutyLeaderId incidents { kind } } }',
      {
        i: {
          schoolId: user.schoolId,
          date: day.date,
          summary: '秩序良好',
          incidents: [{ at: '17:40', kind: 'LATE_PICKUP', description: '家长晚到', action: '值班领导陪同等候' }],
          ...(read ? { expectedVersion: read.version } : {}),
        },
      },
      leader,
    );
    expect(written).toEqual({ version: (read?.version ?? 0) + 1, dutyLeaderId: user.staffId, incidents: [{ kind: 'LATE_PICKUP' }] });
  });

  it('offers a provider user whose instructors (机构老师) have a session with children on every service day, at two schools', async () => {
    const user = (await listDevUsers(api.services)).find((candidate) => candidate.username === 'provider-4f5g6h');
    expect(user?.role).toBe('PROVIDER');
    const instructor = viewerOfDevUser(user!);
    const terms = [...(await schoolTerms()).values()];
    const schoolsSeen = new Set<string>();
    const calendars = await Promise.all(terms.map(async ({ schoolId, term }) => ({ schoolId, calendar: await api.services.calendar.forTerm(term) })));
    const days = [
      ...new Set(calendars.flatMap(({ calendar }) => calendar.serviceDays({ from: localDate(-14), to: localDate(0) }).map((day) => day.date))),
    ].sort();
    expect(days.length).toBeGreaterThan(0);
    for (const date of days) {
      const sessions = await ok<{ activity: { schoolId: string; category: string }; marks: { studentId: string }[] }[]>(
        api,
        'query($d: Date!) { careSessions(date: $d) { activity { schoolId category } marks { studentId } } }',
        { d: date },
        instructor,
      );
      expect([date, sessions.length > 0, sessions.every((session) => session.marks.length > 0)]).toEqual([date, true, true]);
      for (const session of sessions) schoolsSeen.add(session.activity.schoolId);
    }
    expect(schoolsSeen.size).toBe(2);
  });

  it('lists the teachers on the stipend sheets of the seeded month', async () => {
    for (const { schoolId } of (await schoolTerms()).values()) {
      const sheet = await ok<{ rows: { staffId: string | null; staffName: string; sessions: number }[] }>(
        api,
        'query($s: ID!, $m: String!) { stipendSheet(schoolId: $s, month: $m) { rows { staffId staffName sessions } } }',
        { s: schoolId, m: historyMonth() },
        schoolAdminOf(schoolId),
      );
      expect(sheet.rows.length).toBeGreaterThanOrEqual(3);
      for (const row of sheet.rows) expect([row.staffName, row.staffId, row.sessions > 0]).toEqual([row.staffName, expect.stringMatching(/^stf_/), true]);
    }
  });

  it('bills every child of the month’s seeded roll calls for that month (under a monthly fee)', async () => {
    const { version } = await ok<{ version: number }>(api, '{ districtPolicy { version } }');
    await ok(api, 'mutation($i: DistrictPolicyInput!, $v: Int!) { updateDistrictPolicy(input: $i, expectedVersion: $v) { version } }', {
      i: { feeModel: 'MONTHLY', monthlyFee: 80, hardshipDiscountPercent: 50 },
      v: version,
    });
    const month = historyMonth();
    for (const { schoolId } of (await schoolTerms()).values()) {
      const rollCalls = await api.services.repositories.rollCalls.ofSchool(schoolId, `${month}-01`, `${month}-31`);
      expect(rollCalls.length).toBeGreaterThan(0);
      const attended = new Set(rollCalls.flatMap((rollCall) => rollCall.marks.map((mark) => mark.studentId)));
      expect(attended.size).toBeGreaterThan(0);
      await ok(
        api,
        'mutation($s: ID!, $m: String!) { generateBills(schoolId: $s, month: $m) { billCount } }',
        { s: schoolId, m: month },
        schoolAdminOf(schoolId),
      );
      const { nodes } = await ok<{ nodes: { studentId: string }[] }>(
        api,
        'query($s: ID!, $m: String!) { bills(filter: { schoolId: $s, month: $m }, first: 100) { nodes { studentId } } }',
        { s: schoolId, m: month },
        schoolAdminOf(schoolId),
      );
      const billed = new Set(nodes.map((bill) => bill.studentId));
      expect([schoolId, [...attended].filter((studentId) => !billed.has(studentId))]).toEqual([schoolId, []]);
    }
  });
});

/** Each demo school with its current term. */
async function schoolTerms() {
  const schools = await ok<{ nodes: { id: string }[] }>(api, '{ schools(first: 100) { nodes { id } } }', {}, districtAdmin);
  const entries = new Map<string, { schoolId: string; term: TermRecord }>();
  for (const { id } of schools.nodes) {
    const page = await api.services.repositories.terms.list({ schoolId: id, first: 10 });
    const term = page.items.map((item) => item.record).find((record) => record.startDate <= localDate(0) && localDate(0) <= record.endDate);
    if (term) entries.set(id, { schoolId: id, term });
  }
  return entries;
}
