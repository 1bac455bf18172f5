import { createReadStream, existsSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { HeaderMap, type ApolloServer } from '@apollo/server';
import { signLocalToken, verifyLocalToken } from '../auth/localTokens';
import { AppError } from '../core/errors';
import { MAX_DOCUMENT_BYTES } from '../documents/documentEntity';
import type { LocalStorage } from '../documents/localStorage';
import { createContext, type GraphQLContext } from '../server/context';
import type { Services } from '../server/services';
import { listDevUsers, viewerOfDevUser } from './devUsers';

const MAX_BODY_BYTES = 1024 * 1024;

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.pdf': 'application/pdf',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) reject(new Error('Request body too large'));
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function sendJson(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

/** The API on the same code path as the Lambda: Apollo's HTTP entry point with a context from the verified token. */
async function handleGraphQL(req: IncomingMessage, res: ServerResponse, apollo: ApolloServer<GraphQLContext>, services: Services) {
  const headers = new HeaderMap();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  const url = new URL(req.url ?? '/', 'http://localhost');
  const raw = req.method === 'POST' ? await readBody(req) : '';
  let body: unknown = raw;
  if (raw && (headers.get('content-type') ?? '').includes('application/json')) {
    try {
      body = JSON.parse(raw);
    } catch {
      return sendJson(res, 400, { errors: [{ message: 'Body is not valid JSON', extensions: { code: 'BAD_REQUEST' } }] });
    }
  }
  const token = (headers.get('authorization') ?? '').replace(/^Bearer\s+/i, '');
  const viewer = token ? ((await verifyLocalToken(token)) ?? null) : null;
  const response = await apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
    context: async () => createContext(services, viewer),
  });
  const outHeaders: Record<string, string> = {};
  for (const [name, value] of response.headers) outHeaders[name] = value;
  res.writeHead(response.status ?? 200, outHeaders);
  if (response.body.kind === 'complete') {
    res.end(response.body.string);
  } else {
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  }
}

/**
 * Local stand-in for S3 presigned URLs: `PUT`/`GET /documents/<key>?expires=…&sig=…`, checked against the
 * signature the storage issued, with the same 10 MB limit.
 */
async function handleDocument(req: IncomingMessage, res: ServerResponse, services: Services) {
  const storage = services.storage as Partial<LocalStorage>;
  const url = new URL(req.url ?? '/', 'http://localhost');
  const key = decodeURI(url.pathname.slice(1));
  if (!storage.verify || !storage.pathOf) return sendJson(res, 404, { message: 'Documents are stored in S3 here' });
  if (!storage.verify(req.method ?? '', key, url.searchParams.get('expires'), url.searchParams.get('sig'))) {
    return sendJson(res, 403, { message: 'The link is invalid or has expired' });
  }
  if (req.method === 'PUT') {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of req) {
      size += (chunk as Buffer).length;
      if (size > MAX_DOCUMENT_BYTES) return sendJson(res, 413, { message: 'The file is larger than 10 MB' });
      chunks.push(chunk as Buffer);
    }
    writeFileSync(storage.pathOf(key), Buffer.concat(chunks));
    res.writeHead(200).end();
    return;
  }
  const file = storage.pathOf(key);
  if (!existsSync(file)) return sendJson(res, 404, { message: 'No such document' });
  res.writeHead(200, {
    'content-type': contentTypes[extname(file)] ?? 'application/octet-stream',
    'content-disposition': url.searchParams.get('disposition') ?? 'attachment',
  });
  createReadStream(file).pipe(res);
}

/** The built console with SPA fallback: unknown paths get index.html so client-side routes survive a reload. */
function serveConsole(req: IncomingMessage, res: ServerResponse, consoleDir: string) {
  const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname)).replace(/^(\.\.[/\\])+/, '');
  let file = join(consoleDir, path);
  if (!file.startsWith(consoleDir) || !existsSync(file) || statSync(file).isDirectory()) file = join(consoleDir, 'index.html');
  if (!existsSync(file)) {
    res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' });
    return res.end('The console is not built yet: run `npm run build:admin` (npm start does this for you).');
  }
  const immutable = file.includes(`${join(consoleDir, 'assets')}`);
  res.writeHead(200, {
    'content-type': contentTypes[extname(file)] ?? 'application/octet-stream',
    'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
  });
  createReadStream(file).pipe(res);
}

/**
 * Local stand-in for a parent's sign-up and sign-in by phone (deployed: Cognito with an SMS code, see README): the
 * guardian with this phone is found or created and gets a PARENT token. Never deployed.
 */
async function phoneLogin(req: IncomingMessage, res: ServerResponse, services: Services) {
  const { phone, name } = JSON.parse((await readBody(req)) || '{}') as { phone?: string; name?: string };
  try {
    const guardian = await services.guardians.ensureByPhone({ phone: phone ?? '', name });
    const viewer = { sub: `guardian-${guardian.id}`, role: 'PARENT' as const, guardianId: guardian.id };
    return sendJson(res, 200, { token: await signLocalToken(viewer), user: { username: `parent-${guardian.phone}`, displayName: guardian.name, role: 'PARENT', guardianId: guardian.id } });
  } catch (error) {
    if (error instanceof AppError) return sendJson(res, 400, { message: error.message, code: error.code, field: error.extensions.field });
    throw error;
  }
}

export interface LocalServerOptions {
  apollo: ApolloServer<GraphQLContext>;
  services: Services;
  consoleDir: string;
  port: number;
}

/**
 * One local origin for everything: `/graphql` (the API), `/config.json` (the console's runtime config),
 * `/auth/dev-users` + `/auth/dev-login` + `/auth/dev-phone-login` (local sign-in, never deployed) and the console
 * (with the phone pages) itself.
 */
export async function startLocalServer(options: LocalServerOptions): Promise<Server> {
  const { apollo, services, consoleDir } = options;
  const server = createServer(async (req, res) => {
    try {
      const path = new URL(req.url ?? '/', 'http://localhost').pathname;
      if (path === '/graphql') return await handleGraphQL(req, res, apollo, services);
      if (path.startsWith('/documents/') && (req.method === 'PUT' || req.method === 'GET')) return await handleDocument(req, res, services);
      if (path === '/config.json') return sendJson(res, 200, { graphqlUrl: '/graphql', auth: { mode: 'local' } });
      if (path === '/auth/dev-users') return sendJson(res, 200, await listDevUsers(services));
      if (path === '/auth/dev-login' && req.method === 'POST') {
        const { username } = JSON.parse((await readBody(req)) || '{}') as { username?: string };
        const user = (await listDevUsers(services)).find((candidate) => candidate.username === username);
        if (!user) return sendJson(res, 401, { message: `Unknown demo user ${username ?? ''}` });
        return sendJson(res, 200, { token: await signLocalToken(viewerOfDevUser(user)), user });
      }
      if (path === '/auth/dev-phone-login' && req.method === 'POST') return await phoneLogin(req, res, services);
      return serveConsole(req, res, consoleDir);
    } catch (error) {
      console.error(error);
      if (!res.headersSent) sendJson(res, 500, { message: 'Internal server error' });
      else res.end();
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, () => resolve());
  });
  return server;
}
