import type { S3Client } from '@aws-sdk/client-s3';
import { attachmentHeader, DOWNLOAD_SECONDS, expiresIn, UPLOAD_SECONDS, type DocumentStorage } from './storage';

/**
 * The S3 client and presigner load on first use: most requests never touch a document, and in the Lambda bundle
 * they are a chunk of their own (a seventh of the code) that a cold start then does not load.
 */
const loadS3 = async (client: S3Client | undefined, instrument: (client: S3Client) => S3Client) => {
  const [s3, { getSignedUrl }] = await Promise.all([import('@aws-sdk/client-s3'), import('@aws-sdk/s3-request-presigner')]);
  return { ...s3, getSignedUrl, client: client ?? instrument(new s3.S3Client({})) };
};

/** S3's answers that mean "nothing there" (403 without s3:ListBucket, by least privilege) or "it changed" (412). */
function statusOf(error: unknown): number | undefined {
  const { name, $metadata } = error as { name?: string; $metadata?: { httpStatusCode?: number } };
  if (name === 'NoSuchKey' || name === 'NotFound') return 404;
  if (name === 'PreconditionFailed') return 412;
  return $metadata?.httpStatusCode;
}

/**
 * Documents in the private S3 bucket; clients only ever get presigned URLs. `instrument` wraps the client made on
 * first use (tracing in the Lambda); tests pass a client of their own.
 */
export function createS3Storage(bucket: string, options: { client?: S3Client; instrument?: (client: S3Client) => S3Client } = {}): DocumentStorage {
  let loaded: ReturnType<typeof loadS3> | undefined;
  const s3 = () => (loaded ??= loadS3(options.client, options.instrument ?? ((client) => client)));
  return {
    async uploadTarget(key, contentType, size) {
      const { client, getSignedUrl, PutObjectCommand } = await s3();
      const command = new PutObjectCommand({ Bucket: bucket, Key: key, ContentType: contentType, ContentLength: size });
      // The presigner leaves Content-Type out of the signature by default: sign it, so the PUT must declare exactly
      // the type the API checked (S3 answers 403 SignatureDoesNotMatch otherwise). Content-Length is signed too.
      const url = await getSignedUrl(client, command, { expiresIn: UPLOAD_SECONDS, signableHeaders: new Set(['content-type', 'content-length']) });
      return { url, method: 'PUT', headers: [{ name: 'content-type', value: contentType }], expiresAt: expiresIn(UPLOAD_SECONDS) };
    },
    async downloadTarget(key, fileName, contentType) {
      const { client, getSignedUrl, GetObjectCommand } = await s3();
      const command = new GetObjectCommand({
        Bucket: bucket,
        Key: key,
        ResponseContentDisposition: attachmentHeader(fileName),
        ResponseContentType: contentType,
      });
      return { url: await getSignedUrl(client, command, { expiresIn: DOWNLOAD_SECONDS }), expiresAt: expiresIn(DOWNLOAD_SECONDS) };
    },
    async inspect(key, headBytes) {
      const { client, GetObjectCommand } = await s3();
      try {
        const object = await client.send(new GetObjectCommand({ Bucket: bucket, Key: key, Range: `bytes=0-${headBytes - 1}` }));
        const head = (await object.Body?.transformToByteArray()) ?? new Uint8Array();
        // "bytes 0-15/12345": the total after the slash.
        const size = Number(object.ContentRange?.split('/')[1] ?? object.ContentLength ?? head.length);
        return { size, head, tag: object.ETag ?? '' };
      } catch (error) {
        if (statusOf(error) === 404 || statusOf(error) === 403) return undefined;
        throw error;
      }
    },
    async promote(from, to, tag) {
      const { client, CopyObjectCommand, DeleteObjectCommand } = await s3();
      try {
        // Only the version that was checked: a PUT that replaced the upload meanwhile makes the copy fail (412).
        await client.send(new CopyObjectCommand({ Bucket: bucket, Key: to, CopySource: `${bucket}/${encodeURI(from)}`, CopySourceIfMatch: tag }));
      } catch (error) {
        if ([404, 403, 412].includes(statusOf(error) ?? 0)) return false;
        throw error;
      }
      await client.send(new DeleteObjectCommand({ Bucket: bucket, Key: from }));
      return true;
    },
    async remove(key) {
      const { client, DeleteObjectCommand } = await s3();
      await client.send(new DeleteObjectCommand({ Bucket: bucket, Key: key }));
    },
  };
}
