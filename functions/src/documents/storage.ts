/** Where document bytes live: S3 when deployed, a directory locally. Both hand out short-lived URLs. */
export interface UploadTarget {
  url: string;
  method: 'PUT';
  headers: { name: string; value: string }[];
  expiresAt: string;
}

export interface DownloadTarget {
  url: string;
  expiresAt: string;
}

/** What arrived at an upload key: its size, its first bytes, and a tag of this exact version of it. */
export interface StoredUpload {
  size: number;
  head: Uint8Array;
  tag: string;
}

/**
 * Uploads go to a staging key; confirming copies the checked bytes to the document's own key. The upload URL can only
 * ever write the staging key, so once a document is confirmed nothing sent to that URL reaches it.
 */
export interface DocumentStorage {
  /** A URL the client PUTs the bytes to, valid for 15 minutes, with the content type and size signed into it. */
  uploadTarget(key: string, contentType: string, size: number): Promise<UploadTarget>;
  /** A URL to read the bytes, valid for 5 minutes, always as a download (attachment) under the original file name. */
  downloadTarget(key: string, fileName: string, contentType: string): Promise<DownloadTarget>;
  /** The upload at `key` (size, first `headBytes` bytes, version tag), or undefined when nothing is there. */
  inspect(key: string, headBytes: number): Promise<StoredUpload | undefined>;
  /**
   * Copies the upload at `from` to `to` if it is still the version `tag` (false when it changed or vanished in
   * between), then removes `from`.
   */
  promote(from: string, to: string, tag: string): Promise<boolean>;
  remove(key: string): Promise<void>;
}

export const UPLOAD_SECONDS = 15 * 60;
export const DOWNLOAD_SECONDS = 5 * 60;

export const expiresIn = (seconds: number) => new Date(Date.now() + seconds * 1000).toISOString();

/** RFC 6266 header that keeps a Chinese file name intact. */
export const attachmentHeader = (fileName: string) => `attachment; filename*=UTF-8''${encodeURIComponent(fileName)}`;

/** For functions that never handle documents (the scheduled jobs): they get no bucket, and any use is a bug. */
export const noDocumentStorage: DocumentStorage = {
  uploadTarget: refuse,
  downloadTarget: refuse,
  inspect: refuse,
  promote: refuse,
  remove: refuse,
};

function refuse(): never {
  throw new Error('This function has no document storage');
}

/** The staging key an upload URL writes to, beside the document's own key (`documents/<owner>/<id>/upload`). */
export const uploadKeyOf = (storageKey: string) => `${storageKey.slice(0, storageKey.lastIndexOf('/') + 1)}upload`;
