/**
 * The roles of SPEC §1, as carried in the `cognito:groups` claim, strongest first (a user in several groups gets the
 * first one listed here). TEACHER and PARENT are the phone pages' roles.
 */
export const roles = ['DISTRICT_ADMIN', 'SCHOOL_ADMIN', 'PROVIDER', 'TEACHER', 'PARENT'] as const;
export type Role = (typeof roles)[number];

/** The signed-in user as every service sees it. Anonymous requests have no viewer at all. */
export interface Viewer {
  sub: string;
  role: Role;
  /** SCHOOL_ADMIN and TEACHER: their school (`custom:schoolId`). */
  schoolId?: string;
  providerId?: string;
  /** TEACHER: the staff member they are (`custom:staffId`). */
  staffId?: string;
  /** PARENT: the guardian they are (`custom:guardianId`). */
  guardianId?: string;
}

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
 * scope claim is read only for the role it belongs to. No known group → no viewer.
 */
export function viewerFromClaims(claims: Record<string, unknown> | undefined | null): Viewer | null {
  if (!claims || typeof claims.sub !== 'string' || !claims.sub) return null;
  const groups = parseGroups(claims['cognito:groups']);
  const role = roles.find((candidate) => groups.includes(candidate));
  if (!role) return null;
  const text = (name: string) => (typeof claims[name] === 'string' && claims[name] ? (claims[name] as string) : undefined);
  const viewer: Viewer = {
    sub: claims.sub,
    role,
    schoolId: role === 'SCHOOL_ADMIN' || role === 'TEACHER' ? text('custom:schoolId') : undefined,
    providerId: role === 'PROVIDER' ? text('custom:providerId') : undefined,
  };
  if (role === 'TEACHER') viewer.staffId = text('custom:staffId');
  if (role === 'PARENT') viewer.guardianId = text('custom:guardianId');
  return viewer;
}

/** The claims a token for this viewer carries (local tokens and tests use the Cognito shape too). */
export function claimsOf(viewer: Viewer): Record<string, unknown> {
  return {
    sub: viewer.sub,
    'cognito:groups': [viewer.role],
    ...(viewer.schoolId ? { 'custom:schoolId': viewer.schoolId } : {}),
    ...(viewer.providerId ? { 'custom:providerId': viewer.providerId } : {}),
    ...(viewer.staffId ? { 'custom:staffId': viewer.staffId } : {}),
    ...(viewer.guardianId ? { 'custom:guardianId': viewer.guardianId } : {}),
  };
}
