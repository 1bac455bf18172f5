import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { HeaderMap, type ApolloServer } from '@apollo/server';
import { AppError } from '../core/errors';
import { createContext, type GraphQLContext } from '../server/context';
import { bearerToken, bodyTooLarge, invalidJson, isBrokenJson, MAX_BODY_BYTES, type PlainHttpResponse } from '../server/httpEdges';
import type { Services } from '../server/services';
import { devSignIn } from './devSignIn';
import { handleDocument } from './documentRoutes';
import { serveDevtools } from './devtoolsRoutes';
import { localConsoleConfig, verifyBearerToken } from './localSignIn';

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

class BodyTooLarge extends Error {}

/** The body as text, refused (BodyTooLarge) once it passes 1 MB: announced by Content-Length or counted as it arrives. */
function readBody(req: IncomingMessage): Promise<string> {
  if (Number(req.headers['content-length'] ?? 0) > MAX_BODY_BYTES) {
    req.resume();
    return Promise.reject(new BodyTooLarge());
  }
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        // Keep reading (and dropping) the rest, so the 413 reaches a client that is still sending.
        chunks.length = 0;
        reject(new BodyTooLarge());
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function sendJson(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

function sendPlain(res: ServerResponse, response: PlainHttpResponse) {
  res.writeHead(response.status, response.headers);
  res.end(response.body);
}

/** A Bearer token that does not verify here: expired, or signed with another data directory's key. */
const invalidToken = () =>
  new AppError(
    'UNAUTHENTICATED',
    'The token is invalid or expired (local tokens are signed with the key in the data directory npm start uses: KEHOU_DATA_DIR, default .data/)',
    { http: { status: 401, headers: new HeaderMap([['www-authenticate', 'Bearer error="invalid_token"']]) } },
  );

/**
 * The API on the same code path as the Lambda: Apollo's HTTP entry point, a context from the verified token (none on
 * the public route), the same HTTP edges (413 for large bodies, 401 without the Bearer scheme).
 */
async function handleGraphQL(req: IncomingMessage, res: ServerResponse, apollo: ApolloServer<GraphQLContext>, services: Services, path: string) {
  const publicRoute = path === '/public/graphql';
  const headers = new HeaderMap();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  const url = new URL(req.url ?? '/', 'http://localhost');
  let raw = '';
  try {
    raw = req.method === 'POST' ? await readBody(req) : '';
  } catch (error) {
    if (error instanceof BodyTooLarge) return sendPlain(res, bodyTooLarge());
    throw error;
  }
  if (isBrokenJson(headers.get('content-type'), raw)) return sendPlain(res, invalidJson());
  const body: unknown = raw && (headers.get('content-type') ?? '').includes('json') ? JSON.parse(raw) : raw;
  const clientAddress = req.socket.remoteAddress;
  const response = await apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
    context: async () => {
      if (publicRoute) return createContext(services, null, { publicRoute, clientAddress });
      const token = bearerToken(headers.get('authorization'));
      const viewer = token ? ((await verifyBearerToken(token)) ?? null) : null;
      // As deployed, where the gateway's authorizer answers 401 before the function runs: a token that does not verify
      // is refused, never served as an anonymous request (which would only show up later as `viewer: null`).
      if (token && !viewer) throw invalidToken();
      // The parents' route serves PARENT viewers only (deployed, its authorizer trusts only the parents' pool).
      return createContext(services, path === '/parent/graphql' && viewer?.role !== 'PARENT' ? null : viewer, { clientAddress });
    },
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

export interface LocalServerOptions {
  apollo: ApolloServer<GraphQLContext>;
  services: Services;
  consoleDir: string;
  port: number;
  /** The interface to listen on: 127.0.0.1 (this machine only) unless told otherwise (`HOST`, e.g. 0.0.0.0). */
  host?: string;
}

/**
 * One local origin for everything: `/graphql` (the API), `/public/graphql` (the anonymous route, as deployed),
 * `/parent/graphql` (the parents' route, PARENT viewers only, as deployed), `/config.json` (the console's runtime
 * config), `/auth/dev-users` + `/auth/dev-login` + `/auth/dev-phone-login` (local sign-in, this machine only, never
 * deployed), `/documents/…` (signed upload and download links) and the console (with the phone pages) itself.
 */
export async function startLocalServer(options: LocalServerOptions): Promise<Server> {
  const { apollo, services, consoleDir } = options;
  const server = createServer(async (req, res) => {
    try {
      const path = new URL(req.url ?? '/', 'http://localhost').pathname;
      // GraphiQL (a browser's GET /graphql) and the reference (/docs) before the API and the console.
      if (serveDevtools(req, res)) return;
      if (path === '/graphql' || path === '/public/graphql' || path === '/parent/graphql') return await handleGraphQL(req, res, apollo, services, path);
      if (path.startsWith('/documents/') && (req.method === 'PUT' || req.method === 'GET')) return await handleDocument(req, res, services);
      if (path === '/config.json') return sendJson(res, 200, localConsoleConfig());
      const signIn = await devSignIn(req, path, services, () => readBody(req));
      if (signIn) return sendJson(res, signIn.status, signIn.body);
      return serveConsole(req, res, consoleDir);
    } catch (error) {
      if (error instanceof BodyTooLarge) return sendPlain(res, bodyTooLarge());
      console.error(error);
      if (!res.headersSent) sendJson(res, 500, { message: 'Internal server error' });
      else res.end();
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host ?? '127.0.0.1', () => resolve());
  });
  return server;
}
