import type { Role } from '../generated/graphql';

/** A sign-in choice offered by the local server (`GET /auth/dev-users`). */
export interface DevUser {
  username: string;
  displayName: string;
  role: Role;
  schoolId?: string;
  providerId?: string;
}

export interface Session {
  token: string;
  user: DevUser;
}

const STORAGE_KEY = 'kehou.session';

export function readSession(): Session | null {
  try {
    const raw = localStorage.getItem(STORAGE_KEY);
    if (!raw) return null;
    const parsed = JSON.parse(raw) as Partial<Session>;
    return typeof parsed.token === 'string' && parsed.user ? (parsed as Session) : null;
  } catch {
    // A corrupt entry (hand-edited, older format) means "signed out", not a crash on every page.
    return null;
  }
}

export function writeSession(session: Session): void {
  localStorage.setItem(STORAGE_KEY, JSON.stringify(session));
}

export function clearSession(): void {
  localStorage.removeItem(STORAGE_KEY);
}

/** The JWT's `exp` in ms, or null when the token carries none (or is not a JWT). */
export function tokenExpiry(token: string): number | null {
  const payload = token.split('.')[1];
  if (!payload) return null;
  try {
    const json = JSON.parse(atob(payload.replace(/-/g, '+').replace(/_/g, '/'))) as { exp?: unknown };
    return typeof json.exp === 'number' ? json.exp * 1000 : null;
  } catch {
    return null;
  }
}

export function isExpired(token: string, now = Date.now()): boolean {
  const expiry = tokenExpiry(token);
  return expiry !== null && expiry <= now;
}
