import { CopyObjectCommand, DeleteObjectCommand, GetObjectCommand, S3Client, S3ServiceException } from '@aws-sdk/client-s3';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { createS3Storage } from '../src/documents/s3Storage';

// Pure unit tests of the S3 adapter (no S3 here): presigning is local computation; S3's answers are injected.
const client = new S3Client({ region: 'cn-north-1', credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'example-secret' } });
const storage = createS3Storage('docs-bucket', { client });
const s3 = mockClient(client);
afterEach(() => s3.reset());

const s3Error = (name: string, status: number) => new S3ServiceException({ name, $fault: 'client', $metadata: { httpStatusCode: status }, message: name });

describe('S3 document storage (issue 11)', () => {
  it('signs Content-Type and Content-Length into the presigned PUT', async () => {
    const target = await storage.uploadTarget('documents/prv_1/doc_1/upload', 'application/pdf', 1234);
    const signed = new URL(target.url).searchParams.get('X-Amz-SignedHeaders')?.split(';') ?? [];
    expect(signed).toEqual(expect.arrayContaining(['content-length', 'content-type', 'host']));
    expect(target.headers).toEqual([{ name: 'content-type', value: 'application/pdf' }]);
  });

  it('presigns downloads as attachments with the stored type', async () => {
    const target = await storage.downloadTarget('documents/prv_1/doc_1/营业执照.pdf', '营业执照.pdf', 'application/pdf');
    const query = new URL(target.url).searchParams;
    expect(query.get('response-content-disposition')).toBe(`attachment; filename*=UTF-8''${encodeURIComponent('营业执照.pdf')}`);
    expect(query.get('response-content-type')).toBe('application/pdf');
  });

  it('inspects an upload from its first bytes: size from Content-Range, the ETag as version tag', async () => {
    s3.on(GetObjectCommand).resolves({
      Body: { transformToByteArray: async () => new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d]) } as never,
      ContentRange: 'bytes 0-15/20480',
      ETag: '"abc"',
    });
    expect(await storage.inspect('documents/prv_1/doc_1/upload', 16)).toEqual({
      size: 20480,
      head: new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d]),
      tag: '"abc"',
    });
    expect(s3.commandCalls(GetObjectCommand)[0].args[0].input).toMatchObject({ Key: 'documents/prv_1/doc_1/upload', Range: 'bytes=0-15' });
    s3.on(GetObjectCommand).rejects(s3Error('NoSuchKey', 404));
    expect(await storage.inspect('documents/prv_1/doc_1/upload', 16)).toBeUndefined();
  });

  it('promotes only the inspected version of an upload, then removes the upload', async () => {
    s3.on(CopyObjectCommand).resolves({});
    expect(await storage.promote('documents/prv_1/doc_1/upload', 'documents/prv_1/doc_1/证书.pdf', '"abc"')).toBe(true);
    expect(s3.commandCalls(CopyObjectCommand)[0].args[0].input).toEqual({
      Bucket: 'docs-bucket',
      Key: 'documents/prv_1/doc_1/证书.pdf',
      CopySource: 'docs-bucket/documents/prv_1/doc_1/upload',
      CopySourceIfMatch: '"abc"',
    });
    expect(s3.commandCalls(DeleteObjectCommand)[0].args[0].input).toEqual({ Bucket: 'docs-bucket', Key: 'documents/prv_1/doc_1/upload' });

    s3.reset();
    // Replaced by another PUT after inspection: S3 refuses the copy (412) and nothing is removed.
    s3.on(CopyObjectCommand).rejects(s3Error('PreconditionFailed', 412));
    expect(await storage.promote('documents/prv_1/doc_1/upload', 'documents/prv_1/doc_1/证书.pdf', '"abc"')).toBe(false);
    expect(s3.commandCalls(DeleteObjectCommand)).toHaveLength(0);
  });
});
