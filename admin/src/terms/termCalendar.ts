import type { MakeUpDayInput, TermCalendarQuery, Weekday } from '../generated/graphql';

export type CalendarDay = NonNullable<TermCalendarQuery['term']>['calendar'][number];

/** The months a term spans, `YYYY-MM`, in order. */
export function monthsOfTerm(startDate: string, endDate: string): string[] {
  const months: string[] = [];
  let [year, month] = startDate.slice(0, 7).split('-').map(Number);
  const last = endDate.slice(0, 7);
  for (let guard = 0; guard < 36; guard++) {
    const current = `${year}-${String(month).padStart(2, '0')}`;
    months.push(current);
    if (current >= last) break;
    month = month === 12 ? 1 : month + 1;
    if (month === 1) year++;
  }
  return months;
}

const weekdayIndex: Record<Weekday, number> = { MONDAY: 0, TUESDAY: 1, WEDNESDAY: 2, THURSDAY: 3, FRIDAY: 4, SATURDAY: 5, SUNDAY: 6 };

/** A month's days as weeks of seven (Monday first), padded with nulls: the grid a calendar view draws. */
export function weeksOf(days: readonly CalendarDay[]): (CalendarDay | null)[][] {
  if (days.length === 0) return [];
  const cells: (CalendarDay | null)[] = [...Array(weekdayIndex[days[0].weekday]).fill(null), ...days];
  while (cells.length % 7 !== 0) cells.push(null);
  return Array.from({ length: cells.length / 7 }, (_, week) => cells.slice(week * 7, week * 7 + 7));
}

/** What the editor can make of a date. */
export type CalendarChange = { kind: 'HOLIDAY' } | { kind: 'MAKE_UP'; timetableWeekday: Weekday; note?: string } | { kind: 'REGULAR' };

interface EditableTerm {
  excludedDates: readonly string[];
  makeUpDays: readonly { date: string; timetableWeekday: Weekday; note?: string | null }[];
}

/**
 * The term's new excluded dates and make-up days after one change to `date` (the lists only: whether the result is a
 * service day is the API's calendar service's to say, and it validates the change).
 */
export function applyCalendarChange(term: EditableTerm, date: string, change: CalendarChange): { excludedDates: string[]; makeUpDays: MakeUpDayInput[] } {
  const excludedDates = term.excludedDates.filter((d) => d !== date);
  const makeUpDays: MakeUpDayInput[] = term.makeUpDays
    .filter((d) => d.date !== date)
    .map(({ date: d, timetableWeekday, note }) => ({ date: d, timetableWeekday, note: note ?? null }));
  if (change.kind === 'HOLIDAY') excludedDates.push(date);
  if (change.kind === 'MAKE_UP') makeUpDays.push({ date, timetableWeekday: change.timetableWeekday, note: change.note?.trim() || null });
  return { excludedDates: excludedDates.sort(), makeUpDays: makeUpDays.sort((a, b) => a.date.localeCompare(b.date)) };
}
