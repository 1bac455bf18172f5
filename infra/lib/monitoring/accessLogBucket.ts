import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import { BlockPublicAccess, Bucket, BucketEncryption, ObjectOwnership } from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';

/** How long S3 access logs are kept: six months, like every other log (网络安全法 art. 21). */
export const accessLogRetention = Duration.days(180);

/**
 * Receives the S3 server access logs of the documents and console buckets:
 * who read or wrote which qualification document is evidence a district may
 * have to produce. Retained on stack deletion; the lifecycle rule empties it.
 */
export class AccessLogBucket extends Construct {
  readonly bucket: Bucket;

  constructor(scope: Construct, id: string) {
    super(scope, id);

    this.bucket = new Bucket(this, 'Bucket', {
      // S3 delivers server access logs only to SSE-S3 buckets, not SSE-KMS.
      encryption: BucketEncryption.S3_MANAGED,
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      // The logging service writes through a bucket policy, so ACLs stay disabled.
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      enforceSSL: true,
      minimumTLSVersion: 1.2,
      lifecycleRules: [{ id: 'expire-logs', expiration: accessLogRetention }],
      removalPolicy: RemovalPolicy.RETAIN,
    });
  }
}
