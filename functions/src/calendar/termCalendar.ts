import { weekdays, type Weekday } from '../policy/policyEntity';

/**
 * The term calendar as Chinese schools live it (校历): the policy's service weekdays inside the term, minus the
 * excluded dates (holidays), plus the make-up days (调休补课: usually a weekend date that runs another weekday's
 * timetable). Pure functions over a term and the policy — THE place that knows these rules. Compliance, roll call,
 * bills and stipends ask here (directly, or through `calendarService.ts`) and never re-derive them.
 *
 * Dates are `YYYY-MM-DD` calendar dates (school-local, no time zone): their text order is date order.
 */

/** A make-up day: `date` runs the timetable of `timetableWeekday` (e.g. Saturday 2026-10-10 runs FRIDAY). */
export interface MakeUpDay {
  date: string;
  timetableWeekday: Weekday;
  note?: string;
}

/** What the calendar needs of a term (a TermRecord fits). */
export interface CalendarTerm {
  startDate: string;
  endDate: string;
  excludedDates: readonly string[];
  makeUpDays?: readonly MakeUpDay[] | null;
}

/** What the calendar needs of the district policy (a DistrictPolicyRecord fits). */
export interface CalendarPolicy {
  serviceDays: readonly Weekday[];
}

/**
 * Why a date is or is not a service day:
 * - SERVICE_DAY: a policy service weekday inside the term, not excluded;
 * - MAKE_UP_DAY: a make-up day whose timetable weekday is a policy service day;
 * - EXCLUDED: a holiday of the term (excluded dates win over everything else);
 * - NO_SERVICE_WEEKDAY: inside the term, but its weekday has no service (e.g. Friday under 篇五's MON–THU, a weekend),
 *   also a make-up day whose timetable weekday the policy no longer serves;
 * - OUTSIDE_TERM: before the start or after the end of the term.
 */
export type CalendarDayKind = 'SERVICE_DAY' | 'MAKE_UP_DAY' | 'EXCLUDED' | 'NO_SERVICE_WEEKDAY' | 'OUTSIDE_TERM';

export interface CalendarDay {
  date: string;
  /** The weekday of the date itself. */
  weekday: Weekday;
  kind: CalendarDayKind;
  serviceDay: boolean;
  /** The weekday whose timetable runs on the date (null when it is not a service day). */
  timetableWeekday: Weekday | null;
  /** The make-up day's note, if any. */
  note: string | null;
}

const DAY_MS = 86_400_000;
const toTime = (date: string) => Date.parse(`${date}T00:00:00Z`);
const fromTime = (time: number) => new Date(time).toISOString().slice(0, 10);

/** The weekday of a calendar date. */
export function weekdayOf(date: string): Weekday {
  // getUTCDay: 0 = Sunday … 6 = Saturday; `weekdays` starts on Monday.
  return weekdays[(new Date(toTime(date)).getUTCDay() + 6) % 7];
}

/** The date `days` after (or before, when negative) `date`. */
export const addDays = (date: string, days: number): string => fromTime(toTime(date) + days * DAY_MS);

/** Every date from `from` to `to`, both included (empty when `to` is before `from`). */
export function datesBetween(from: string, to: string): string[] {
  const dates: string[] = [];
  for (let time = toTime(from), end = toTime(to); time <= end; time += DAY_MS) dates.push(fromTime(time));
  return dates;
}

/** The dates of a month `YYYY-MM`. */
export function datesOfMonth(month: string): string[] {
  const [year, monthNumber] = month.split('-').map(Number);
  const last = new Date(Date.UTC(year, monthNumber, 0)).getUTCDate();
  return datesBetween(`${month}-01`, `${month}-${String(last).padStart(2, '0')}`);
}

/** One date of the term's calendar under the policy, with the reason it is (not) a service day. */
export function calendarDay(term: CalendarTerm, policy: CalendarPolicy, date: string): CalendarDay {
  const weekday = weekdayOf(date);
  const day = (kind: CalendarDayKind, timetableWeekday: Weekday | null = null, note: string | null = null): CalendarDay => ({
    date,
    weekday,
    kind,
    serviceDay: timetableWeekday !== null,
    timetableWeekday,
    note,
  });
  if (date < term.startDate || date > term.endDate) return day('OUTSIDE_TERM');
  if (term.excludedDates.includes(date)) return day('EXCLUDED');
  const makeUp = term.makeUpDays?.find((candidate) => candidate.date === date);
  if (makeUp) {
    return policy.serviceDays.includes(makeUp.timetableWeekday)
      ? day('MAKE_UP_DAY', makeUp.timetableWeekday, makeUp.note ?? null)
      : day('NO_SERVICE_WEEKDAY', null, makeUp.note ?? null);
  }
  return policy.serviceDays.includes(weekday) ? day('SERVICE_DAY', weekday) : day('NO_SERVICE_WEEKDAY');
}

