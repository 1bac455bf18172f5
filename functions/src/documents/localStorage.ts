import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, readSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { DOWNLOAD_SECONDS, expiresIn, UPLOAD_SECONDS, type DocumentStorage } from './storage';

/**
 * The signing key of local document links: made on first use in the documents directory (git-ignored `.data/`).
 * Its own key, not the local token secret, so document code never loads the sign-in machinery.
 */
function fileSecret(root: string): () => Uint8Array {
  let cached: Uint8Array | undefined;
  return () => {
    if (cached) return cached;
    const file = join(root, '.signing-key');
    if (!existsSync(file)) {
      mkdirSync(root, { recursive: true });
      try {
        writeFileSync(file, randomBytes(32).toString('base64'), { mode: 0o600, flag: 'wx' });
      } catch (error) {
        // Another process made it first: use theirs.
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
    }
    cached = new Uint8Array(Buffer.from(readFileSync(file, 'utf8').trim(), 'base64'));
    return cached;
  };
}

/** What a signed link allows: the method and key, until `expires`, and for uploads exactly this type and size. */
interface LinkTerms {
  method: string;
  key: string;
  expires: number;
  contentType?: string;
  size?: number;
}

/**
 * Documents in a local directory (`.data/documents`), served by the local server at `/documents/<key>` with
 * HMAC-signed, expiring URLs — the same flow as S3 presigned URLs (content type and size signed into uploads),
 * so the console code is identical. An upload link works once: after its bytes are confirmed, it is refused.
 */
export function createLocalStorage(root: string, secret: () => Uint8Array = fileSecret(root), baseUrl = () => '') {
  // The secret is read on first use only, so building services never touches the disk (Lambda's is read-only).
  const sign = (terms: LinkTerms) =>
    createHmac('sha256', secret())
      .update([terms.method, terms.key, terms.expires, terms.contentType ?? '', terms.size ?? ''].join('\n'))
      .digest('base64url');

  const urlFor = (terms: Omit<LinkTerms, 'expires'>, seconds: number) => {
    const expires = Math.floor(Date.now() / 1000) + seconds;
    // Keys start with `documents/`, which is also the local server route.
    return `${baseUrl()}/${encodeURI(terms.key)}?expires=${expires}&sig=${sign({ ...terms, expires })}`;
  };

  /** A marker left where a confirmed upload was: its link may not write again. */
  const usedMarker = (path: string) => `${path}.used`;

  const storage: DocumentStorage & {
    pathOf(key: string): string;
    verify(terms: Omit<LinkTerms, 'expires'> & { expires: string | null }, sig: string | null): boolean;
    acceptsUpload(key: string): boolean;
  } = {
    async uploadTarget(key, contentType, size) {
      return {
        url: urlFor({ method: 'PUT', key, contentType, size }, UPLOAD_SECONDS),
        method: 'PUT',
        headers: [{ name: 'content-type', value: contentType }],
        expiresAt: expiresIn(UPLOAD_SECONDS),
      };
    },
    // The file name and type are the key's last segment; the local server always serves it as an attachment.
    async downloadTarget(key) {
      return { url: urlFor({ method: 'GET', key }, DOWNLOAD_SECONDS), expiresAt: expiresIn(DOWNLOAD_SECONDS) };
    },
    async inspect(key, headBytes) {
      const path = storage.pathOf(key);
      if (!existsSync(path)) return undefined;
      const head = Buffer.alloc(headBytes);
      const fd = openSync(path, 'r');
      let read = 0;
      try {
        read = readSync(fd, head, 0, headBytes, 0);
      } finally {
        closeSync(fd);
      }
      const size = statSync(path).size;
      // A content hash stands in for S3's ETag: promote checks the bytes did not change after inspection.
      return { size, head: new Uint8Array(head.subarray(0, read)), tag: createHash('sha256').update(readFileSync(path)).digest('hex') };
    },
    async promote(from, to, tag) {
      const source = storage.pathOf(from);
      if (!existsSync(source) || createHash('sha256').update(readFileSync(source)).digest('hex') !== tag) return false;
      renameSync(source, storage.pathOf(to));
      writeFileSync(usedMarker(source), '');
      return true;
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
    /** Whether a URL's signature is valid for these terms and has not expired. */
    verify(terms, sig) {
      const expires = Number(terms.expires);
      if (!terms.expires || !sig || !Number.isFinite(expires) || expires < Date.now() / 1000) return false;
      const expected = Buffer.from(sign({ ...terms, expires }));
      const given = Buffer.from(sig);
      return expected.length === given.length && timingSafeEqual(expected, given);
    },
    /** Single use: an upload key takes bytes until they are confirmed (moved away, leaving the marker). */
    acceptsUpload(key: string) {
      return !existsSync(usedMarker(storage.pathOf(key)));
    },
  };
  return storage;
}

export type LocalStorage = ReturnType<typeof createLocalStorage>;
