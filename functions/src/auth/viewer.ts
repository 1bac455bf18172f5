/** The roles of SPEC §1, as carried in the `cognito:groups` claim. */
export const roles = ['DISTRICT_ADMIN', 'SCHOOL_ADMIN', 'PROVIDER'] as const;
export type Role = (typeof roles)[number];

/** The signed-in user as every service sees it. Anonymous requests have no viewer at all. */
export interface Viewer {
  sub: string;
  role: Role;
  schoolId?: string;
  providerId?: string;
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
 * Turns verified JWT claims (Cognito shape: `sub`, `cognito:groups`, `custom:schoolId`, `custom:providerId`)
 * into a viewer. The strongest group wins when a user is in several. No known group → no viewer.
 */
export function viewerFromClaims(claims: Record<string, unknown> | undefined | null): Viewer | null {
  if (!claims || typeof claims.sub !== 'string' || !claims.sub) return null;
  const groups = parseGroups(claims['cognito:groups']);
  const role = roles.find((candidate) => groups.includes(candidate));
  if (!role) return null;
  const text = (name: string) => (typeof claims[name] === 'string' && claims[name] ? (claims[name] as string) : undefined);
  return {
    sub: claims.sub,
    role,
    schoolId: role === 'SCHOOL_ADMIN' ? text('custom:schoolId') : undefined,
    providerId: role === 'PROVIDER' ? text('custom:providerId') : undefined,
  };
}

/** The claims a token for this viewer carries (local tokens and tests use the Cognito shape too). */
export function claimsOf(viewer: Viewer): Record<string, unknown> {
  return {
    sub: viewer.sub,
    'cognito:groups': [viewer.role],
    ...(viewer.schoolId ? { 'custom:schoolId': viewer.schoolId } : {}),
    ...(viewer.providerId ? { 'custom:providerId': viewer.providerId } : {}),
  };
}