/** Whether the date is a service day of the term (a make-up day counts; an excluded date never does). */
export const isServiceDay = (term: CalendarTerm, policy: CalendarPolicy, date: string): boolean => calendarDay(term, policy, date).serviceDay;

/** The weekday whose timetable runs on the date, or null when it is not a service day. */
export const timetableWeekdayOn = (term: CalendarTerm, policy: CalendarPolicy, date: string): Weekday | null =>
  calendarDay(term, policy, date).timetableWeekday;

/** Every date of a month `YYYY-MM` (inside the term or not), each with its kind: what a calendar view shows. */
export const monthCalendar = (term: CalendarTerm, policy: CalendarPolicy, month: string): CalendarDay[] =>
  datesOfMonth(month).map((date) => calendarDay(term, policy, date));

/** The service days of the term, in date order, optionally only those from `from` to `to` (inclusive). */
export function serviceDays(term: CalendarTerm, policy: CalendarPolicy, range: { from?: string; to?: string } = {}): CalendarDay[] {
  const from = range.from && range.from > term.startDate ? range.from : term.startDate;
  const to = range.to && range.to < term.endDate ? range.to : term.endDate;
  return datesBetween(from, to)
    .map((date) => calendarDay(term, policy, date))
    .filter((day) => day.serviceDay);
}

/** The service days of the term that fall in a month `YYYY-MM` (bills and stipends are monthly). */
export const serviceDaysOfMonth = (term: CalendarTerm, policy: CalendarPolicy, month: string): CalendarDay[] =>
  serviceDays(term, policy, { from: `${month}-01`, to: datesOfMonth(month).at(-1) });

/** The service dates that run each weekday's timetable (a make-up day counts for the weekday it runs). */
export function serviceDatesByTimetable(term: CalendarTerm, policy: CalendarPolicy): Map<Weekday, string[]> {
  const byWeekday = new Map<Weekday, string[]>(policy.serviceDays.map((weekday) => [weekday, []]));
  for (const day of serviceDays(term, policy)) byWeekday.get(day.timetableWeekday!)?.push(day.date);
  return byWeekday;
}

/**
 * What is wrong with a term's calendar under the policy, if anything (the first problem, with the input field to
 * name): excluded dates and make-up days inside the term, a date never both, a make-up day on a date without
 * regular service, running the timetable of a weekday the policy serves.
 */
export function calendarProblem(term: CalendarTerm, policy: CalendarPolicy): { field: string; message: string } | undefined {
  const outside = (date: string) => date < term.startDate || date > term.endDate;
  const excludedOutside = term.excludedDates.find(outside);
  if (excludedOutside) return { field: 'excludedDates', message: `excluded date ${excludedOutside} lies outside the term` };
  const seen = new Set<string>();
  const makeUps = term.makeUpDays ?? [];
  for (let index = 0; index < makeUps.length; index++) {
    const { date, timetableWeekday } = makeUps[index];
    const field = `makeUpDays.${index}`;
    if (outside(date)) return { field: `${field}.date`, message: `make-up day ${date} lies outside the term` };
    if (seen.has(date)) return { field: `${field}.date`, message: `make-up day ${date} is listed twice` };
    seen.add(date);
    if (term.excludedDates.includes(date)) return { field: `${field}.date`, message: `${date} cannot be both an excluded date and a make-up day` };
    if (policy.serviceDays.includes(weekdayOf(date))) {
      return {
        field: `${field}.date`,
        message: `${date} is a ${weekdayOf(date)}, already a regular service day; a make-up day falls on a day without service (e.g. a weekend)`,
      };
    }
    if (!policy.serviceDays.includes(timetableWeekday)) {
      return { field: `${field}.timetableWeekday`, message: `${timetableWeekday} is not a service day of the district policy` };
    }
  }
  return undefined;
}
