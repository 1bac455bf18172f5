import { createHmac, timingSafeEqual } from 'node:crypto';
import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { attachmentHeader, DOWNLOAD_SECONDS, expiresIn, UPLOAD_SECONDS, type DocumentStorage } from './storage';

/**
 * Documents in a local directory (`.data/documents`), served by the local server at `/documents/<key>` with
 * HMAC-signed, expiring URLs — the same flow as S3 presigned URLs, so the console code is identical.
 */
export function createLocalStorage(root: string, secret: () => Uint8Array, baseUrl = () => '') {
  // The secret is read on first use only, so building services never touches the disk (Lambda's is read-only).
  const sign = (method: string, key: string, expires: number) =>
    createHmac('sha256', secret()).update(`${method}\n${key}\n${expires}`).digest('base64url');

  const urlFor = (method: 'PUT' | 'GET', key: string, seconds: number, extra = '') => {
    const expires = Math.floor(Date.now() / 1000) + seconds;
    // Keys start with `documents/`, which is also the local server route.
    return `${baseUrl()}/${encodeURI(key)}?expires=${expires}&sig=${sign(method, key, expires)}${extra}`;
  };

  const storage: DocumentStorage & {
    pathOf(key: string): string;
    verify(method: string, key: string, expires: string | null, sig: string | null): boolean;
  } = {
    async uploadTarget(key, contentType) {
      return { url: urlFor('PUT', key, UPLOAD_SECONDS), method: 'PUT', headers: [{ name: 'content-type', value: contentType }], expiresAt: expiresIn(UPLOAD_SECONDS) };
    },
    async downloadTarget(key, fileName) {
      return { url: urlFor('GET', key, DOWNLOAD_SECONDS, `&disposition=${encodeURIComponent(attachmentHeader(fileName))}`), expiresAt: expiresIn(DOWNLOAD_SECONDS) };
    },
    async sizeOf(key) {
      const path = storage.pathOf(key);
      return existsSync(path) ? statSync(path).size : undefined;
    },
    async remove(key) {
      rmSync(storage.pathOf(key), { force: true });
    },
    /** The file of a key, never outside the root. */
    pathOf(key: string) {
      const path = normalize(join(root, key));
      if (!path.startsWith(normalize(root))) throw new Error('Invalid document key');
      mkdirSync(dirname(path), { recursive: true });
      return path;
    },
    /** Whether a URL's signature is valid for this method and key and has not expired. */
    verify(method, key, expires, sig) {
      if (!expires || !sig || Number(expires) < Date.now() / 1000) return false;
      const expected = Buffer.from(sign(method, key, Number(expires)));
      const given = Buffer.from(sig);
      return expected.length === given.length && timingSafeEqual(expected, given);
    },
  };
  return storage;
}

export type LocalStorage = ReturnType<typeof createLocalStorage>;
