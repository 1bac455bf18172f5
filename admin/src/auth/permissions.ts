import type { Role } from '../generated/graphql';

/** The react-admin actions the console checks (`canAccess({ action, resource })`). */
export type Action = 'list' | 'show' | 'create' | 'edit' | 'delete' | 'export' | 'clone' | string;

type Rules = Record<string, readonly Action[]>;

const everything = ['list', 'show', 'create', 'edit', 'delete'] as const;

/**
 * What each role may do in the console, mirroring SPEC §4. The API enforces the same rules (and
 * scopes a school admin to their school); this table only keeps the console from offering what
 * would be refused.
 */
const rulesByRole: Record<Role, Rules> = {
  DISTRICT_ADMIN: {
    schools: everything,
    terms: [...everything, 'copyToAllSchools'],
    districtPolicy: ['show', 'edit'],
  },
  SCHOOL_ADMIN: {
    // Their own school only (the API filters); the district creates and removes schools.
    schools: ['list', 'show', 'edit'],
    terms: everything,
    districtPolicy: ['show'],
  },
  PROVIDER: {
    districtPolicy: ['show'],
  },
};

export function canAccess(role: Role | undefined, action: Action, resource: string): boolean {
  if (!role) return false;
  return rulesByRole[role]?.[resource]?.includes(action) ?? false;
}

/** Fields a role may not change even where it may edit the record. */
export function isReadOnlyField(role: Role | undefined, resource: string, field: string): boolean {
  // A school's code identifies it district-wide; only the district may change it (see `updateSchool`).
  return resource === 'schools' && field === 'code' && role !== 'DISTRICT_ADMIN';
}
