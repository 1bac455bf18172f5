import { randomToken } from '../../src/core/ids';

/** A valid createSchool input with a unique code; override what a test cares about. */
export const schoolInput = (overrides: Record<string, unknown> = {}) => ({
  name: `测试小学${randomToken(4)}`,
  code: `T-${randomToken(6)}`.toUpperCase(),
  type: 'PRIMARY',
  ownership: 'PUBLIC',
  grades: [1, 2, 3, 4, 5, 6],
  studentCount: 300,
  ...overrides,
});

export const termInput = (schoolId: string, overrides: Record<string, unknown> = {}) => ({
  schoolId,
  schoolYear: '2026-2027',
  semester: 1,
  startDate: '2026-09-01',
  endDate: '2027-01-22',
  excludedDates: ['2026-10-01'],
  ...overrides,
});

export const SCHOOL_FIELDS = 'id version name code type ownership address grades studentCount principal';
export const TERM_FIELDS = 'id version schoolId schoolYear semester startDate endDate excludedDates';
