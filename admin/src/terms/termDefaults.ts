import { isSchoolYear } from '../common/dates';

/**
 * What a new term's form starts with. A school year runs from September to July: the autumn semester (1) from
 * 1 September to about 20 January, the spring semester (2) from about 20 February to about 10 July. The form
 * proposes the first semester, from the one in progress today onwards, that the school has no term for yet — and
 * its dates follow whenever the school year or semester is changed (until the dates are typed in by hand).
 */
export interface TermSlot {
  schoolYear: string;
  semester: 1 | 2;
}

export interface TermDefaults extends TermSlot {
  startDate: string;
  endDate: string;
}

/** The usual dates of a semester of a school year (`2026-2027`, 1 → 2026-09-01 … 2027-01-20). */
export function termDates(schoolYear: string, semester: number): { startDate: string; endDate: string } | undefined {
  if (!isSchoolYear(schoolYear) || (semester !== 1 && semester !== 2)) return undefined;
  const first = Number(schoolYear.slice(0, 4));
  return semester === 1 ? { startDate: `${first}-09-01`, endDate: `${first + 1}-01-20` } : { startDate: `${first + 1}-02-20`, endDate: `${first + 1}-07-10` };
}

/** The semester in progress on a day (`YYYY-MM-DD`): August counts towards the coming school year. */
export function semesterOn(day: string): TermSlot {
  const year = Number(day.slice(0, 4));
  const month = Number(day.slice(5, 7));
  if (month >= 8) return { schoolYear: `${year}-${year + 1}`, semester: 1 };
  if (month === 1 || (month === 2 && Number(day.slice(8, 10)) < 15)) return { schoolYear: `${year - 1}-${year}`, semester: 1 };
  return { schoolYear: `${year - 1}-${year}`, semester: 2 };
}

const next = ({ schoolYear, semester }: TermSlot): TermSlot => {
  const first = Number(schoolYear.slice(0, 4));
  return semester === 1 ? { schoolYear, semester: 2 } : { schoolYear: `${first + 1}-${first + 2}`, semester: 1 };
};

/** The first semester from today's on that the school has no term for (at most a year ahead). */
export function suggestTerm(today: string, existing: readonly { schoolYear: string; semester: number }[] = []): TermDefaults {
  let slot = semesterOn(today);
  for (let i = 0; i < 2 && existing.some((term) => term.schoolYear === slot.schoolYear && term.semester === slot.semester); i++) slot = next(slot);
  return { ...slot, ...termDates(slot.schoolYear, slot.semester)! };
}

/** Today in Beijing time, as the API's dates are (`YYYY-MM-DD`). */
export const todayInChina = (now = new Date()) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(now);
