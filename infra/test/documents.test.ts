import { describe, expect, it } from 'vitest';
import { documentLifecycle } from '../lib/documents/documentsBucket';
import { accessLogRetention } from '../lib/monitoring/accessLogBucket';
import { buildStack } from './synth';

const { template } = buildStack();
const buckets = template.findResources('AWS::S3::Bucket');
// `any` on purpose: GraphQL response data (or a CloudFormation template) read by field name; the query fixes the shape, the test asserts it.
type Resource = { Properties: Record<string, any>; DeletionPolicy?: string; UpdateReplacePolicy?: string };
const bucket = (prefix: string): Resource & { id: string } => {
  const found = Object.entries(buckets).filter(([id]) => id.startsWith(prefix));
  expect(found).toHaveLength(1);
  return { id: found[0][0], ...(found[0][1] as Resource) };
};
const documents = bucket('DocumentsBucket');
const policyOf = (bucketId: string) =>
  Object.values(template.findResources('AWS::S3::BucketPolicy')).find((p) => JSON.stringify(p.Properties.Bucket) === JSON.stringify({ Ref: bucketId }))
    ?.Properties.PolicyDocument.Statement as Record<string, any>[];

describe('documents bucket', () => {
  it('is private: all public access blocked, ACLs disabled', () => {
    expect(documents.Properties.PublicAccessBlockConfiguration).toEqual({
      BlockPublicAcls: true,
      BlockPublicPolicy: true,
      IgnorePublicAcls: true,
      RestrictPublicBuckets: true,
    });
    expect(documents.Properties.OwnershipControls.Rules).toEqual([{ ObjectOwnership: 'BucketOwnerEnforced' }]);
  });

  it('is encrypted at rest and refuses plain HTTP and TLS below 1.2', () => {
    expect(documents.Properties.BucketEncryption.ServerSideEncryptionConfiguration).toEqual([{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }]);
    const denies = policyOf(documents.id).filter((s) => s.Effect === 'Deny');
    expect(denies.map((s) => s.Condition)).toEqual(
      expect.arrayContaining([{ Bool: { 'aws:SecureTransport': 'false' } }, { NumericLessThan: { 's3:TlsVersion': 1.2 } }]),
    );
  });

  it('keeps versions for restores, expires old ones and aborts stalled uploads', () => {
    expect(documents.Properties.VersioningConfiguration).toEqual({ Status: 'Enabled' });
    expect(documents.Properties.LifecycleConfiguration.Rules).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          NoncurrentVersionExpiration: { NoncurrentDays: documentLifecycle.noncurrentVersionsExpireAfter.toDays() },
          ExpiredObjectDeleteMarker: true,
          Status: 'Enabled',
        }),
        expect.objectContaining({
          AbortIncompleteMultipartUpload: { DaysAfterInitiation: documentLifecycle.abortIncompleteUploadsAfter.toDays() },
          Status: 'Enabled',
        }),
      ]),
    );
  });

  it('lets only the console origin PUT through CORS', () => {
    const [rule, ...others] = documents.Properties.CorsConfiguration.CorsRules;
    expect(others).toEqual([]);
    expect(rule.AllowedMethods).toEqual(['PUT']);
    expect(rule.AllowedOrigins).toEqual([{ 'Fn::Join': ['', ['https://', { 'Fn::GetAtt': [expect.stringMatching(/^ConsoleDistribution/), 'DomainName'] }]] }]);
  });

  it('is retained with the stack, has a stage-scoped name, and logs access', () => {
    expect(documents.DeletionPolicy).toBe('Retain');
    expect(documents.UpdateReplacePolicy).toBe('Retain');
    expect(JSON.stringify(documents.Properties.BucketName)).toContain('kehou-test-documents-');
    expect(documents.Properties.LoggingConfiguration).toEqual({
      DestinationBucketName: { Ref: bucket('AccessLogsBucket').id },
      LogFilePrefix: 's3/documents/',
    });
  });
});

describe('access log bucket', () => {
  const logs = bucket('AccessLogsBucket');

  it('keeps logs six months, then expires them, and survives the stack', () => {
    expect(logs.Properties.LifecycleConfiguration.Rules).toEqual([
      expect.objectContaining({ ExpirationInDays: accessLogRetention.toDays(), Status: 'Enabled' }),
    ]);
    expect(logs.DeletionPolicy).toBe('Retain');
  });

  it('admits only the S3 logging service as a writer, one statement per logged bucket', () => {
    const allows = policyOf(logs.id).filter((s) => s.Effect === 'Allow');
    expect(allows.map((s) => s.Principal)).toEqual(allows.map(() => ({ Service: 'logging.s3.amazonaws.com' })));
    expect(allows.map((s) => s.Action)).toEqual(allows.map(() => 's3:PutObject'));
    expect(allows).toHaveLength(2);
  });
});
