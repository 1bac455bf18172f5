import { beforeAll, describe, expect, it } from 'vitest';
import { localDate } from '../src/core/clock';
import { AppError } from '../src/core/errors';
import { codeOf, createTestApi, fieldOf, type TestApi } from './support/api';
import { createSchool, createTerm } from './support/domain';

const CALENDAR = `query($id: ID!, $m: String!) { term(id: $id) { makeUpDays { date timetableWeekday note } serviceDayCount
  calendar(month: $m) { date weekday kind serviceDay timetableWeekday note } } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateTermInput!, $v: Int!) { updateTerm(id: $id, input: $input, expectedVersion: $v) {
  version excludedDates makeUpDays { date timetableWeekday note } } }`;

const holidays = ['2026-10-01', '2026-10-02', '2026-10-05', '2026-10-06', '2026-10-07'];
const makeUpDays = [
  { date: '2026-10-10', timetableWeekday: 'FRIDAY', note: '国庆调休' },
  { date: '2026-09-20', timetableWeekday: 'MONDAY' },
];

/** A fresh API (own table) so the district policy of one describe never leaks into another. */
async function termWithCalendar(api: TestApi, overrides: Record<string, unknown> = {}) {
  const school = await createSchool(api);
  return createTerm(api, school.id, { startDate: '2026-09-01', endDate: '2027-01-22', excludedDates: holidays, makeUpDays, ...overrides });
}

describe('term calendar under the "5+2" policy (MON–FRI)', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await createTestApi();
  });

  it('stores make-up days sorted by date and shows a month with holidays and the make-up day', async () => {
    const term = await termWithCalendar(api);
    const result = await api.exec(CALENDAR, { id: term.id, m: '2026-10' });
    expect(result.errors).toBeUndefined();
    const { makeUpDays: stored, calendar } = result.data!.term;
    expect(stored).toEqual([
      { date: '2026-09-20', timetableWeekday: 'MONDAY', note: null },
      { date: '2026-10-10', timetableWeekday: 'FRIDAY', note: '国庆调休' },
    ]);
    expect(calendar).toHaveLength(31);
    const on = (date: string) => calendar.find((day: { date: string }) => day.date === date);
    expect(on('2026-10-01')).toMatchObject({ kind: 'EXCLUDED', serviceDay: false, timetableWeekday: null });
    expect(on('2026-10-10')).toEqual({
      date: '2026-10-10',
      weekday: 'SATURDAY',
      kind: 'MAKE_UP_DAY',
      serviceDay: true,
      timetableWeekday: 'FRIDAY',
      note: '国庆调休',
    });
    expect(on('2026-10-11')).toMatchObject({ kind: 'NO_SERVICE_WEEKDAY', serviceDay: false });
    expect(on('2026-10-12')).toMatchObject({ kind: 'SERVICE_DAY', timetableWeekday: 'MONDAY' });
    expect(calendar.filter((day: { serviceDay: boolean }) => day.serviceDay)).toHaveLength(18);
  });

  it('counts the term’s service days: weekdays minus holidays plus make-up days', async () => {
    const plain = await termWithCalendar(api, { excludedDates: [], makeUpDays: [] });
    const full = await termWithCalendar(api);
    const count = async (id: string) => (await api.exec(CALENDAR, { id, m: '2026-09' })).data!.term.serviceDayCount;
    // 2026-09-01 … 2027-01-22: 22 + 22 + 21 + 23 + 16 = 104 weekdays.
    expect(await count(plain.id)).toBe(104);
    expect(await count(full.id)).toBe(104 - holidays.length + makeUpDays.length);
  });

  it('refuses make-up days that break the calendar, naming the field, and changes nothing', async () => {
    const term = await termWithCalendar(api);
    const update = (input: Record<string, unknown>) => api.exec(UPDATE, { id: term.id, input, v: 1 });
    const cases: [Record<string, unknown>, string][] = [
      [{ makeUpDays: [{ date: '2026-10-14', timetableWeekday: 'FRIDAY' }] }, 'makeUpDays.0.date'],
      [{ makeUpDays: [{ date: '2026-10-10', timetableWeekday: 'SATURDAY' }] }, 'makeUpDays.0.timetableWeekday'],
      [{ makeUpDays: [{ date: '2027-03-06', timetableWeekday: 'MONDAY' }] }, 'makeUpDays.0.date'],
      [{ excludedDates: ['2026-10-10'] }, 'makeUpDays.1.date'],
      [{ makeUpDays: [{ date: '2026-10-10', timetableWeekday: 'FRIDAY', note: '调'.repeat(61) }] }, 'makeUpDays.0.note'],
    ];
    for (const [input, field] of cases) {
      const result = await update(input);
      expect([codeOf(result), fieldOf(result)], JSON.stringify(input)).toEqual(['BAD_USER_INPUT', field]);
    }
    const after = await api.exec(CALENDAR, { id: term.id, m: '2026-10' });
    expect(after.data!.term.makeUpDays).toHaveLength(2);
    const saved = await update({ makeUpDays: [] });
    expect(saved.data!.updateTerm).toMatchObject({ version: 2, makeUpDays: [] });
  });

  it('answers whether a date may take roll call: a past service day yes; a holiday, a weekend or the future no', async () => {
    const term = await termWithCalendar(api, { endDate: localDate(60) > '2027-01-22' ? localDate(60) : '2027-01-22' });
    const calendar = api.services.calendar;
    expect((await calendar.requireServiceDate(term.id, '2026-10-10')).timetableWeekday).toBe('FRIDAY');
    const refusal = async (date: string) => {
      const error = await calendar.requireServiceDate(term.id, date).catch((caught: unknown) => caught);
      return error instanceof AppError ? [error.code, error.extensions.field, error.extensions.calendarDayKind] : error;
    };
    expect(await refusal('2026-10-01')).toEqual(['BAD_USER_INPUT', 'date', 'EXCLUDED']);
    expect(await refusal('2026-10-11')).toEqual(['BAD_USER_INPUT', 'date', 'NO_SERVICE_WEEKDAY']);
    expect(await refusal('2026-08-31')).toEqual(['BAD_USER_INPUT', 'date', 'OUTSIDE_TERM']);
    expect(await refusal(localDate(1))).toEqual(['BAD_USER_INPUT', 'date', undefined]);
  });
});

