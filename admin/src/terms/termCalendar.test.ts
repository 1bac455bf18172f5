import { describe, expect, it } from 'vitest';
import { applyCalendarChange, monthsOfTerm, weeksOf, type CalendarDay } from './termCalendar';

const day = (date: string, weekday: CalendarDay['weekday'], kind: CalendarDay['kind'] = 'SERVICE_DAY'): CalendarDay => ({
  date,
  weekday,
  kind,
  serviceDay: kind === 'SERVICE_DAY',
  timetableWeekday: kind === 'SERVICE_DAY' ? weekday : null,
  note: null,
});

describe('term calendar view', () => {
  it('lists the months a term spans, across the new year', () => {
    expect(monthsOfTerm('2026-09-01', '2027-01-22')).toEqual(['2026-09', '2026-10', '2026-11', '2026-12', '2027-01']);
    expect(monthsOfTerm('2027-02-20', '2027-02-28')).toEqual(['2027-02']);
  });

  it('lays a month out in Monday-first weeks', () => {
    // October 2026 starts on a Thursday.
    const weekdays = ['THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY', 'MONDAY', 'TUESDAY', 'WEDNESDAY'] as const;
    const days = Array.from({ length: 31 }, (_, i) => day(`2026-10-${String(i + 1).padStart(2, '0')}`, weekdays[i % 7]));
    const weeks = weeksOf(days);
    expect(weeks).toHaveLength(5);
    expect(weeks[0].slice(0, 3)).toEqual([null, null, null]);
    expect(weeks[0][3]?.date).toBe('2026-10-01');
    expect(weeks[4].filter(Boolean).map((d) => d!.date)).toEqual(['2026-10-26', '2026-10-27', '2026-10-28', '2026-10-29', '2026-10-30', '2026-10-31']);
    expect(weeks.every((week) => week.length === 7)).toBe(true);
  });

  it('edits the lists: a date is a holiday, a make-up day, or neither — never both', () => {
    const term = { excludedDates: ['2026-10-01'], makeUpDays: [{ date: '2026-10-10', timetableWeekday: 'FRIDAY' as const, note: '国庆调休' }] };
    expect(applyCalendarChange(term, '2026-10-02', { kind: 'HOLIDAY' })).toEqual({
      excludedDates: ['2026-10-01', '2026-10-02'],
      makeUpDays: [{ date: '2026-10-10', timetableWeekday: 'FRIDAY', note: '国庆调休' }],
    });
    expect(applyCalendarChange(term, '2026-10-10', { kind: 'HOLIDAY' })).toEqual({ excludedDates: ['2026-10-01', '2026-10-10'], makeUpDays: [] });
    expect(applyCalendarChange(term, '2026-09-27', { kind: 'MAKE_UP', timetableWeekday: 'MONDAY', note: ' ' }).makeUpDays).toEqual([
      { date: '2026-09-27', timetableWeekday: 'MONDAY', note: null },
      { date: '2026-10-10', timetableWeekday: 'FRIDAY', note: '国庆调休' },
    ]);
    expect(applyCalendarChange(term, '2026-10-01', { kind: 'REGULAR' })).toEqual({ excludedDates: [], makeUpDays: term.makeUpDays });
  });
});
