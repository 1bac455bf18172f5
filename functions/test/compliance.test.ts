import { beforeAll, describe, expect, it } from 'vitest';
import { codeOf, createTestApi, schoolAdminOf, type TestApi } from './support/api';
import { activityInput, CREATE_ACTIVITY, schoolWithTerm } from './support/domain';
import { assign, createStudent, enrol, schoolWithClass } from './support/people';

const REPORT = `query($s: ID!, $t: ID!) { complianceReport(schoolId: $s, termId: $t) {
  compliant minDailyMinutes lateCareEndsNotBefore
  days { weekday serviceMinutes meetsMinimum lateCareEndsAt lateCareOk activityCount }
  issues { kind weekday activityId message } } }`;

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});

/**
 * A compliant day under the seed part 二 policy, for every grade of the school: 15:30–16:30 homework (class),
 * 16:30–17:00 club (grade), 17:00–18:00 late care (school).
 */
function compliantDay(weekday: string) {
  const grades = [1, 2, 3, 4, 5, 6];
  return [
    {
      weekday,
      startTime: '15:30',
      endTime: '16:30',
      title: '作业辅导',
      category: 'HOMEWORK',
      venue: `${weekday}-教室`,
      staffName: `${weekday}-张老师`,
      enrolledCount: 30,
      grades,
    },
    {
      weekday,
      startTime: '16:30',
      endTime: '17:00',
      title: '兴趣社团',
      category: 'CLUB',
      segment: 'GRADE',
      venue: `${weekday}-操场`,
      staffName: `${weekday}-李老师`,
      grades,
    },
    {
      weekday,
      startTime: '17:00',
      endTime: '18:00',
      title: '延时托管',
      category: 'LATE_CARE',
      segment: 'SCHOOL',
      venue: `${weekday}-图书馆`,
      staffName: `${weekday}-王老师`,
      grades,
    },
  ];
}

/** The rules of SPEC §3.3 this file is about (complianceRules.test.ts covers the §3.9 ones). */
const timetableRules = new Set([
  'DAY_NOT_COVERED',
  'SHORT_DAY',
  'NO_LATE_CARE',
  'LATE_CARE_ENDS_EARLY',
  'SMALL_HOMEWORK_GROUP',
  'NO_PERSON_IN_CHARGE',
  'NO_ACTIVE_CONTRACT',
]);
const ofTimetableRules = (issues: { kind: string }[]) => issues.filter((issue) => timetableRules.has(issue.kind));

async function timetable(termId: string, rows: Record<string, unknown>[]) {
  for (const row of rows) {
    const result = await api.exec(CREATE_ACTIVITY, { input: activityInput(termId, row) });
    expect(result.errors).toBeUndefined();
  }
}

const weekdays = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'];

describe('"5+2" compliance report', () => {
  it('passes a compliant school', async () => {
    const { schoolId, termId } = await schoolWithTerm(api);
    await timetable(termId, weekdays.flatMap(compliantDay));
    const report = (await api.exec(REPORT, { s: schoolId, t: termId })).data!.complianceReport;
    expect(report.issues).toEqual([]);
    expect(report.compliant).toBe(true);
    expect(report.days).toHaveLength(5);
    expect(report.days[0]).toEqual({ weekday: 'MONDAY', serviceMinutes: 150, meetsMinimum: true, lateCareEndsAt: '18:00', lateCareOk: true, activityCount: 3 });
  });

  it('flags a day short of 120 minutes and late care ending 17:30, saying what to fix', async () => {
    const { schoolId, termId } = await schoolWithTerm(api);
    const rows = weekdays.flatMap(compliantDay).filter((row) => !(row.weekday === 'WEDNESDAY' && row.category === 'CLUB'));
    const tuesdayLateCare = rows.find((row) => row.weekday === 'TUESDAY' && row.category === 'LATE_CARE')!;
    tuesdayLateCare.endTime = '17:30';
    // Wednesday without its club: 30 min homework + 60 min late care = 90 minutes.
    rows.find((row) => row.weekday === 'WEDNESDAY' && row.category === 'HOMEWORK')!.endTime = '16:00';
    await timetable(termId, rows);
    const report = (await api.exec(REPORT, { s: schoolId, t: termId })).data!.complianceReport;
    expect(report.compliant).toBe(false);
    const kinds = ofTimetableRules(report.issues)
      .map((issue) => `${issue.kind}:${(issue as { weekday?: string }).weekday}`)
      .sort();
    // Tuesday still has 120 minutes (15:30–17:30): only its late care is too early.
    expect(kinds).toEqual(['LATE_CARE_ENDS_EARLY:TUESDAY', 'SHORT_DAY:WEDNESDAY']);
    const wednesday = report.days.find((day: { weekday: string }) => day.weekday === 'WEDNESDAY');
    expect(wednesday).toMatchObject({ serviceMinutes: 90, meetsMinimum: false });
    const lateCare = report.issues.find((issue: { kind: string }) => issue.kind === 'LATE_CARE_ENDS_EARLY');
    expect(lateCare.message).toContain('17:30');
    expect(lateCare.message).toContain('18:00');
    expect(lateCare.activityId).toBeTruthy();
  });

  it('flags uncovered days, small homework groups and activities without a person in charge', async () => {
    const { schoolId, termId, classId } = await schoolWithClass(api);
    await timetable(termId, [
      { weekday: 'MONDAY', startTime: '15:30', endTime: '16:30', category: 'HOMEWORK', venue: 'A' },
      { weekday: 'MONDAY', startTime: '16:30', endTime: '18:00', category: 'LATE_CARE', venue: 'B', staffName: null },
    ]);
    // One child on the homework group's roster: below minHomeworkGroupSize (20). An empty group is not flagged.
    const homework = (await api.exec('query($t: ID!) { activities(filter: { termId: $t, category: HOMEWORK }) { nodes { id } } }', { t: termId })).data!
      .activities.nodes[0].id;
    const child = await createStudent(api, classId);
    await enrol(api, child.id, termId);
    expect((await assign(api, homework, child.id)).errors).toBeUndefined();
    const report = (await api.exec(REPORT, { s: schoolId, t: termId })).data!.complianceReport;
    const kinds = new Set(ofTimetableRules(report.issues).map((issue) => issue.kind));
    expect(kinds).toEqual(new Set(['DAY_NOT_COVERED', 'SMALL_HOMEWORK_GROUP', 'NO_PERSON_IN_CHARGE']));
    expect(report.issues.filter((issue: { kind: string }) => issue.kind === 'DAY_NOT_COVERED')).toHaveLength(4);
  });

  it('is for the district and the school’s own admin', async () => {
    const { schoolId, termId } = await schoolWithTerm(api);
    expect((await api.exec(REPORT, { s: schoolId, t: termId }, schoolAdminOf(schoolId))).errors).toBeUndefined();
    expect(codeOf(await api.exec(REPORT, { s: schoolId, t: termId }, schoolAdminOf('sch_other')))).toBe('FORBIDDEN');
  });
});
