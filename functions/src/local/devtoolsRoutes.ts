import { createReadStream, existsSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { docsDistDir, graphiqlDistDir } from '../../../graphql/devtools/src/build';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ttf': 'font/ttf',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
};

/** A browser opening the API's URL (it asks for HTML first); API clients ask for JSON or send a query. */
export function wantsGraphiql(req: IncomingMessage, url: URL): boolean {
  const accept = req.headers.accept ?? '';
  return req.method === 'GET' && accept.includes('text/html') && !url.searchParams.has('query');
}

function notBuilt(res: ServerResponse, what: string) {
  res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' });
  res.end(`${what} is not built yet: run \`npm run build -w graphql/devtools\` (npm start does this for you).`);
}

/** A file under `dir` (no escaping it), or the directory's index.html. */
function sendStatic(res: ServerResponse, dir: string, relative: string, what: string) {
  let file = join(dir, normalize(relative).replace(/^([/\\]|\.\.[/\\])+/, ''));
  if (!file.startsWith(dir + sep) && file !== dir) file = join(dir, 'index.html');
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  if (!existsSync(join(dir, 'index.html'))) return notBuilt(res, what);
  if (!existsSync(file)) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    return res.end('Not found');
  }
  const hashed = file.includes(`${sep}assets${sep}`);
  res.writeHead(200, {
    'content-type': contentTypes[extname(file)] ?? 'application/octet-stream',
    'cache-control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
  });
  createReadStream(file).pipe(res);
}

/**
 * The developer pages of the local server: GraphiQL on `GET /graphql` for browsers (and its files under
 * `/graphiql/`), and the schema reference under `/docs/`. Both are bundled: nothing loads from the internet.
 * Returns false for every other request.
 */
export function serveDevtools(req: IncomingMessage, res: ServerResponse): boolean {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const path = decodeURIComponent(url.pathname);
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  if (path === '/graphql' && wantsGraphiql(req, url)) {
    sendStatic(res, graphiqlDistDir, 'index.html', 'GraphiQL');
    return true;
  }
  if (path.startsWith('/graphiql/')) {
    sendStatic(res, graphiqlDistDir, path.slice('/graphiql/'.length), 'GraphiQL');
    return true;
  }
  if (path === '/docs') {
    // Relative links in the reference (stylesheets/, javascripts/) need the trailing slash.
    res.writeHead(301, { location: '/docs/' }).end();
    return true;
  }
  if (path.startsWith('/docs/')) {
    sendStatic(res, docsDistDir, path.slice('/docs/'.length) || 'index.html', 'The schema reference');
    return true;
  }
  return false;
}
