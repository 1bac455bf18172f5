import { request, type Server } from 'node:http';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyLocalToken } from '../src/auth/localTokens';
import { isFromThisMachine } from '../src/local/devSignIn';
import { startLocalServer } from '../src/local/httpServer';
import { repoRoot } from '../src/local/paths';
import { createApolloServer } from '../src/server/createServer';
import { createTestApi, type TestApi } from './support/api';

let api: TestApi;
let server: Server;
let port: number;

beforeAll(async () => {
  api = await createTestApi();
  const apollo = createApolloServer();
  await apollo.start();
  server = await startLocalServer({ apollo, services: api.services, consoleDir: '/nonexistent', port: 0 });
  const address = server.address();
  port = typeof address === 'object' && address ? address.port : 0;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

/** A raw request with a chosen Host header (fetch does not let a caller set one). */
function send(path: string, options: { method?: string; host?: string; body?: string } = {}): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const outgoing = request(
      {
        host: '127.0.0.1',
        port,
        path,
        method: options.method ?? 'GET',
        headers: { host: options.host ?? `localhost:${port}`, 'content-type': 'application/json' },
      },
      (response) => {
        let body = '';
        response.on('data', (chunk) => (body += chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
      },
    );
    outgoing.on('error', reject);
    outgoing.end(options.body);
  });
}

describe('the local server stays local (issue 11)', () => {
  it('listens on 127.0.0.1 unless told another interface', async () => {
    expect((server.address() as { address: string }).address).toBe('127.0.0.1');
    const apollo = createApolloServer();
    await apollo.start();
    const open = await startLocalServer({ apollo, services: api.services, consoleDir: '/nonexistent', port: 0, host: '0.0.0.0' });
    try {
      expect((open.address() as { address: string }).address).toBe('0.0.0.0');
    } finally {
      await new Promise((resolve) => open.close(resolve));
      await apollo.stop();
    }
  });

  it('signs in demo users for this machine only', async () => {
    const ok = await send('/auth/dev-login', { method: 'POST', body: JSON.stringify({ username: 'district' }) });
    expect(ok.status).toBe(200);
    expect(await verifyLocalToken(JSON.parse(ok.body).token)).toMatchObject({ role: 'DISTRICT_ADMIN' });
    // A page whose domain was re-pointed at 127.0.0.1 (DNS rebinding) sends its own host name.
    const rebound = await send('/auth/dev-login', { method: 'POST', host: 'attacker.example', body: JSON.stringify({ username: 'district' }) });
    expect(rebound.status).toBe(403);
    expect(rebound.body).not.toContain('token');
    expect((await send('/auth/dev-users', { host: 'attacker.example:80' })).status).toBe(403);
    expect((await send('/auth/dev-users')).status).toBe(200);
  });

  it("signs in a parent by phone for this machine only (the local stand-in for the parents' pool)", async () => {
    const ok = await send('/auth/dev-phone-login', { method: 'POST', body: JSON.stringify({ phone: '13912345678', name: '王女士' }) });
    expect(ok.status).toBe(200);
    const { token, user } = JSON.parse(ok.body);
    expect(await verifyLocalToken(token)).toMatchObject({ role: 'PARENT', guardianId: user.guardianId });
    const again = JSON.parse((await send('/auth/dev-phone-login', { method: 'POST', body: JSON.stringify({ phone: '13912345678' }) })).body);
    expect(again.user.guardianId).toBe(user.guardianId);
    expect((await send('/auth/dev-phone-login', { method: 'POST', host: 'attacker.example', body: JSON.stringify({ phone: '13912345678' }) })).status).toBe(
      403,
    );
    const bad = await send('/auth/dev-phone-login', { method: 'POST', body: JSON.stringify({ phone: '12' }) });
    expect([bad.status, JSON.parse(bad.body).code]).toEqual([400, 'BAD_USER_INPUT']);
    expect((await send('/auth/dev-phone-login', { method: 'POST', body: '{not json' })).status).toBe(400);
  });

  it('refuses a Bearer token that does not verify with 401 UNAUTHENTICATED, as the deployed authorizer does, and changes nothing', async () => {
    const { token } = JSON.parse((await send('/auth/dev-login', { method: 'POST', body: JSON.stringify({ username: 'district' }) })).body);
    const ask = (authorization: string, query = '{ viewer { role } }') =>
      fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization },
        body: JSON.stringify({ query }),
      });
    const valid = await ask(`Bearer ${token}`);
    expect([valid.status, await valid.json()]).toEqual([200, { data: { viewer: { role: 'DISTRICT_ADMIN' } } }]);
    const [header, payload, signature] = token.split('.');
    const tampered = `${header}.${payload}.${signature.startsWith('A') ? 'B' : 'A'}${signature.slice(1)}`;
    const create = 'mutation { createSchool(input: { name: "伪造小学", code: "FORGED-1", type: PRIMARY, ownership: PUBLIC, grades: [1] }) { id } }';
    for (const bad of [tampered, 'abc.def.ghi', 'not-a-jwt']) {
      for (const query of ['{ viewer { role } }', create]) {
        const refused = await ask(`Bearer ${bad}`, query);
        expect(refused.status).toBe(401);
        expect(refused.headers.get('www-authenticate')).toMatch(/^Bearer/);
        const body = (await refused.json()) as { errors: { extensions: { code: string } }[] };
        expect(body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
      }
    }
    expect((await api.exec('{ schools(filter: { q: "伪造小学" }) { totalCount } }')).data).toEqual({ schools: { totalCount: 0 } });
    // No header at all is still an anonymous request (the public operations need none).
    const anonymous = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ viewer { role } }' }),
    });
    expect([anonymous.status, await anonymous.json()]).toEqual([200, { data: { viewer: null } }]);
  });

  it('refuses connections from other machines even when they name localhost', () => {
    // The request as the server sees it: only the socket's address and the Host header matter.
    const at = (remoteAddress: string, host: string) => isFromThisMachine({ socket: { remoteAddress }, headers: { host } } as never);
    expect(at('192.168.1.20', 'localhost:4000')).toBe(false);
    expect(at('10.0.0.7', '127.0.0.1:4000')).toBe(false);
    expect(at('127.0.0.1', 'localhost:4000')).toBe(true);
    expect(at('::1', '[::1]:4000')).toBe(true);
    expect(at('::ffff:127.0.0.1', '127.0.0.1')).toBe(true);
    expect(at('127.0.0.1', '192.168.1.5:4000')).toBe(false);
  });

  it('answers an oversized sign-in body with 413, not 500', async () => {
    const answer = await send('/auth/dev-login', { method: 'POST', body: JSON.stringify({ username: 'x'.repeat(1024 * 1024 + 10) }) });
    expect(answer.status).toBe(413);
  });
});

