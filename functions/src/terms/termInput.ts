// Namespace import: lets esbuild leave zod's locale bundle out of the Lambda.
import * as z from 'zod';
import { dateString, optionalText } from '../core/validation';
import { weekdays } from '../policy/policyEntity';
import { calendarProblem, type CalendarPolicy, type CalendarTerm } from '../calendar/termCalendar';

const schoolYear = z
  .string()
  .regex(/^\d{4}-\d{4}$/, 'must look like 2026-2027')
  .refine((value) => Number(value.slice(5)) === Number(value.slice(0, 4)) + 1, 'must name two consecutive years');

const semester = z
  .number()
  .int()
  .refine((value) => value === 1 || value === 2, 'must be 1 or 2');

const excludedDates = z
  .array(dateString)
  .max(200, 'has too many dates')
  .transform((dates) => [...new Set(dates)].sort());

/** 调休补课: a date and the weekday whose timetable runs on it; sorted by date. */
const makeUpDays = z
  .array(
    z.object({
      date: dateString,
      timetableWeekday: z.enum(weekdays),
      note: optionalText(60).transform((value) => value ?? undefined),
    }),
  )
  .max(50, 'has too many make-up days')
  .transform((days) => [...days].sort((a, b) => a.date.localeCompare(b.date)));

export const createTermSchema = z.object({
  schoolId: z.string().min(1),
  schoolYear,
  semester,
  startDate: dateString,
  endDate: dateString,
  excludedDates: excludedDates.nullish().transform((dates) => dates ?? []),
  makeUpDays: makeUpDays.nullish().transform((days) => days ?? []),
});

export const updateTermSchema = z.object({
  schoolYear: schoolYear.optional(),
  semester: semester.optional(),
  startDate: dateString.optional(),
  endDate: dateString.optional(),
  excludedDates: excludedDates.optional(),
  makeUpDays: makeUpDays.optional(),
});

/**
 * Rules across fields, checked on the merged record so a partial update cannot break them; the calendar's own rules
 * (excluded dates and make-up days) come from the calendar module, under the district policy.
 */
export function termProblem(term: CalendarTerm, policy: CalendarPolicy): { field: string; message: string } | undefined {
  if (term.endDate < term.startDate) return { field: 'endDate', message: 'endDate must not be before startDate' };
  return calendarProblem(term, policy);
}
