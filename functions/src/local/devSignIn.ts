import type { IncomingMessage } from 'node:http';
import { signLocalToken } from '../auth/localTokens';
import { AppError } from '../core/errors';
import type { Services } from '../server/services';
import { listDevUsers, viewerOfDevUser } from './devUsers';

/**
 * The local sign-in page's endpoints (`/auth/dev-users`, `/auth/dev-login`, and the phone pages' `/auth/dev-phone-login`):
 * they hand out tokens for any demo user, admins included, or any parent by phone, so they answer only this machine. Only the local server imports this module; the Lambda
 * handler never does (a test bundles the handler and checks).
 * - The connection must come from a loopback address — even when HOST makes the server listen on the network
 *   (e.g. to try the public survey page on a phone), nobody else on it can sign in.
 * - The Host header must name this machine (localhost, 127.0.0.1, [::1]): a web page whose domain an attacker
 *   re-points at 127.0.0.1 (DNS rebinding) sends its own host name and is refused.
 */
export function isFromThisMachine(req: IncomingMessage): boolean {
  const address = req.socket.remoteAddress ?? '';
  const loopback = address === '::1' || address.startsWith('127.') || address.startsWith('::ffff:127.');
  let hostname = '';
  try {
    hostname = new URL(`http://${req.headers.host ?? ''}`).hostname;
  } catch {
    return false;
  }
  return loopback && ['localhost', '127.0.0.1', '[::1]'].includes(hostname);
}

export type DevSignInAnswer = { status: number; body: unknown };

const signInPaths = new Set(['/auth/dev-users', '/auth/dev-login', '/auth/dev-phone-login']);

/** The POSTed JSON object, or undefined when the body is not JSON. Read outside the parse guard: a body over 1 MB is the server's 413. */
async function jsonBody<T>(readBody: () => Promise<string>): Promise<T | undefined> {
  const body = await readBody();
  try {
    return JSON.parse(body || '{}') as T;
  } catch {
    return undefined;
  }
}

/**
 * Local stand-in for a parent's sign-up and sign-in by phone (deployed: their own Cognito pool with an SMS code, see
 * README): the guardian with this phone is found or created and gets a PARENT token.
 */
async function phoneSignIn(services: Services, phone: string | undefined, name: string | undefined): Promise<DevSignInAnswer> {
  try {
    const guardian = await services.guardians.ensureByPhone({ phone: phone ?? '', name });
    const viewer = { sub: `guardian-${guardian.id}`, role: 'PARENT' as const, guardianId: guardian.id };
    return {
      status: 200,
      body: {
        token: await signLocalToken(viewer),
        user: { username: `parent-${guardian.phone}`, displayName: guardian.name, role: 'PARENT', guardianId: guardian.id },
      },
    };
  } catch (error) {
    if (error instanceof AppError) return { status: 400, body: { message: error.message, code: error.code, field: error.extensions.field } };
    throw error;
  }
}

export async function devSignIn(req: IncomingMessage, path: string, services: Services, readBody: () => Promise<string>): Promise<DevSignInAnswer | undefined> {
  if (!signInPaths.has(path)) return undefined;
  if (!isFromThisMachine(req)) return { status: 403, body: { message: 'Demo sign-in answers only this machine: open the console at http://localhost' } };
  if (path === '/auth/dev-users') return { status: 200, body: await listDevUsers(services) };
  if (req.method !== 'POST') return { status: 405, body: { message: path === '/auth/dev-phone-login' ? 'POST a phone' : 'POST a username' } };
  if (path === '/auth/dev-phone-login') {
    const parsed = await jsonBody<{ phone?: string; name?: string }>(readBody);
    if (!parsed) return { status: 400, body: { message: 'Body is not valid JSON' } };
    return phoneSignIn(services, parsed.phone, parsed.name);
  }
  const parsed = await jsonBody<{ username?: string }>(readBody);
  if (!parsed) return { status: 400, body: { message: 'Body is not valid JSON' } };
  const { username } = parsed;
  const user = (await listDevUsers(services)).find((candidate) => candidate.username === username);
  if (!user) return { status: 401, body: { message: `Unknown demo user ${username ?? ''}` } };
  return { status: 200, body: { token: await signLocalToken(viewerOfDevUser(user)), user } };
}
