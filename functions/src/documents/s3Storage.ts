import { CopyObjectCommand, DeleteObjectCommand, GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { attachmentHeader, DOWNLOAD_SECONDS, expiresIn, UPLOAD_SECONDS, type DocumentStorage } from './storage';

/** S3's answers that mean "nothing there" (403 without s3:ListBucket, by least privilege) or "it changed" (412). */
function statusOf(error: unknown): number | undefined {
  const { name, $metadata } = error as { name?: string; $metadata?: { httpStatusCode?: number } };
  if (name === 'NoSuchKey' || name === 'NotFound') return 404;
  if (name === 'PreconditionFailed') return 412;
  return $metadata?.httpStatusCode;
}

/** Documents in the private S3 bucket; clients only ever get presigned URLs. */
export function createS3Storage(bucket: string, client = new S3Client({})): DocumentStorage {
  return {
    async uploadTarget(key, contentType, size) {
      const command = new PutObjectCommand({ Bucket: bucket, Key: key, ContentType: contentType, ContentLength: size });
      // The presigner leaves Content-Type out of the signature by default: sign it, so the PUT must declare exactly
      // the type the API checked (S3 answers 403 SignatureDoesNotMatch otherwise). Content-Length is signed too.
      const url = await getSignedUrl(client, command, { expiresIn: UPLOAD_SECONDS, signableHeaders: new Set(['content-type', 'content-length']) });
      return { url, method: 'PUT', headers: [{ name: 'content-type', value: contentType }], expiresAt: expiresIn(UPLOAD_SECONDS) };
    },
    async downloadTarget(key, fileName, contentType) {
      const command = new GetObjectCommand({ Bucket: bucket, Key: key, ResponseContentDisposition: attachmentHeader(fileName), ResponseContentType: contentType });
      return { url: await getSignedUrl(client, command, { expiresIn: DOWNLOAD_SECONDS }), expiresAt: expiresIn(DOWNLOAD_SECONDS) };
    },
    async inspect(key, headBytes) {
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
      await client.send(new DeleteObjectCommand({ Bucket: bucket, Key: key }));
    },
  };
}
