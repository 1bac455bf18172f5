import type { IncomingMessage } from 'node:http';
import { signLocalToken } from '../auth/localTokens';
import type { Services } from '../server/services';
import { listDevUsers, viewerOfDevUser } from './devUsers';

/**
 * The local sign-in page's two endpoints (`/auth/dev-users`, `/auth/dev-login`): they hand out tokens for any demo
 * user, admins included, so they answer only this machine. Only the local server imports this module; the Lambda
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

export async function devSignIn(req: IncomingMessage, path: string, services: Services, readBody: () => Promise<string>): Promise<DevSignInAnswer | undefined> {
  if (path !== '/auth/dev-users' && path !== '/auth/dev-login') return undefined;
  if (!isFromThisMachine(req)) return { status: 403, body: { message: 'Demo sign-in answers only this machine: open the console at http://localhost' } };
  if (path === '/auth/dev-users') return { status: 200, body: await listDevUsers(services) };
  if (req.method !== 'POST') return { status: 405, body: { message: 'POST a username' } };
  // Read first, outside the parse guard: a body over 1 MB is the server's 413, not a 400 here.
  const body = await readBody();
  let username: string | undefined;
  try {
    ({ username } = JSON.parse(body || '{}') as { username?: string });
  } catch {
    return { status: 400, body: { message: 'Body is not valid JSON' } };
  }
  const user = (await listDevUsers(services)).find((candidate) => candidate.username === username);
  if (!user) return { status: 401, body: { message: `Unknown demo user ${username ?? ''}` } };
  return { status: 200, body: { token: await signLocalToken(viewerOfDevUser(user)), user } };
}