describe('term calendar under seed part 五 (MON–THU)', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await createTestApi();
    const set = await api.exec(
      'mutation { updateDistrictPolicy(input: { serviceDays: [MONDAY, TUESDAY, WEDNESDAY, THURSDAY] }, expectedVersion: 0) { version } }',
    );
    expect(set.errors).toBeUndefined();
  });

  it('has no service on Fridays, allows a Friday make-up day, and refuses one that runs Friday’s timetable', async () => {
    const school = await createSchool(api);
    const CREATE = 'mutation($input: CreateTermInput!) { createTerm(input: $input) { id serviceDayCount } }';
    const input = (days: unknown[]) => ({
      schoolId: school.id,
      schoolYear: '2026-2027',
      semester: 1,
      startDate: '2026-09-01',
      endDate: '2026-09-30',
      excludedDates: [],
      makeUpDays: days,
    });
    const refused = await api.exec(CREATE, { input: input([{ date: '2026-09-26', timetableWeekday: 'FRIDAY' }]) });
    expect([codeOf(refused), fieldOf(refused)]).toEqual(['BAD_USER_INPUT', 'makeUpDays.0.timetableWeekday']);
    const created = await api.exec(CREATE, { input: input([{ date: '2026-09-25', timetableWeekday: 'MONDAY' }]) });
    expect(created.errors).toBeUndefined();
    // September 2026 has 22 weekdays, 4 of them Fridays; the Friday make-up day adds one.
    expect(created.data!.createTerm.serviceDayCount).toBe(22 - 4 + 1);
    const month = (await api.exec(CALENDAR, { id: created.data!.createTerm.id, m: '2026-09' })).data!.term.calendar;
    expect(month.find((day: { date: string }) => day.date === '2026-09-18')).toMatchObject({ kind: 'NO_SERVICE_WEEKDAY', serviceDay: false });
    expect(month.find((day: { date: string }) => day.date === '2026-09-25')).toMatchObject({ kind: 'MAKE_UP_DAY', timetableWeekday: 'MONDAY' });
  });
});
