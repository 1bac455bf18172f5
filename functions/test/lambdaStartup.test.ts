import { S3Client } from '@aws-sdk/client-s3';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { storageFromEnv } from '../src/server/services';

const saved = { ...process.env };
afterEach(() => {
  process.env = { ...saved };
  vi.resetModules();
});

describe('document storage by environment', () => {
  it('refuses to run in Lambda without DOCUMENTS_BUCKET, instead of storing uploads on the instance disk', () => {
    expect(() => storageFromEnv({ AWS_LAMBDA_FUNCTION_NAME: 'kehou-prod-graphql' })).toThrow(
      /DOCUMENTS_BUCKET is not set for the Lambda function kehou-prod-graphql/,
    );
  });

  it('uses the bucket in Lambda, through the instrumented S3 client made on first use', async () => {
    const clients: unknown[] = [];
    const storage = storageFromEnv({ AWS_LAMBDA_FUNCTION_NAME: 'kehou-prod-graphql', DOCUMENTS_BUCKET: 'kehou-prod-documents' }, (client) => {
      clients.push(client);
      return client;
    });
    // A cold start that never touches a document makes no S3 client at all.
    expect(clients).toHaveLength(0);
    const saved = { ...process.env };
    Object.assign(process.env, { AWS_REGION: 'cn-north-1', AWS_ACCESS_KEY_ID: 'test', AWS_SECRET_ACCESS_KEY: 'test' });
    try {
      const target = await storage.uploadTarget('documents/x.pdf', 'application/pdf', 10);
      expect(target.url).toContain('kehou-prod-documents');
    } finally {
      process.env = saved;
    }
    expect(clients).toHaveLength(1);
    expect(clients[0]).toBeInstanceOf(S3Client);
  });

  it('uses local files outside Lambda (npm start, tests)', async () => {
    const target = await storageFromEnv({}).uploadTarget('documents/x.pdf', 'application/pdf', 10);
    // Served by the local server itself, never an S3 address.
    expect(target.url).toMatch(/^\/documents\/x\.pdf\?expires=/);
  });
});

describe('Lambda cold start', () => {
  it('the GraphQL function fails to start without its bucket', async () => {
    process.env.AWS_LAMBDA_FUNCTION_NAME = 'kehou-test-graphql';
    delete process.env.DOCUMENTS_BUCKET;
    await expect(import('../src/handlers/graphql')).rejects.toThrow(/DOCUMENTS_BUCKET is not set/);
  });

  it('the scheduled job, which never handles documents, starts without one', async () => {
    process.env.AWS_LAMBDA_FUNCTION_NAME = 'kehou-test-qualification-expiry';
    delete process.env.DOCUMENTS_BUCKET;
    await expect(import('../src/handlers/qualificationExpiry')).resolves.toHaveProperty('handler');
  });

  it('the care alerts job starts without a bucket too', async () => {
    process.env.AWS_LAMBDA_FUNCTION_NAME = 'kehou-test-care-alerts';
    delete process.env.DOCUMENTS_BUCKET;
    await expect(import('../src/handlers/careAlerts')).resolves.toHaveProperty('handler');
  });
});
