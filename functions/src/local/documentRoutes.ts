import { createReadStream, existsSync, writeFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { basename } from 'node:path';
import { MAX_DOCUMENT_BYTES } from '../documents/documentEntity';
import { contentTypeOfName } from '../documents/fileTypes';
import type { LocalStorage } from '../documents/localStorage';
import { attachmentHeader } from '../documents/storage';
import type { Services } from '../server/services';

function refuse(res: ServerResponse, status: number, message: string) {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify({ message }));
}

/**
 * Local stand-in for S3 presigned URLs: `PUT`/`GET /documents/<key>?expires=…&sig=…`, checked against the signature
 * the storage issued. As on S3, an upload must send the signed Content-Type and exactly the signed size (10 MB at
 * most); besides, an upload link is refused once its document is confirmed. Downloads are always attachments with
 * the stored file's own type and `nosniff`, under a sandboxing CSP: an uploaded file never renders as a page of the
 * console's origin, whatever its name or bytes (no `disposition` parameter exists to ask otherwise).
 */
export async function handleDocument(req: IncomingMessage, res: ServerResponse, services: Services) {
  const storage = services.storage as Partial<LocalStorage>;
  const url = new URL(req.url ?? '/', 'http://localhost');
  const key = decodeURI(url.pathname.slice(1));
  if (!storage.verify || !storage.pathOf || !storage.acceptsUpload) return refuse(res, 404, 'Documents are stored in S3 here');
  const expires = url.searchParams.get('expires');
  const sig = url.searchParams.get('sig');
  if (req.method === 'PUT') {
    const contentType = req.headers['content-type'] ?? '';
    const declared = Number(req.headers['content-length']);
    if (!storage.verify({ method: 'PUT', key, expires, contentType, size: declared }, sig)) {
      req.resume();
      return refuse(res, 403, 'The link is invalid or has expired, or the file is not the type and size it was issued for');
    }
    if (!storage.acceptsUpload(key)) {
      req.resume();
      return refuse(res, 409, 'This upload link was already used: request a new upload');
    }
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of req) {
      size += (chunk as Buffer).length;
      if (size > Math.min(declared, MAX_DOCUMENT_BYTES)) return refuse(res, 413, 'The file is larger than announced (10 MB at most)');
      chunks.push(chunk as Buffer);
    }
    if (size !== declared) return refuse(res, 400, 'The body is shorter than its Content-Length');
    writeFileSync(storage.pathOf(key), Buffer.concat(chunks));
    res.writeHead(200).end();
    return;
  }
  if (!storage.verify({ method: 'GET', key, expires }, sig)) return refuse(res, 403, 'The link is invalid or has expired');
  const file = storage.pathOf(key);
  if (!existsSync(file)) return refuse(res, 404, 'No such document');
  const fileName = basename(key);
  res.writeHead(200, {
    'content-type': contentTypeOfName(fileName),
    'content-disposition': attachmentHeader(fileName),
    'x-content-type-options': 'nosniff',
    'content-security-policy': "default-src 'none'; sandbox",
    'cache-control': 'private, no-store',
  });
  createReadStream(file).pipe(res);
}
