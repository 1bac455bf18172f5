import * as z from 'zod';
import { allRecords } from '../db/allRecords';
import type { TermRecord } from '../terms/termEntity';
import type { TermRepository } from '../terms/termRepository';

/** A month argument (bills, stipend sheets, provider statements): `YYYY-MM`. */
export const monthString = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be a month YYYY-MM, e.g. 2026-10');

const lastDayOf = (month: string) => new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).toISOString().slice(0, 10);

/** The terms of a school that share at least a day with the month. */
export async function termsInMonth(terms: TermRepository, schoolId: string, month: string): Promise<TermRecord[]> {
  const all = await allRecords((after) => terms.list({ schoolId, first: 100, after }));
  return all.filter((term) => term.startDate <= lastDayOf(month) && term.endDate >= `${month}-01`);
}
