import { DeleteObjectCommand, GetObjectCommand, HeadObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { attachmentHeader, DOWNLOAD_SECONDS, expiresIn, UPLOAD_SECONDS, type DocumentStorage } from './storage';

/** Documents in the private S3 bucket; clients only ever get presigned URLs. */
export function createS3Storage(bucket: string, client = new S3Client({})): DocumentStorage {
  return {
    async uploadTarget(key, contentType, size) {
      const command = new PutObjectCommand({ Bucket: bucket, Key: key, ContentType: contentType, ContentLength: size });
      const url = await getSignedUrl(client, command, { expiresIn: UPLOAD_SECONDS });
      return { url, method: 'PUT', headers: [{ name: 'content-type', value: contentType }], expiresAt: expiresIn(UPLOAD_SECONDS) };
    },
    async downloadTarget(key, fileName) {
      const command = new GetObjectCommand({ Bucket: bucket, Key: key, ResponseContentDisposition: attachmentHeader(fileName) });
      return { url: await getSignedUrl(client, command, { expiresIn: DOWNLOAD_SECONDS }), expiresAt: expiresIn(DOWNLOAD_SECONDS) };
    },
    async sizeOf(key) {
      try {
        const head = await client.send(new HeadObjectCommand({ Bucket: bucket, Key: key }));
        return head.ContentLength;
      } catch (error) {
        // Without s3:ListBucket (least privilege) S3 answers a missing key with 403 instead of 404.
        const { name, $metadata } = error as { name?: string; $metadata?: { httpStatusCode?: number } };
        if (name === 'NotFound' || name === 'Forbidden' || $metadata?.httpStatusCode === 404 || $metadata?.httpStatusCode === 403) return undefined;
        throw error;
      }
    },
    async remove(key) {
      await client.send(new DeleteObjectCommand({ Bucket: bucket, Key: key }));
    },
  };
}
