import { describe, expect, it } from 'vitest';
import { canAccess, isReadOnlyField } from './permissions';

describe('canAccess', () => {
  it('lets the district do everything with schools and terms, and edit the policy', () => {
    for (const action of ['list', 'show', 'create', 'edit', 'delete']) {
      expect(canAccess('DISTRICT_ADMIN', action, 'schools')).toBe(true);
      expect(canAccess('DISTRICT_ADMIN', action, 'terms')).toBe(true);
    }
    expect(canAccess('DISTRICT_ADMIN', 'edit', 'districtPolicy')).toBe(true);
  });

  it('keeps school admins from creating or deleting schools and from editing the policy', () => {
    expect(canAccess('SCHOOL_ADMIN', 'list', 'schools')).toBe(true);
    expect(canAccess('SCHOOL_ADMIN', 'edit', 'schools')).toBe(true);
    expect(canAccess('SCHOOL_ADMIN', 'create', 'schools')).toBe(false);
    expect(canAccess('SCHOOL_ADMIN', 'delete', 'schools')).toBe(false);
    expect(canAccess('SCHOOL_ADMIN', 'create', 'terms')).toBe(true);
    expect(canAccess('SCHOOL_ADMIN', 'copyToAllSchools', 'terms')).toBe(false);
    expect(canAccess('DISTRICT_ADMIN', 'copyToAllSchools', 'terms')).toBe(true);
    expect(canAccess('SCHOOL_ADMIN', 'edit', 'districtPolicy')).toBe(false);
    expect(canAccess('SCHOOL_ADMIN', 'show', 'districtPolicy')).toBe(true);
  });

  it('shows providers neither schools nor terms, and nobody anything when signed out', () => {
    expect(canAccess('PROVIDER', 'list', 'schools')).toBe(false);
    expect(canAccess('PROVIDER', 'list', 'terms')).toBe(false);
    expect(canAccess(undefined, 'list', 'schools')).toBe(false);
  });

  it('keeps the school code read-only for school admins', () => {
    expect(isReadOnlyField('SCHOOL_ADMIN', 'schools', 'code')).toBe(true);
    expect(isReadOnlyField('DISTRICT_ADMIN', 'schools', 'code')).toBe(false);
  });
});
