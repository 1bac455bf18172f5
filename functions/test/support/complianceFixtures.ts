import { expect } from 'vitest';
import type { TestApi } from './api';
import { activityInput, CREATE_ACTIVITY, createSchool, createTerm } from './domain';
import { assign, createClass, createStaff, createStudent, enrol, ok } from './people';

export const REPORT = `query($s: ID!, $t: ID!) { complianceReport(schoolId: $s, termId: $t) {
  compliant serviceDayCount
  days { weekday serviceDateCount serviceMinutes activityCount endsAt segments }
  rules { code seed title explanation status issueCount }
  issues { kind weekday activityId contractId classId date grades message } } }`;

export const UPDATE_ACTIVITY =
  'mutation($id: ID!, $input: UpdateActivityInput!, $v: Int!) { updateActivity(id: $id, input: $input, expectedVersion: $v) { id version } }';

export const ALL_GRADES = [1, 2, 3, 4, 5, 6];

/** A day's times: homework (class), club (grade) and late care (school), back to back. */
export interface DayPlan {
  start: string;
  clubFrom: string;
  careFrom: string;
  end: string;
}

/** Seed part 二 under the default policy: 15:30–18:00, late care from 17:00. Seed part 五: 15:30–17:00. */
export const partTwoDay: DayPlan = { start: '15:30', clubFrom: '16:30', careFrom: '17:00', end: '18:00' };
export const partFiveDay: DayPlan = { start: '15:30', clubFrom: '16:15', careFrom: '16:30', end: '17:00' };

/** Seed part 一's pickup slots; part 五 (service until 17:00) collects everyone by 17:00. */
export const partOnePickup = [
  { grades: [1, 2], times: ['16:00', '17:00', '17:30'] },
  { grades: [3, 4, 5, 6], times: ['17:00', '17:30'] },
];
export const partFivePickup = [{ grades: ALL_GRADES, times: ['16:00', '17:00'] }];

/** A compliant day: every grade served without a gap, the three segments, late care to the day's end. */
export function dayRows(weekday: string, plan: DayPlan) {
  return [
    {
      weekday,
      startTime: plan.start,
      endTime: plan.clubFrom,
      title: '作业辅导',
      category: 'HOMEWORK',
      segment: 'CLASS',
      venue: `${weekday}-教室`,
      staffName: `${weekday}-张老师`,
      grades: ALL_GRADES,
      enrolledCount: 30,
    },
    {
      weekday,
      startTime: plan.clubFrom,
      endTime: plan.careFrom,
      title: '兴趣社团',
      category: 'CLUB',
      segment: 'GRADE',
      venue: `${weekday}-操场`,
      staffName: `${weekday}-李老师`,
      grades: ALL_GRADES,
    },
    {
      weekday,
      startTime: plan.careFrom,
      endTime: plan.end,
      title: '延时托管',
      category: 'LATE_CARE',
      segment: 'SCHOOL',
      venue: `${weekday}-图书馆`,
      staffName: `${weekday}-王老师`,
      grades: ALL_GRADES,
    },
  ];
}

export interface CompliantSchool {
  schoolId: string;
  termId: string;
  /** Activity id and version by `WEEKDAY:CATEGORY`, e.g. `MONDAY:LATE_CARE`. */
  rows: Map<string, { id: string; version: number }>;
}

/** A school (grades 1–6) with a term and a compliant week on `weekdays`. */
export async function compliantSchool(
  api: TestApi,
  weekdays: readonly string[],
  plan: DayPlan,
  pickupSlots: unknown[],
  term: Record<string, unknown> = {},
): Promise<CompliantSchool> {
  const school = await createSchool(api, { grades: ALL_GRADES, pickupSlots });
  const { id: termId } = await createTerm(api, school.id, term);
  const rows = new Map<string, { id: string; version: number }>();
  for (const row of weekdays.flatMap((weekday) => dayRows(weekday, plan))) {
    const result = await api.exec(CREATE_ACTIVITY, { input: activityInput(termId, row) });
    expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
    rows.set(`${row.weekday}:${row.category}`, { id: result.data!.createActivity.id, version: result.data!.createActivity.version });
  }
  return { schoolId: school.id, termId, rows };
}

/** Changes one of the school's activities (and remembers its new version). */
export async function change(api: TestApi, school: CompliantSchool, key: string, input: Record<string, unknown>) {
  const row = school.rows.get(key)!;
  const result = await api.exec(UPDATE_ACTIVITY, { id: row.id, input, v: row.version });
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  row.version = result.data!.updateActivity.version;
  return row.id;
}

export interface Report {
  compliant: boolean;
  serviceDayCount: number;
  days: { weekday: string; serviceDateCount: number; serviceMinutes: number; activityCount: number; endsAt: string | null; segments: string[] }[];
  rules: { code: string; seed: string; title: string; explanation: string; status: string; issueCount: number }[];
  issues: {
    kind: string;
    weekday: string | null;
    activityId: string | null;
    contractId: string | null;
    classId: string | null;
    date: string | null;
    grades: number[] | null;
    message: string;
  }[];
}

export async function reportOf(api: TestApi, school: { schoolId: string; termId: string }): Promise<Report> {
  const result = await api.exec(REPORT, { s: school.schoolId, t: school.termId });
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data!.complianceReport as Report;
}

/** The outcome of one rule, and its findings. */
export async function ruleOf(api: TestApi, school: { schoolId: string; termId: string }, code: string) {
  const report = await reportOf(api, school);
  const rule = report.rules.find((candidate) => candidate.code === code)!;
  return { status: rule.status, rule, issues: report.issues.filter((issue) => issue.kind === code), report };
}

/** A grade-3 class of the school with an active class teacher (CLASS_WITHOUT_STAFF is then checked and passes). */
export async function staffedClass(api: TestApi, school: { schoolId: string }, name?: string) {
  const teacher = await createStaff(api, school.schoolId, { duties: ['CLASS_TEACHER', 'TEACHER'] });
  const schoolClass = await createClass(api, school.schoolId, { classTeacherId: teacher.id, ...(name ? { name } : {}) });
  return { classId: schoolClass.id as string, teacher };
}

/** Sets a staff member's `active` flag (a class teacher who leaves the school's service). */
export const setActive = async (api: TestApi, staff: { id: string; version: number }, active: boolean) =>
  ok<{ id: string; version: number }>(
    api,
    'mutation($id: ID!, $v: Int!, $a: Boolean!) { updateStaffMember(id: $id, input: { active: $a }, expectedVersion: $v) { id version } }',
    { id: staff.id, v: staff.version, a: active },
  );

/**
 * Puts `count` children on the roster of one of the school's activities (enrolledCount is the roster's size): each
 * a student of a staffed class, taken through the enrolment workflow for the activity's weekday.
 */
export async function rosterOn(api: TestApi, school: CompliantSchool, key: string, count: number, application: Record<string, unknown> = {}, inClass?: string) {
  const classId = inClass ?? (await staffedClass(api, school)).classId;
  const weekday = key.split(':')[0];
  for (let i = 0; i < count; i++) {
    const child = await createStudent(api, classId);
    await enrol(api, child.id, school.termId, { days: [weekday], ...application });
    const placed = await assign(api, school.rows.get(key)!.id, child.id);
    expect(placed.errors, JSON.stringify(placed.errors)).toBeUndefined();
  }
}
