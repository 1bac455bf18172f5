import { beforeAll, describe, expect, it } from 'vitest';
import { localDate } from '../src/core/clock';
import { codeOf, createTestApi, fieldOf, type TestApi } from './support/api';
import {
  change,
  compliantSchool,
  partOnePickup,
  partTwoDay,
  reportOf,
  rosterOn,
  ruleOf,
  setActive,
  staffedClass,
  type CompliantSchool,
} from './support/complianceFixtures';
import { activeContract, activityInput, approvedProvider, CREATE_ACTIVITY } from './support/domain';
import { createClass, ok } from './support/people';

/**
 * Every rule of SPEC §3.3 and §3.9 under the default "5+2" policy of seed part 二 (MON–FRI, 120 minutes, late care
 * until 18:00, outside providers allowed): a compliant school passes the rule, one change makes it fail.
 * compliancePartFive.test.ts runs the same rules under seed part 五's policy.
 */
const week = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'];

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});

const school = () => compliantSchool(api, week, partTwoDay, partOnePickup);

async function failsAfter(code: string, mutate: (s: CompliantSchool) => Promise<unknown>) {
  const s = await school();
  expect((await ruleOf(api, s, code)).status).toBe('PASSED');
  await mutate(s);
  const after = await ruleOf(api, s, code);
  expect(after.status).toBe('FAILED');
  expect(after.rule.issueCount).toBe(after.issues.length);
  return { ...after, school: s };
}

