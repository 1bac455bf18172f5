import { randomUUID } from 'node:crypto';
import type { Viewer } from '../../src/auth/viewer';
import { localDate } from '../../src/core/clock';
import { districtAdmin, type TestApi } from './api';
import { createSchool, createTerm } from './domain';
import { assign, createActivity, createClass, createStaff, createStudent, enrol, teacherOf } from './people';

const weekdays = ['SUNDAY', 'MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY'] as const;
export const weekdayOf = (date: string) => weekdays[new Date(`${date}T00:00:00Z`).getUTCDay()];
const shift = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** The latest Monday–Friday before today (school-local): a past service day. */
export function lastSchoolDay(): string {
  for (let offset = -1; ; offset--) {
    const date = localDate(offset);
    if (!['SATURDAY', 'SUNDAY'].includes(weekdayOf(date))) return date;
  }
}

export const ROLL_CALL_FIELDS = 'id version activityId date recorded takenBy takenAt marks { studentId status }';
export const RECORD_ROLL_CALL = `mutation($i: RecordRollCallInput!) { recordRollCall(input: $i) { ${ROLL_CALL_FIELDS} } }`;
export const ROLL_CALL = `query($a: ID!, $d: Date!) { rollCall(activityId: $a, date: $d) { ${ROLL_CALL_FIELDS} } }`;

/**
 * A school whose term spans the past weeks, a class teacher who runs a session held on `day` (a past school day), and
 * `n` enrolled children on its roster. `excluded` is a holiday of the term on the same weekday, `future` a week ahead.
 */
export async function careStage(api: TestApi, n: number) {
  const day = lastSchoolDay();
  const excluded = shift(day, -7);
  const future = shift(day, 14);
  const school = await createSchool(api, { pickupSlots: [{ grades: [1, 2, 3, 4, 5, 6], times: ['17:00', '17:30'] }] });
  const term = await createTerm(api, school.id, { startDate: shift(day, -60), endDate: shift(day, 60), excludedDates: [excluded] });
  const teacher = await createStaff(api, school.id, { duties: ['CLASS_TEACHER', 'TEACHER'] });
  const schoolClass = await createClass(api, school.id, { classTeacherId: teacher.id });
  const activityId = await createActivity(api, term.id, {
    weekday: weekdayOf(day),
    startTime: '15:30',
    endTime: '16:30',
    staffId: teacher.id,
    grades: [3],
    capacity: 60,
  });
  const students: string[] = [];
  for (let i = 0; i < n; i++) {
    const student = await createStudent(api, schoolClass.id);
    await enrol(api, student.id, term.id);
    await assign(api, activityId, student.id);
    students.push(student.id);
  }
  return {
    schoolId: school.id as string,
    termId: term.id as string,
    classId: schoolClass.id as string,
    activityId,
    students,
    day,
    excluded,
    future,
    teacher: { id: teacher.id, viewer: teacherOf(teacher.id, school.id) },
  };
}

export const rollCallInput = (activityId: string, date: string, marks: { studentId: string; status: string }[], overrides: Record<string, unknown> = {}) => ({
  activityId,
  date,
  marks,
  idempotencyKey: randomUUID(),
  ...overrides,
});

export const recordRollCall = (api: TestApi, input: Record<string, unknown>, viewer: Viewer | null = districtAdmin) =>
  api.exec(RECORD_ROLL_CALL, { i: input }, viewer);
