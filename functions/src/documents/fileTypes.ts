import type { allowedContentTypes } from './documentEntity';

type ContentType = (typeof allowedContentTypes)[number];

/**
 * The file kinds documents may be, by extension and by content: a file's name, declared type and first bytes must
 * all agree, so `x.html` can be stored neither as application/pdf nor under any other name.
 */
export const fileTypes: Record<ContentType, { extensions: readonly string[]; magic: readonly number[]; label: string }> = {
  'application/pdf': { extensions: ['pdf'], magic: [0x25, 0x50, 0x44, 0x46, 0x2d], label: 'PDF' },
  'image/jpeg': { extensions: ['jpg', 'jpeg'], magic: [0xff, 0xd8, 0xff], label: 'JPEG' },
  'image/png': { extensions: ['png'], magic: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], label: 'PNG' },
};

/** Bytes read from the start of an upload to recognise its kind. */
export const SNIFF_BYTES = 16;

/** The lower-case extension of a file name ('' without one). */
export const extensionOf = (fileName: string) => (/\.([^.]+)$/.exec(fileName)?.[1] ?? '').toLowerCase();

/** Whether the file name ends with an extension of the declared type (`.pdf` for application/pdf, …). */
export const extensionFits = (fileName: string, contentType: ContentType) => fileTypes[contentType].extensions.includes(extensionOf(fileName));

/** Whether the first bytes are those of the declared type (PDF `%PDF-`, JPEG `FF D8 FF`, PNG's 8-byte signature). */
export function contentFits(head: Uint8Array, contentType: ContentType): boolean {
  const { magic } = fileTypes[contentType];
  return head.length >= magic.length && magic.every((byte, i) => head[i] === byte);
}

/** The content type a stored file is served with, from its (allow-listed) extension; anything else is opaque bytes. */
export function contentTypeOfName(fileName: string): string {
  const extension = extensionOf(fileName);
  const match = Object.entries(fileTypes).find(([, type]) => type.extensions.includes(extension));
  return match ? match[0] : 'application/octet-stream';
}
