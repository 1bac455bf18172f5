// Namespace import: lets esbuild leave zod's locale bundle out of the Lambda.
import * as z from 'zod';
import { dateString } from '../core/validation';

const schoolYear = z
  .string()
  .regex(/^\d{4}-\d{4}$/, 'must look like 2026-2027')
  .refine((value) => Number(value.slice(5)) === Number(value.slice(0, 4)) + 1, 'must name two consecutive years');

const semester = z.number().int().refine((value) => value === 1 || value === 2, 'must be 1 or 2');

const excludedDates = z.array(dateString).max(200, 'has too many dates').transform((dates) => [...new Set(dates)].sort());

export const createTermSchema = z.object({
  schoolId: z.string().min(1),
  schoolYear,
  semester,
  startDate: dateString,
  endDate: dateString,
  excludedDates: excludedDates.nullish().transform((dates) => dates ?? []),
});

export const updateTermSchema = z.object({
  schoolYear: schoolYear.optional(),
  semester: semester.optional(),
  startDate: dateString.optional(),
  endDate: dateString.optional(),
  excludedDates: excludedDates.optional(),
});

/** Rules across fields, checked on the merged record so a partial update cannot break them. */
export function termProblem(term: { startDate: string; endDate: string; excludedDates: string[] }): { field: string; message: string } | undefined {
  if (term.endDate < term.startDate) return { field: 'endDate', message: 'endDate must not be before startDate' };
  const outside = term.excludedDates.find((date) => date < term.startDate || date > term.endDate);
  if (outside) return { field: 'excludedDates', message: `excluded date ${outside} lies outside the term` };
  return undefined;
}
