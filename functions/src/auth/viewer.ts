/**
 * The roles of SPEC §1, as carried in the `cognito:groups` claim, strongest first (a user in several groups gets the
 * first one listed here). TEACHER and PARENT are the phone pages' roles.
 */
export const roles = ['DISTRICT_ADMIN', 'SCHOOL_ADMIN', 'PROVIDER', 'TEACHER', 'PARENT'] as const;
export type Role = (typeof roles)[number];

/** The scope claims a viewer may carry, each read only for the role it belongs to. */
export interface Scopes {
  /** SCHOOL_ADMIN and TEACHER: their school (`custom:schoolId`). */
  schoolId: string;
  /** PROVIDER: the provider they belong to (`custom:providerId`). */
  providerId: string;
  /** TEACHER: the staff member they are (`custom:staffId`). */
  staffId: string;
  /** PARENT: the guardian they are (`custom:guardianId`). */
  guardianId: string;
}

/** A viewer of role R: it always has the scopes K, and never the other ones (so reading them gives undefined). */
type ViewerOf<R extends Role, K extends keyof Scopes = never> = { sub: string; role: R } & Pick<Scopes, K> & {
    [P in Exclude<keyof Scopes, K>]?: undefined;
  };

/**
 * The signed-in user as every service sees it, a union on `role`: once the role is checked, TypeScript knows the
 * scope it carries (a SCHOOL_ADMIN's school, a TEACHER's school and staff member, a PROVIDER's provider, a PARENT's
 * guardian). A token without the scope its role needs gives no viewer at all. Anonymous requests have no viewer.
 */
export type Viewer =
  | ViewerOf<'DISTRICT_ADMIN'>
  | ViewerOf<'SCHOOL_ADMIN', 'schoolId'>
  | ViewerOf<'PROVIDER', 'providerId'>
  | ViewerOf<'TEACHER', 'schoolId' | 'staffId'>
  | ViewerOf<'PARENT', 'guardianId'>;

/** The claim each scope is read from. */
const scopeClaims: Record<keyof Scopes, string> = {
  schoolId: 'custom:schoolId',
  providerId: 'custom:providerId',
  staffId: 'custom:staffId',
  guardianId: 'custom:guardianId',
};

/** The scopes each role needs; a token of that role lacking one of them is refused. */
const scopesOfRole: Record<Role, (keyof Scopes)[]> = {
  DISTRICT_ADMIN: [],
  SCHOOL_ADMIN: ['schoolId'],
  PROVIDER: ['providerId'],
  TEACHER: ['schoolId', 'staffId'],
  PARENT: ['guardianId'],
};

/**
 * Reads `cognito:groups` in every shape it arrives in: an array (an ID token verified locally) or the string
 * API Gateway's JWT authorizer makes of it (`[A B]`, `A,B` or a single name).
 */
export function parseGroups(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String);
  if (typeof value !== 'string') return [];
  return value
    .replace(/^\[|\]$/g, '')
    .split(/[\s,]+/)
    .map((group) => group.trim())
    .filter(Boolean);
}

/**
 * Turns verified JWT claims (Cognito shape: `sub`, `cognito:groups`, `custom:schoolId`, `custom:providerId`,
 * `custom:staffId`, `custom:guardianId`) into a viewer. The strongest group wins when a user is in several; each
 * scope claim is read only for the role it belongs to. No known group, or a missing scope claim the role needs
 * (a SCHOOL_ADMIN without a school, …) → no viewer, so every non-public operation answers UNAUTHENTICATED.
 */
export function viewerFromClaims(claims: Record<string, unknown> | undefined | null): Viewer | null {
  if (!claims || typeof claims.sub !== 'string' || !claims.sub) return null;
  const groups = parseGroups(claims['cognito:groups']);
  const role = roles.find((candidate) => groups.includes(candidate));
  if (!role) return null;
  const scopes: Partial<Scopes> = {};
  for (const scope of scopesOfRole[role]) {
    const value = claims[scopeClaims[scope]];
    if (typeof value === 'string' && value) scopes[scope] = value;
  }
  return viewerOf(claims.sub, role, scopes);
}

/**
 * A viewer of this role with the scopes it needs taken from `scopes` (others ignored); null when one is missing.
 * The one place a Viewer is assembled, so no caller can build a SCHOOL_ADMIN without a school.
 */
export function viewerOf(sub: string, role: Role, scopes: Partial<Scopes>): Viewer | null {
  const viewer: Record<string, string> = { sub, role };
  for (const scope of scopesOfRole[role]) {
    const value = scopes[scope];
    if (!value) return null;
    viewer[scope] = value;
  }
  // The loop above has set exactly the scopes the role needs: the shape of that role's union member.
  return viewer as unknown as Viewer;
}

/** The claims a token for this viewer carries (local tokens and tests use the Cognito shape too). */
export function claimsOf(viewer: Viewer): Record<string, unknown> {
  return {
    sub: viewer.sub,
    'cognito:groups': [viewer.role],
    ...Object.fromEntries(scopesOfRole[viewer.role].map((scope) => [scopeClaims[scope], viewer[scope]])),
  };
}
