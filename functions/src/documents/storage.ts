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

export interface DocumentStorage {
  /** A URL the client PUTs the bytes to, valid for 15 minutes. */
  uploadTarget(key: string, contentType: string, size: number): Promise<UploadTarget>;
  /** A URL to read the bytes, valid for 5 minutes, offering the original file name. */
  downloadTarget(key: string, fileName: string): Promise<DownloadTarget>;
  /** Size of the stored object, or undefined when it is not there. */
  sizeOf(key: string): Promise<number | undefined>;
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
  sizeOf: refuse,
  remove: refuse,
};

function refuse(): never {
  throw new Error('This function has no document storage');
}
