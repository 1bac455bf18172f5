import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { randomBytes, webcrypto } from 'node:crypto';
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

/**
 * The secret as a verification key, imported once: given the raw bytes, jose imports them again on every request (a
 * WebCrypto key import per token check).
 */
let verifyKey: { bytes: Uint8Array; key: Promise<webcrypto.CryptoKey> } | undefined;
function verificationKey(): Promise<webcrypto.CryptoKey> {
  const bytes = secret();
  if (verifyKey?.bytes !== bytes) verifyKey = { bytes, key: webcrypto.subtle.importKey('raw', bytes, { name: 'HMAC', hash: 'SHA-256' }, false, ['verify']) };
  return verifyKey.key;
}

/**
 * Tokens whose signature and claims were verified, with their expiry: a client sends the same token with every request,
 * and the same bytes under the same secret verify the same way. Only the expiry is checked again. Bounded: cleared
 * when full (the local server serves a handful of users).
 */
const verified = new Map<string, { viewer: Viewer; expiresAtMs: number; secret: Uint8Array }>();
const MAX_VERIFIED = 1_000;

/** Verifies a local token; undefined for an invalid, expired or foreign one. */
export async function verifyLocalToken(token: string): Promise<Viewer | undefined> {
  const known = verified.get(token);
  // A fresh object per request: per-request caches (relations, access levels) are keyed by the viewer object.
  if (known && known.secret === secret() && Date.now() < known.expiresAtMs) return { ...known.viewer };
  try {
    const { payload } = await jwtVerify(token, await verificationKey(), { issuer: ISSUER, audience: AUDIENCE, algorithms: ['HS256'] });
    const viewer = viewerFromClaims(payload) ?? undefined;
    if (viewer && typeof payload.exp === 'number') {
      if (verified.size >= MAX_VERIFIED) verified.clear();
      verified.set(token, { viewer: { ...viewer }, expiresAtMs: payload.exp * 1000, secret: secret() });
    }
    return viewer;
  } catch {
    return undefined;
  }
}
