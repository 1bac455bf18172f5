import { describe, expect, it } from 'vitest';
import { canAccess } from '../auth/permissions';
import { billApi, previousMonth, stipendSheetKey, toBillFilter } from './moneyApi';

describe('money in the console', () => {
  it('sends only the API’s bill filter fields', () => {
    expect(toBillFilter({ schoolId: 'sch_1', month: '2026-10', status: 'UNPAID', q: 'x', studentId: '' })).toEqual({
      schoolId: 'sch_1',
      month: '2026-10',
      status: 'UNPAID',
    });
  });

  it('asks for no school’s bills until the district picks one (the API refuses a list without a school or child)', () => {
    const page = { first: 50, after: null, filter: { month: '2026-10' } } as unknown as Parameters<NonNullable<typeof billApi.list>>[0];
    expect(billApi.list!(page).variables).toMatchObject({ filter: { schoolId: '-', month: '2026-10' } });
    const picked = { ...page, filter: { schoolId: 'sch_1', month: '2026-10' } };
    expect(billApi.list!(picked).variables).toMatchObject({ filter: { schoolId: 'sch_1', month: '2026-10' } });
    const child = { ...page, filter: { studentId: 'stu_1' } };
    expect(billApi.list!(child).variables).toEqual({ filter: { studentId: 'stu_1' }, first: 50, after: null });
  });

  it('starts on the previous month, across a year end', () => {
    expect(previousMonth('2026-11-30')).toBe('2026-10');
    expect(previousMonth('2027-01-05')).toBe('2026-12');
    expect(stipendSheetKey('sch_1', '2026-10')).toBe('sch_1/2026-10');
  });

  it('offers bills, stipends and disclosures to the district and school admins only', () => {
    for (const role of ['DISTRICT_ADMIN', 'SCHOOL_ADMIN'] as const) {
      expect(canAccess(role, 'generate', 'bills')).toBe(true);
      expect(canAccess(role, 'confirm', 'stipends')).toBe(true);
      expect(canAccess(role, 'publish', 'disclosures')).toBe(true);
    }
    // Provider statements: both read them (a school admin their school's lines); only the district confirms.
    expect(canAccess('SCHOOL_ADMIN', 'show', 'providerStatements')).toBe(true);
    expect(canAccess('SCHOOL_ADMIN', 'confirm', 'providerStatements')).toBe(false);
    expect(canAccess('DISTRICT_ADMIN', 'confirm', 'providerStatements')).toBe(true);
    expect(canAccess('PROVIDER', 'list', 'bills')).toBe(false);
    expect(canAccess('PROVIDER', 'show', 'stipends')).toBe(false);
  });
});
