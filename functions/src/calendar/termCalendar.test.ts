import { describe, expect, it } from 'vitest';
import type { Weekday } from '../policy/policyEntity';
import {
  addDays,
  calendarDay,
  calendarProblem,
  datesBetween,
  isServiceDay,
  monthCalendar,
  serviceDatesByTimetable,
  serviceDays,
  serviceDaysOfMonth,
  timetableWeekdayOn,
  weekdayOf,
  type CalendarTerm,
} from './termCalendar';

const monToFri: { serviceDays: Weekday[] } = { serviceDays: ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'] };
// Seed part 五: 星期一至星期四.
const monToThu: { serviceDays: Weekday[] } = { serviceDays: ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY'] };

/** Autumn 2026: National Day week off, Saturday 10-10 runs Friday's timetable, Sunday 09-20 runs Monday's. */
const autumn: CalendarTerm = {
  startDate: '2026-09-01',
  endDate: '2027-01-22',
  excludedDates: ['2026-10-01', '2026-10-02', '2026-10-05', '2026-10-06', '2026-10-07'],
  makeUpDays: [
    { date: '2026-09-20', timetableWeekday: 'MONDAY', note: '国庆调休' },
    { date: '2026-10-10', timetableWeekday: 'FRIDAY' },
  ],
};

describe('dates', () => {
  it('knows the weekday of a date', () => {
    expect(weekdayOf('2026-09-01')).toBe('TUESDAY');
    expect(weekdayOf('2026-10-10')).toBe('SATURDAY');
    expect(weekdayOf('2026-09-20')).toBe('SUNDAY');
    expect(weekdayOf('2027-01-04')).toBe('MONDAY');
  });

  it('walks date ranges across months and years', () => {
    expect(datesBetween('2026-12-30', '2027-01-02')).toEqual(['2026-12-30', '2026-12-31', '2027-01-01', '2027-01-02']);
    expect(datesBetween('2026-10-02', '2026-10-01')).toEqual([]);
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(monthCalendar(autumn, monToFri, '2027-02')).toHaveLength(28);
  });
});

describe('a service day', () => {
  it('is a policy weekday inside the term that is not excluded', () => {
    expect(calendarDay(autumn, monToFri, '2026-09-01')).toEqual({
      date: '2026-09-01',
      weekday: 'TUESDAY',
      kind: 'SERVICE_DAY',
      serviceDay: true,
      timetableWeekday: 'TUESDAY',
      note: null,
    });
    expect(calendarDay(autumn, monToFri, '2026-10-01')).toMatchObject({ kind: 'EXCLUDED', serviceDay: false, timetableWeekday: null });
    expect(calendarDay(autumn, monToFri, '2026-09-05')).toMatchObject({ kind: 'NO_SERVICE_WEEKDAY', serviceDay: false });
    expect(calendarDay(autumn, monToFri, '2026-08-31')).toMatchObject({ kind: 'OUTSIDE_TERM', serviceDay: false });
    expect(calendarDay(autumn, monToFri, '2027-01-23')).toMatchObject({ kind: 'OUTSIDE_TERM', serviceDay: false });
  });

  it('includes make-up days, which run the named weekday’s timetable', () => {
    expect(calendarDay(autumn, monToFri, '2026-10-10')).toEqual({
      date: '2026-10-10',
      weekday: 'SATURDAY',
      kind: 'MAKE_UP_DAY',
      serviceDay: true,
      timetableWeekday: 'FRIDAY',
      note: null,
    });
    expect(timetableWeekdayOn(autumn, monToFri, '2026-09-20')).toBe('MONDAY');
    expect(calendarDay(autumn, monToFri, '2026-09-20').note).toBe('国庆调休');
  });

  it('follows a MON–THU policy: Fridays are no service days, and a make-up day running Friday is none either', () => {
    expect(isServiceDay(autumn, monToThu, '2026-09-04')).toBe(false);
    expect(calendarDay(autumn, monToThu, '2026-09-04').kind).toBe('NO_SERVICE_WEEKDAY');
    expect(isServiceDay(autumn, monToThu, '2026-09-03')).toBe(true);
    // The policy no longer serves Fridays: Saturday 10-10 (running Friday) is no service day now.
    expect(calendarDay(autumn, monToThu, '2026-10-10')).toMatchObject({ kind: 'NO_SERVICE_WEEKDAY', serviceDay: false });
    expect(isServiceDay(autumn, monToThu, '2026-09-20')).toBe(true);
  });

  it('lets an excluded date win', () => {
    const clash: CalendarTerm = { ...autumn, excludedDates: ['2026-10-10'] };
    expect(calendarDay(clash, monToFri, '2026-10-10').kind).toBe('EXCLUDED');
  });
});

describe('service day lists', () => {
  it('lists a month’s service days with the make-up day and without the holidays', () => {
    const october = serviceDaysOfMonth(autumn, monToFri, '2026-10');
    const dates = october.map((day) => day.date);
    // 22 weekdays in October 2026, 5 of them excluded, plus Saturday the 10th.
    expect(dates).toHaveLength(22 - 5 + 1);
    expect(dates).toContain('2026-10-10');
    expect(dates).not.toContain('2026-10-01');
    expect(dates[0]).toBe('2026-10-08');
    expect(serviceDaysOfMonth(autumn, monToThu, '2026-10').map((day) => day.date)).not.toContain('2026-10-09');
  });

  it('clips ranges to the term', () => {
    expect(serviceDays(autumn, monToFri, { from: '2026-08-01', to: '2026-09-02' }).map((day) => day.date)).toEqual(['2026-09-01', '2026-09-02']);
    expect(serviceDaysOfMonth(autumn, monToFri, '2026-08')).toEqual([]);
    expect(serviceDays(autumn, monToFri, { from: '2027-01-20' }).map((day) => day.date)).toEqual(['2027-01-20', '2027-01-21', '2027-01-22']);
  });

  it('counts the dates each weekday’s timetable runs, make-up days included', () => {
    const short: CalendarTerm = {
      startDate: '2026-09-28',
      endDate: '2026-10-11',
      excludedDates: ['2026-10-01', '2026-10-02', '2026-10-05', '2026-10-06', '2026-10-07'],
      makeUpDays: [{ date: '2026-10-10', timetableWeekday: 'FRIDAY' }],
    };
    const byWeekday = serviceDatesByTimetable(short, monToFri);
    expect(byWeekday.get('FRIDAY')).toEqual(['2026-10-09', '2026-10-10']);
    expect(byWeekday.get('THURSDAY')).toEqual(['2026-10-08']);
    expect(byWeekday.get('MONDAY')).toEqual(['2026-09-28']);
    expect([...serviceDatesByTimetable(short, monToThu).keys()]).toEqual(['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY']);
  });
});

describe('calendar problems', () => {
  it('accepts a sound calendar', () => {
    expect(calendarProblem(autumn, monToFri)).toBeUndefined();
  });

  it('names the field of each problem', () => {
    const problem = (term: Partial<CalendarTerm>, policy = monToFri) => calendarProblem({ ...autumn, ...term }, policy)?.field;
    expect(problem({ excludedDates: ['2027-02-01'] })).toBe('excludedDates');
    expect(problem({ makeUpDays: [{ date: '2027-02-06', timetableWeekday: 'MONDAY' }] })).toBe('makeUpDays.0.date');
    expect(
      problem({
        makeUpDays: [
          { date: '2026-10-10', timetableWeekday: 'MONDAY' },
          { date: '2026-10-10', timetableWeekday: 'FRIDAY' },
        ],
      }),
    ).toBe('makeUpDays.1.date');
    expect(problem({ excludedDates: ['2026-10-10'], makeUpDays: [{ date: '2026-10-10', timetableWeekday: 'FRIDAY' }] })).toBe('makeUpDays.0.date');
    // Wednesday already has service: a make-up day falls on a day without.
    expect(problem({ makeUpDays: [{ date: '2026-10-14', timetableWeekday: 'FRIDAY' }] })).toBe('makeUpDays.0.date');
    expect(problem({ makeUpDays: [{ date: '2026-10-10', timetableWeekday: 'SUNDAY' }] })).toBe('makeUpDays.0.timetableWeekday');
    // Under MON–THU a Friday may be a make-up day, but it cannot run Friday's (non-existent) timetable.
    expect(problem({ makeUpDays: [{ date: '2026-10-09', timetableWeekday: 'MONDAY' }] }, monToThu)).toBeUndefined();
    expect(problem({ makeUpDays: [{ date: '2026-10-10', timetableWeekday: 'FRIDAY' }] }, monToThu)).toBe('makeUpDays.0.timetableWeekday');
  });
});
