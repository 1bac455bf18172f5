import { localDate } from '../core/clock';
import { badInput, notFound } from '../core/errors';
import type { PolicyService } from '../policy/policyService';
import type { TermRecord } from '../terms/termEntity';
import type { TermRepository } from '../terms/termRepository';
import type { Weekday } from '../policy/policyEntity';
import { calendarDay, monthCalendar, serviceDatesByTimetable, serviceDays, serviceDaysOfMonth, type CalendarDay, type CalendarPolicy } from './termCalendar';

/** One term's calendar under the current policy: every question a date-based feature asks, bound to that term. */
export interface TermCalendar {
  term: TermRecord;
  /** The date with its kind and the timetable it runs. */
  day(date: string): CalendarDay;
  isServiceDay(date: string): boolean;
  /** The weekday whose timetable runs on the date, or null when it is no service day. */
  timetableWeekday(date: string): Weekday | null;
  /** Service days in date order, optionally within `from`–`to` (inclusive). */
  serviceDays(range?: { from?: string; to?: string }): CalendarDay[];
  /** Service days in a month `YYYY-MM`. */
  serviceDaysOfMonth(month: string): CalendarDay[];
  /** Every date of a month `YYYY-MM` with its kind (a calendar view). */
  month(month: string): CalendarDay[];
  /** The service dates that run each weekday's timetable (make-up days count for the weekday they run). */
  datesByTimetable(): Map<Weekday, string[]>;
}

export function calendarOf(term: TermRecord, policy: CalendarPolicy): TermCalendar {
  const shape = { ...term, makeUpDays: term.makeUpDays ?? [] };
  return {
    term,
    day: (date) => calendarDay(shape, policy, date),
    isServiceDay: (date) => calendarDay(shape, policy, date).serviceDay,
    timetableWeekday: (date) => calendarDay(shape, policy, date).timetableWeekday,
    serviceDays: (range) => serviceDays(shape, policy, range),
    serviceDaysOfMonth: (month) => serviceDaysOfMonth(shape, policy, month),
    month: (month) => monthCalendar(shape, policy, month),
    datesByTimetable: () => serviceDatesByTimetable(shape, policy),
  };
}

export interface ServiceDateOptions {
  /** The input field to name in the error (default `date`). */
  field?: string;
  /** Refuse dates after today (school-local), as roll call must. Default true. */
  notInFuture?: boolean;
  /** The district policy when the caller has already read it (with the term, in one call); otherwise it is read. */
  policy?: CalendarPolicy;
}

/**
 * The calendar as a service for other domains (roll call, bills, stipends, compliance). No access check here: the
 * caller has already decided the viewer may act on the term's school.
 */
export function createCalendarService(deps: { terms: TermRepository; policy: PolicyService }) {
  async function termOf(termOrId: TermRecord | string): Promise<TermRecord> {
    if (typeof termOrId !== 'string') return termOrId;
    const term = await deps.terms.get(termOrId);
    if (!term) throw notFound('Term', termOrId);
    return term;
  }

  async function forTerm(termOrId: TermRecord | string, known?: CalendarPolicy): Promise<TermCalendar> {
    const [term, policy] = await Promise.all([termOf(termOrId), known ?? deps.policy.current()]);
    return calendarOf(term, policy);
  }

  return {
    forTerm: (termOrId: TermRecord | string) => forTerm(termOrId),

    /**
     * The calendar day of `date` if it is a service day of the term (and, by default, not in the future);
     * BAD_USER_INPUT naming `field` otherwise, with the reason (holiday, no service that weekday, outside the term).
     */
    async requireServiceDate(termOrId: TermRecord | string, date: string, options: ServiceDateOptions = {}): Promise<CalendarDay> {
      const field = options.field ?? 'date';
      if ((options.notInFuture ?? true) && date > localDate()) throw badInput(field, `${date} is in the future`);
      const day = (await forTerm(termOrId, options.policy)).day(date);
      if (day.serviceDay) return day;
      const reasons: Record<CalendarDay['kind'], string> = {
        OUTSIDE_TERM: 'lies outside the term',
        EXCLUDED: 'is an excluded date (holiday) of the term',
        NO_SERVICE_WEEKDAY: `is a ${day.weekday} without service under the district policy`,
        SERVICE_DAY: '',
        MAKE_UP_DAY: '',
      };
      throw badInput(field, `${date} is not a service day: it ${reasons[day.kind]}`, { calendarDayKind: day.kind });
    },
  };
}

export type CalendarService = ReturnType<typeof createCalendarService>;
