import type { Role } from '../generated/graphql';

const roles: readonly Role[] = ['DISTRICT_ADMIN', 'SCHOOL_ADMIN', 'PROVIDER'];

/**
 * The role an ID token grants, read as the API reads it (`cognito:groups`; the strongest wins), or null
 * for a user the platform does not know: such a sign-in is refused before any request is made.
 */
export function roleOfClaims(claims: Record<string, unknown>): Role | null {
  const raw = claims['cognito:groups'];
  const groups = Array.isArray(raw) ? raw.map(String) : typeof raw === 'string' ? raw.replace(/^\[|\]$/g, '').split(/[\s,]+/) : [];
  return roles.find((role) => groups.includes(role)) ?? null;
}