describe('the Lambda build has no demo sign-in (issue 11)', () => {
  it('bundles the GraphQL handler without the local sign-in, its token secret or the local server', async () => {
    const result = await build({
      entryPoints: ['functions/src/handlers/graphql.ts'],
      absWorkingDir: repoRoot,
      bundle: true,
      write: false,
      metafile: true,
      format: 'esm',
      platform: 'node',
      outfile: 'bundle/index.mjs',
      logLevel: 'error',
    });
    const code = Buffer.from(result.outputFiles[0].contents).toString('utf8');
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.filter((path) => /src\/local\/|auth\/localTokens/.test(path))).toEqual(['functions/src/local/paths.ts']);
    for (const marker of ['/auth/dev-login', '/auth/dev-users', '/auth/dev-phone-login', 'dev-jwt-secret', 'signLocalToken', 'listDevUsers'])
      expect(code).not.toContain(marker);
    // Only the Traditional → Simplified tables of opencc-js, not its 1.2 MB full preset.
    const opencc = inputs.filter((path) => path.includes('opencc-js')).map((path) => path.replace(/.*opencc-js\/dist\//, ''));
    expect(opencc.sort()).toEqual(['esm-lib/core.js', 'esm-lib/dict/TSCharacters.js', 'esm-lib/dict/TSPhrases.js', 'esm-lib/to/cn.js']);
  });
});