describe('compliance rules under the "5+2" policy (seed part 二)', () => {
  it('passes a compliant school on every rule it can check, and says which seed rule each comes from', async () => {
    const report = await reportOf(api, await school());
    expect(report.issues).toEqual([]);
    expect(report.compliant).toBe(true);
    const statuses = Object.fromEntries(report.rules.map((rule) => [rule.code, rule.status]));
    expect(statuses).toMatchObject({
      SERVICE_ENDS_LATE: 'NOT_APPLICABLE',
      PROVIDER_BANNED: 'NOT_APPLICABLE',
      CLASS_WITHOUT_STAFF: 'NOT_CHECKED',
      DAY_WITHOUT_CARE_LOG: 'NOT_CHECKED',
    });
    expect(report.rules.filter((rule) => rule.status === 'PASSED')).toHaveLength(12);
    for (const rule of report.rules) expect(rule.explanation, rule.code).toContain(rule.seed);
    expect(report.rules.find((rule) => rule.code === 'SHORT_DAY')!.explanation).toContain('120 分钟');
  });

  it('DAY_NOT_COVERED: a service day without activities', async () => {
    const { issues } = await failsAfter('DAY_NOT_COVERED', (s) =>
      Promise.all(
        ['FRIDAY:HOMEWORK', 'FRIDAY:CLUB', 'FRIDAY:LATE_CARE'].map((key) =>
          api.exec('mutation($id: ID!) { deleteActivity(id: $id) }', { id: s.rows.get(key)!.id }),
        ),
      ),
    );
    expect(issues.map((issue) => issue.weekday)).toEqual(['FRIDAY']);
  });

  it('SHORT_DAY: fewer minutes than minDailyMinutes', async () => {
    const { issues } = await failsAfter('SHORT_DAY', (s) => change(api, s, 'WEDNESDAY:LATE_CARE', { endTime: '17:15' }));
    expect(issues).toEqual([expect.objectContaining({ weekday: 'WEDNESDAY', message: expect.stringContaining('105 分钟') })]);
  });

  it('NO_LATE_CARE: a day without late care', async () => {
    const { issues } = await failsAfter('NO_LATE_CARE', (s) => change(api, s, 'TUESDAY:LATE_CARE', { category: 'SELF_STUDY' }));
    expect(issues.map((issue) => issue.weekday)).toEqual(['TUESDAY']);
  });

  it('LATE_CARE_ENDS_EARLY: late care ending before 18:00', async () => {
    let id = '';
    const { issues } = await failsAfter('LATE_CARE_ENDS_EARLY', async (s) => (id = await change(api, s, 'TUESDAY:LATE_CARE', { endTime: '17:30' })));
    expect(issues).toEqual([expect.objectContaining({ weekday: 'TUESDAY', activityId: id, message: expect.stringMatching(/17:30.*18:00/) })]);
  });

  it('GRADE_NOT_SERVED: a grade with a gap, or served only until before its last pickup slot', async () => {
    const { issues } = await failsAfter('GRADE_NOT_SERVED', async (s) => {
      await change(api, s, 'MONDAY:CLUB', { grades: [3, 4, 5, 6] });
      await change(api, s, 'THURSDAY:LATE_CARE', { grades: [1, 2, 3, 4, 5] });
    });
    expect(issues).toEqual([
      expect.objectContaining({ weekday: 'MONDAY', grades: [1, 2], message: expect.stringContaining('16:30–17:00') }),
      // Grade 6's last pickup slot is 17:30: served only until the club ends at 17:00.
      expect.objectContaining({ weekday: 'THURSDAY', grades: [6], message: expect.stringMatching(/17:00.*17:30/) }),
    ]);
  });

  it('SEGMENT_MISSING: a day without one of the three segments', async () => {
    const { issues } = await failsAfter('SEGMENT_MISSING', (s) => change(api, s, 'WEDNESDAY:CLUB', { segment: 'CLASS' }));
    expect(issues).toEqual([expect.objectContaining({ weekday: 'WEDNESDAY', message: expect.stringContaining('年级服务') })]);
  });

  it('ACTIVITY_OUTSIDE_CALENDAR: an activity on a weekend, or on a weekday whose every date is a holiday', async () => {
    const { issues } = await failsAfter('ACTIVITY_OUTSIDE_CALENDAR', (s) =>
      api.exec(CREATE_ACTIVITY, {
        input: activityInput(s.termId, { weekday: 'SATURDAY', startTime: '09:00', endTime: '10:00', venue: '操场', staffName: '周末老师' }),
      }),
    );
    expect(issues).toEqual([expect.objectContaining({ weekday: 'SATURDAY', message: expect.stringContaining('周六不是服务日') })]);
    // A two-week term whose Fridays are holidays: Friday is not required, and a Friday activity is outside the calendar.
    const short = await compliantSchool(api, week.slice(0, 4), partTwoDay, partOnePickup, {
      startDate: '2026-11-02',
      endDate: '2026-11-13',
      excludedDates: ['2026-11-06', '2026-11-13'],
    });
    expect((await ruleOf(api, short, 'DAY_NOT_COVERED')).status).toBe('PASSED');
    await api.exec(CREATE_ACTIVITY, { input: activityInput(short.termId, { weekday: 'FRIDAY', venue: '礼堂', staffName: '周五老师' }) });
    const friday = await ruleOf(api, short, 'ACTIVITY_OUTSIDE_CALENDAR');
    expect(friday.issues).toEqual([expect.objectContaining({ weekday: 'FRIDAY', message: expect.stringContaining('均为节假日') })]);
    expect(friday.report.days.find((day) => day.weekday === 'FRIDAY')!.serviceDateCount).toBe(0);
  });

  it('counts make-up days (调休补课) for the weekday they run and leaves holidays out', async () => {
    const s = await compliantSchool(api, week, partTwoDay, partOnePickup, {
      startDate: '2026-09-28',
      endDate: '2026-10-11',
      excludedDates: ['2026-10-01', '2026-10-02', '2026-10-05', '2026-10-06', '2026-10-07'],
      makeUpDays: [{ date: '2026-10-10', timetableWeekday: 'FRIDAY' }],
    });
    const report = await reportOf(api, s);
    expect(Object.fromEntries(report.days.map((day) => [day.weekday, day.serviceDateCount]))).toEqual({
      MONDAY: 1,
      TUESDAY: 1,
      WEDNESDAY: 1,
      THURSDAY: 1,
      FRIDAY: 2,
    });
    expect(report.serviceDayCount).toBe(6);
    expect(report.compliant).toBe(true);
  });

  it('SERVICE_ENDS_LATE and PROVIDER_BANNED do not apply without their policy', async () => {
    const report = await reportOf(api, await school());
    expect(report.rules.filter((rule) => rule.status === 'NOT_APPLICABLE').map((rule) => rule.code)).toEqual(['SERVICE_ENDS_LATE', 'PROVIDER_BANNED']);
  });

  it('SMALL_HOMEWORK_GROUP: a homework group below 20 on its roster (an empty one is not flagged)', async () => {
    const { issues } = await failsAfter('SMALL_HOMEWORK_GROUP', (s) => rosterOn(api, s, 'MONDAY:HOMEWORK', 2));
    expect(issues).toEqual([expect.objectContaining({ weekday: 'MONDAY', message: expect.stringContaining('仅 2 人') })]);
  });

  it('NO_PERSON_IN_CHARGE: an activity without a person in charge', async () => {
    const { issues } = await failsAfter('NO_PERSON_IN_CHARGE', (s) => change(api, s, 'TUESDAY:CLUB', { staffName: null }));
    expect(issues.map((issue) => issue.weekday)).toEqual(['TUESDAY']);
  });

  it('NO_ACTIVE_CONTRACT, PROVIDER_STAFF_UNCERTIFIED, ACADEMIC_BY_TRAINING_INSTITUTION: a provider’s activity', async () => {
    const s = await school();
    const provider = await approvedProvider(api, { serviceCategories: ['SPORTS', 'HOMEWORK'] });
    const contract = await activeContract(api, s.schoolId, s.termId, provider.id);
    const club = await change(api, s, 'MONDAY:CLUB', { staffName: null, contractId: contract.id });
    await change(api, s, 'TUESDAY:HOMEWORK', { staffName: null, contractId: contract.id });
    for (const code of ['NO_ACTIVE_CONTRACT', 'PROVIDER_STAFF_UNCERTIFIED', 'ACADEMIC_BY_TRAINING_INSTITUTION'])
      expect((await ruleOf(api, s, code)).status, code).toBe('PASSED');

    // The coach's certificate ran out yesterday.
    const read = async () => (await api.exec('query($id: ID!) { provider(id: $id) { version } }', { id: provider.id })).data!.provider.version;
    const expired = [{ name: '王教练', certificates: [{ certificateType: '教练员证', number: 'C-1', validTo: localDate(-1) }] }];
    expect(
      (
        await api.exec('mutation($id: ID!, $i: UpdateProviderInput!, $v: Int!) { updateProvider(id: $id, input: $i, expectedVersion: $v) { id } }', {
          id: provider.id,
          i: { staff: expired },
          v: await read(),
        })
      ).errors,
    ).toBeUndefined();
    const uncertified = await ruleOf(api, s, 'PROVIDER_STAFF_UNCERTIFIED');
    expect(uncertified.status).toBe('FAILED');
    expect(uncertified.issues.map((issue) => issue.weekday).sort()).toEqual(['MONDAY', 'TUESDAY']);

    // The provider turns out to be a training institution: its homework help is academic.
    const kind = await api.exec('mutation($id: ID!, $i: UpdateProviderInput!, $v: Int!) { updateProvider(id: $id, input: $i, expectedVersion: $v) { id } }', {
      id: provider.id,
      i: { kind: 'TRAINING_INSTITUTION', serviceCategories: ['SPORTS'] },
      v: await read(),
    });
    expect(kind.errors).toBeUndefined();
    const academic = await ruleOf(api, s, 'ACADEMIC_BY_TRAINING_INSTITUTION');
    expect(academic.issues).toEqual([expect.objectContaining({ weekday: 'TUESDAY', message: expect.stringContaining('培训机构') })]);

    expect((await api.exec('mutation($id: ID!) { terminateContract(id: $id, reason: "到期前终止") { status } }', { id: contract.id })).errors).toBeUndefined();
    const uncovered = await ruleOf(api, s, 'NO_ACTIVE_CONTRACT');
    expect(uncovered.status).toBe('FAILED');
    expect(uncovered.issues.map((issue) => issue.activityId)).toContain(club);
    expect(uncovered.issues.every((issue) => issue.contractId === contract.id)).toBe(true);
  });

  it('refuses a training institution’s HOMEWORK or SELF_STUDY activity, and nothing is written', async () => {
    const s = await school();
    const institution = await approvedProvider(api, { kind: 'TRAINING_INSTITUTION', serviceCategories: ['SPORTS', 'ARTS'] });
    const contract = await activeContract(api, s.schoolId, s.termId, institution.id);
    for (const category of ['HOMEWORK', 'SELF_STUDY']) {
      const refused = await api.exec(CREATE_ACTIVITY, {
        input: activityInput(s.termId, { category, contractId: contract.id, staffName: null, weekday: 'SATURDAY', venue: `${category}-室` }),
      });
      expect([codeOf(refused), fieldOf(refused)]).toEqual(['BAD_USER_INPUT', 'category']);
    }
    const sports = await api.exec(CREATE_ACTIVITY, {
      input: activityInput(s.termId, { category: 'SPORTS', contractId: contract.id, staffName: null, weekday: 'SATURDAY', venue: '体育馆' }),
    });
    expect(sports.errors).toBeUndefined();
    const changed = await api.exec('mutation($id: ID!, $v: Int!) { updateActivity(id: $id, input: { category: HOMEWORK }, expectedVersion: $v) { id } }', {
      id: sports.data!.createActivity.id,
      v: 1,
    });
    expect([codeOf(changed), fieldOf(changed)]).toEqual(['BAD_USER_INPUT', 'category']);
    const listed = await api.exec('query($t: ID!) { activities(filter: { termId: $t, weekday: SATURDAY }) { nodes { category } } }', { t: s.termId });
    expect(listed.data!.activities.nodes).toEqual([{ category: 'SPORTS' }]);
  });

  it('reports CLASS_WITHOUT_STAFF as not checked until the school has classes, DAY_WITHOUT_CARE_LOG until care logs exist, OPERATING_FUND_LOW until the year has a fund', async () => {
    const report = await reportOf(api, await school());
    const pending = report.rules.filter((rule) => rule.status === 'NOT_CHECKED');
    expect(pending.map((rule) => [rule.code, rule.seed])).toEqual([
      ['CLASS_WITHOUT_STAFF', '篇三'],
      ['DAY_WITHOUT_CARE_LOG', '篇五'],
      ['OPERATING_FUND_LOW', '篇二'],
    ]);
    expect(pending.every((rule) => rule.issueCount === 0)).toBe(true);
  });

  it('CLASS_WITHOUT_STAFF: every class has an active staff member of the school on duty (篇三 每班至少安排一名教职工)', async () => {
    const s = await school();
    const first = await staffedClass(api, s, '三年级1班');
    expect((await ruleOf(api, s, 'CLASS_WITHOUT_STAFF')).status).toBe('PASSED');

    // A class nobody is assigned to, and a class teacher who leaves the school's service.
    const bare = await createClass(api, s.schoolId, { grade: 4, name: '四年级2班' });
    await setActive(api, first.teacher, false);
    const failed = await ruleOf(api, s, 'CLASS_WITHOUT_STAFF');
    expect(failed.status).toBe('FAILED');
    expect(failed.rule.issueCount).toBe(2);
    expect(failed.issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ classId: bare.id, grades: [4], message: expect.stringContaining('四年级2班没有安排教职工') }),
        expect.objectContaining({ classId: first.classId, grades: [3], message: expect.stringContaining(`班主任${first.teacher.name}已不在本校岗位`) }),
      ]),
    );
    expect(failed.report.compliant).toBe(false);

    // Staff on duty again for both classes: the rule passes.
    const { teacher } = await staffedClass(api, s);
    await ok(api, 'mutation($id: ID!, $t: ID) { updateSchoolClass(id: $id, input: { classTeacherId: $t }, expectedVersion: 1) { id } }', {
      id: bare.id,
      t: teacher.id,
    });
    await setActive(api, { id: first.teacher.id, version: first.teacher.version + 1 }, true);
    expect((await ruleOf(api, s, 'CLASS_WITHOUT_STAFF')).status).toBe('PASSED');
  });

  it("CLASS_WITHOUT_STAFF is not checked for a term that has ended (classes and staff are today's, not that term's)", async () => {
    const ended = await compliantSchool(api, week, partTwoDay, partOnePickup, {
      schoolYear: '2025-2026',
      semester: 2,
      startDate: '2026-02-20',
      endDate: '2026-07-03',
      excludedDates: [],
    });
    await createClass(api, ended.schoolId, { grade: 2, name: '二年级1班' });
    const rule = await ruleOf(api, ended, 'CLASS_WITHOUT_STAFF');
    expect([rule.status, rule.issues]).toEqual(['NOT_CHECKED', []]);
    expect(rule.rule.explanation).toContain('尚未结束的学期');
  });
});
