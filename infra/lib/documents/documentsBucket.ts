import { Aws, Duration, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import { PolicyStatement, type IGrantable } from 'aws-cdk-lib/aws-iam';
import { BlockPublicAccess, Bucket, BucketEncryption, HttpMethods, ObjectOwnership, type CfnBucket, type IBucket } from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';

/** Key prefix of every uploaded document; the functions' grant stops there. */
export const documentsPrefix = 'documents/';

/**
 * The S3 actions functions/ performs: presigned PUT (upload) and GET
 * (download), HeadObject (authorised as GetObject) to check an upload landed,
 * and DeleteObject. No ListBucket: keys come from the table.
 */
export const documentActions = ['s3:PutObject', 's3:GetObject', 's3:DeleteObject'] as const;

/** Lifecycle: how long deleted or overwritten documents stay restorable, and when stalled uploads are cleaned. */
export const documentLifecycle = {
  noncurrentVersionsExpireAfter: Duration.days(30),
  abortIncompleteUploadsAfter: Duration.days(1),
} as const;

export interface DocumentsBucketProps {
  stage: string;
  logBucket: IBucket;
}

/**
 * Qualification documents (资质材料: licences, certificates, IDs) uploaded by
 * providers and school admins. Private: browsers reach objects only through
 * short-lived presigned URLs the GraphQL function issues after its access checks.
 */
export class DocumentsBucket extends Construct {
  readonly bucket: Bucket;

  constructor(scope: Construct, id: string, props: DocumentsBucketProps) {
    super(scope, id);

    this.bucket = new Bucket(this, 'Bucket', {
      // A known name, so the console's Content-Security-Policy can list the bucket's endpoint
      // without referencing this resource: the bucket's CORS rule refers to the console's
      // CloudFront domain, so a reference back would be a cycle. Account and region keep it unique.
      bucketName: documentsBucketName(props.stage),
      // SSE-S3: presigned uploads need no KMS permissions or key policy, at no key cost.
      encryption: BucketEncryption.S3_MANAGED,
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      enforceSSL: true,
      minimumTLSVersion: 1.2,
      // A deleted or replaced document stays restorable for a while (mistakes, disputes) …
      versioned: true,
      lifecycleRules: [
        {
          id: 'expire-old-versions',
          // … but not forever: personal data that was deleted must really go (个人信息保护法 art. 47).
          noncurrentVersionExpiration: documentLifecycle.noncurrentVersionsExpireAfter,
          expiredObjectDeleteMarker: true,
        },
        { id: 'abort-incomplete-uploads', abortIncompleteMultipartUploadAfter: documentLifecycle.abortIncompleteUploadsAfter },
      ],
      serverAccessLogsBucket: props.logBucket,
      serverAccessLogsPrefix: 's3/documents/',
      // Documents cannot be re-created from code: keep them when the stack goes.
      removalPolicy: RemovalPolicy.RETAIN,
    });
  }

  /**
   * Lets browsers on these origins PUT to a presigned URL (CORS). Downloads are plain
   * navigations to a presigned URL and need no CORS. Called once the console's origin is known.
   */
  allowUploadsFrom(origins: string[]): void {
    if (origins.length === 0) return;
    this.bucket.addCorsRule({
      allowedMethods: [HttpMethods.PUT],
      allowedOrigins: origins,
      // Content-Type and the SDK's checksum headers are part of the presigned request.
      allowedHeaders: ['content-type', 'content-md5', 'x-amz-*'],
      exposedHeaders: ['ETag'],
      maxAge: 3600,
    });
  }

  /** Grants exactly `documentActions` on `documents/*` of this bucket, nothing on other prefixes or the bucket itself. */
  grantDocumentAccess(grantee: IGrantable & Construct): void {
    const objects = this.bucket.arnForObjects(`${documentsPrefix}*`);
    grantee.grantPrincipal.addToPrincipalPolicy(new PolicyStatement({ actions: [...documentActions], resources: [objects] }));
    Validations.of(grantee).acknowledge({
      id: `AwsSolutions-IAM5[Resource::<${Stack.of(this).getLogicalId(this.bucket.node.defaultChild as CfnBucket)}.Arn>/${documentsPrefix}*]`,
      reason:
        'Object keys are generated per upload (documents/<owner>/<id>), so they cannot be listed in advance; the ' +
        'wildcard is confined to the documents/ prefix of this one bucket, for get/put/delete only (no list).',
    });
  }
}

/** `kehou-<stage>-documents-<account>-<region>`: at most 60 characters for the longest stage and region names. */
export function documentsBucketName(stage: string): string {
  return `kehou-${stage}-documents-${Aws.ACCOUNT_ID}-${Aws.REGION}`;
}

/** The virtual-hosted endpoint presigned URLs point at (what the SDK's presigner generates). */
export function documentsBucketOrigin(stage: string): string {
  return `https://${documentsBucketName(stage)}.s3.${Aws.REGION}.${Aws.URL_SUFFIX}`;
}
