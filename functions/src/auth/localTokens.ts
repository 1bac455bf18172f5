import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { dirname, join } from 'node:path';
import { SignJWT, jwtVerify } from 'jose';
import { dataDir } from '../local/paths';
import { claimsOf, viewerFromClaims, type Viewer } from './viewer';

/**
 * Local stand-in for Cognito: tokens signed with a secret kept in `.data/` (git-ignored, made on first use).
 * Only the local server and the token command use it; the deployed API trusts API Gateway's JWT authorizer.
 */
const ISSUER = 'kehou-local';
const AUDIENCE = 'kehou-console';

function keyFile(): string {
  return join(dataDir(), 'dev-jwt-secret');
}

let cachedSecret: Uint8Array | undefined;

/** The local signing secret (also signs local document URLs). */
export function secret(): Uint8Array {
  if (cachedSecret) return cachedSecret;
  const file = keyFile();
  if (!existsSync(file)) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, randomBytes(32).toString('base64'), { mode: 0o600 });
  }
  cachedSecret = new Uint8Array(Buffer.from(readFileSync(file, 'utf8').trim(), 'base64'));
  return cachedSecret;
}

/** Signs a token with the viewer's claims in Cognito shape, valid for `days` (default 30: a local demo token). */
export async function signLocalToken(viewer: Viewer, days = 30): Promise<string> {
  return new SignJWT(claimsOf(viewer))
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(`${days}d`)
    .sign(secret());
}

/** Verifies a local token; undefined for an invalid, expired or foreign one. */
export async function verifyLocalToken(token: string): Promise<Viewer | undefined> {
  try {
    const { payload } = await jwtVerify(token, secret(), { issuer: ISSUER, audience: AUDIENCE });
    return viewerFromClaims(payload) ?? undefined;
  } catch {
    return undefined;
  }
}
