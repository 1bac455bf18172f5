import { describe, expect, it } from 'vitest';
import { semesterOn, suggestTerm, termDates, todayInChina } from './termDefaults';

describe('a new term’s defaults', () => {
  it('start from the semester in progress today', () => {
    expect(semesterOn('2026-11-30')).toEqual({ schoolYear: '2026-2027', semester: 1 });
    expect(semesterOn('2027-01-10')).toEqual({ schoolYear: '2026-2027', semester: 1 });
    expect(semesterOn('2027-03-01')).toEqual({ schoolYear: '2026-2027', semester: 2 });
    expect(semesterOn('2027-08-20')).toEqual({ schoolYear: '2027-2028', semester: 1 });
    expect(suggestTerm('2026-11-30')).toEqual({ schoolYear: '2026-2027', semester: 1, startDate: '2026-09-01', endDate: '2027-01-20' });
  });

  it('skip the semesters the school has already set up', () => {
    expect(suggestTerm('2026-11-30', [{ schoolYear: '2026-2027', semester: 1 }])).toEqual({
      schoolYear: '2026-2027',
      semester: 2,
      startDate: '2027-02-20',
      endDate: '2027-07-10',
    });
    expect(
      suggestTerm('2026-11-30', [
        { schoolYear: '2026-2027', semester: 1 },
        { schoolYear: '2026-2027', semester: 2 },
      ]).schoolYear,
    ).toBe('2027-2028');
  });

  it('give each semester of a school year its dates', () => {
    expect(termDates('2027-2028', 1)).toEqual({ startDate: '2027-09-01', endDate: '2028-01-20' });
    expect(termDates('2027-2028', 2)).toEqual({ startDate: '2028-02-20', endDate: '2028-07-10' });
    expect(termDates('2027-2029', 1)).toBeUndefined();
    expect(todayInChina(new Date('2026-11-29T17:00:00Z'))).toBe('2026-11-30');
  });
});
