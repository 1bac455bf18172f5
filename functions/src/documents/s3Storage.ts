import type { S3Client } from '@aws-sdk/client-s3';
import { attachmentHeader, DOWNLOAD_SECONDS, expiresIn, UPLOAD_SECONDS, type DocumentStorage } from './storage';

/**
 * The S3 client and presigner load on first use: most requests never touch a document, and in the Lambda bundle
 * they are a chunk of their own (a seventh of the code) that a cold start then does not load.
 */
const loadS3 = async (client?: S3Client) => {
  const [s3, { getSignedUrl }] = await Promise.all([import('@aws-sdk/client-s3'), import('@aws-sdk/s3-request-presigner')]);
  return { ...s3, getSignedUrl, client: client ?? new s3.S3Client({}) };
};

/** Documents in the private S3 bucket; clients only ever get presigned URLs. */
export function createS3Storage(bucket: string, givenClient?: S3Client): DocumentStorage {
  let loaded: ReturnType<typeof loadS3> | undefined;
  const s3 = () => (loaded ??= loadS3(givenClient));
  return {
    async uploadTarget(key, contentType, size) {
      const { client, getSignedUrl, PutObjectCommand } = await s3();
      const command = new PutObjectCommand({ Bucket: bucket, Key: key, ContentType: contentType, ContentLength: size });
      const url = await getSignedUrl(client, command, { expiresIn: UPLOAD_SECONDS });
      return { url, method: 'PUT', headers: [{ name: 'content-type', value: contentType }], expiresAt: expiresIn(UPLOAD_SECONDS) };
    },
    async downloadTarget(key, fileName) {
      const { client, getSignedUrl, GetObjectCommand } = await s3();
      const command = new GetObjectCommand({ Bucket: bucket, Key: key, ResponseContentDisposition: attachmentHeader(fileName) });
      return { url: await getSignedUrl(client, command, { expiresIn: DOWNLOAD_SECONDS }), expiresAt: expiresIn(DOWNLOAD_SECONDS) };
    },
    async sizeOf(key) {
      const { client, HeadObjectCommand } = await s3();
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
      const { client, DeleteObjectCommand } = await s3();
      await client.send(new DeleteObjectCommand({ Bucket: bucket, Key: key }));
    },
  };
}
