import type { CognitoTokens } from './cognitoClient';

/** A Cognito sign-in kept for this browser tab only (sessionStorage): closing the tab signs out. */
export interface CognitoSession extends CognitoTokens {
  /** What the user typed to sign in (their e-mail), shown until the viewer is known. */
  username: string;
}

const STORAGE_KEY = 'kehou.cognito';

export function readCognitoSession(): CognitoSession | null {
  try {
    const raw = sessionStorage.getItem(STORAGE_KEY);
    if (!raw) return null;
    const parsed = JSON.parse(raw) as Partial<CognitoSession>;
    return typeof parsed.idToken === 'string' && typeof parsed.refreshToken === 'string' && typeof parsed.expiresAt === 'number'
      ? (parsed as CognitoSession)
      : null;
  } catch {
    return null; // a corrupt entry means "signed out"
  }
}

export function writeCognitoSession(session: CognitoSession): void {
  sessionStorage.setItem(STORAGE_KEY, JSON.stringify(session));
}

export function clearCognitoSession(): void {
  sessionStorage.removeItem(STORAGE_KEY);
}

/** The ID token's claims (name, email), for the name shown before the API's viewer answers. */
export function idTokenClaims(idToken: string): Record<string, unknown> {
  const payload = idToken.split('.')[1];
  if (!payload) return {};
  try {
    const binary = atob(payload.replace(/-/g, '+').replace(/_/g, '/'));
    // JWT payloads are UTF-8 (a Chinese `name` claim): decode the bytes, not the Latin-1 string.
    const json = new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
    return JSON.parse(json) as Record<string, unknown>;
  } catch {
    return {};
  }
}
