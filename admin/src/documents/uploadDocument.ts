import { ApiError } from '../dataProvider/errors';
import type { Operation } from '../dataProvider/operation';
import type { DocumentFieldsFragment } from '../generated/graphql';
import { documentOperations } from './documentApi';

/** What the API accepts (see `RequestDocumentUploadInput`); checked here so nobody uploads 10 MB for a refusal. */
export const ACCEPTED_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;
export const MAX_BYTES = 10 * 1024 * 1024;

export interface UploadDeps {
  execute: <Result>(op: Operation<Result>) => Promise<{ data: Result }>;
  /** Sends the bytes; `url` may be relative to the API (local server) or absolute (S3). */
  put: (url: string, init: { method: string; headers: Record<string, string>; body: Blob }) => Promise<{ ok: boolean; status: number }>;
}

/** The file name endings the API accepts for each type (a name must match its declared type). */
export const EXTENSIONS: Record<(typeof ACCEPTED_TYPES)[number], readonly string[]> = {
  'application/pdf': ['pdf'],
  'image/jpeg': ['jpg', 'jpeg'],
  'image/png': ['png'],
};

const extensionOf = (name: string) => (/\.([^.]+)$/.exec(name)?.[1] ?? '').toLowerCase();
const isAccepted = (type: string): type is (typeof ACCEPTED_TYPES)[number] => (ACCEPTED_TYPES as readonly string[]).includes(type);

/** Why a file is refused before any request, as a message key; undefined when it may be uploaded. */
export function uploadProblem(file: { name?: string; type: string; size: number }): string | undefined {
  if (!isAccepted(file.type)) return 'app.documents.wrong_type';
  // A name ending in another type's extension (`x.html` sent as a PDF) is refused by the API too.
  const extension = extensionOf(file.name ?? '');
  if (file.name && extension && !EXTENSIONS[file.type].includes(extension)) return 'app.documents.wrong_type';
  if (file.size > MAX_BYTES) return 'app.documents.too_large';
  if (file.size === 0) return 'app.documents.empty_file';
  return undefined;
}

/** The name to store: the file's own, with its type's extension added when it has none (`营业执照` → `营业执照.pdf`). */
export function uploadFileName(file: { name: string; type: string }): string {
  return extensionOf(file.name) || !isAccepted(file.type) ? file.name : `${file.name}.${EXTENSIONS[file.type][0]}`;
}

/**
 * The three steps of an upload: ask the API where to put the file, PUT the bytes there with the
 * headers it names, then confirm (the API checks the file arrived with the announced size).
 */
export async function uploadDocument(deps: UploadDeps, ownerId: string, file: File): Promise<DocumentFieldsFragment> {
  const problem = uploadProblem(file);
  if (problem) throw new ApiError({ code: 'BAD_USER_INPUT', field: 'file', detail: problem });
  const { data: upload } = await deps.execute(documentOperations.requestUpload(ownerId, { name: uploadFileName(file), type: file.type, size: file.size }));
  const headers = Object.fromEntries(upload.headers.map((header) => [header.name, header.value]));
  const response = await deps.put(upload.url, { method: upload.method, headers, body: file });
  if (!response.ok) {
    throw new ApiError({ code: 'UNKNOWN', detail: `The file could not be stored (HTTP ${response.status})` });
  }
  const { data: document } = await deps.execute(documentOperations.confirmUpload(upload.document.id));
  return document;
}
