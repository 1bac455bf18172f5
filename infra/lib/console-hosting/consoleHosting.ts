import { BOOTSTRAP_QUALIFIER_CONTEXT, DefaultStackSynthesizer, Duration, RemovalPolicy, Stack, Token, Validations } from 'aws-cdk-lib';
import { Certificate } from 'aws-cdk-lib/aws-certificatemanager';
import {
  AllowedMethods,
  CachePolicy,
  Distribution,
  HttpVersion,
  PriceClass,
  ResponseHeadersPolicy,
  SecurityPolicyProtocol,
  ViewerProtocolPolicy,
} from 'aws-cdk-lib/aws-cloudfront';
import { S3BucketOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import type { SingletonFunction } from 'aws-cdk-lib/aws-lambda';
import { LogGroup } from 'aws-cdk-lib/aws-logs';
import { BlockPublicAccess, Bucket, BucketEncryption, type CfnBucket, type IBucket } from 'aws-cdk-lib/aws-s3';
import { BucketDeployment, CacheControl, Source } from 'aws-cdk-lib/aws-s3-deployment';
import { Construct } from 'constructs';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { logRetention } from '../api/kehouFunction';
import { customHeaders, securityHeaders, type CspSources } from './securityHeaders';

/** The console's runtime configuration (`/config.json`), read by admin/src/config/appConfig.ts. */
export interface ConsoleRuntimeConfig {
  graphqlUrl: string;
  publicGraphqlUrl: string;
  /** OpenID Connect for Cognito's managed login (with its `/logout`) and district providers alike. */
  auth: { mode: 'oidc'; issuer: string; clientId: string; logoutUrl?: string; scope?: string };
  /** The parents' phone pages: their route and their own user pool (self sign-up by phone). */
  parents?: { graphqlUrl: string; region: string; userPoolId: string; userPoolClientId: string };
}

export interface ConsoleHostingProps {
  /** A built console (`admin/dist`): index.html plus hashed files under assets/. */
  assetPath: string;
  /** Written as `/config.json` at deploy time, so one console build serves every stage. */
  runtimeConfig: ConsoleRuntimeConfig;
  /** The static schema reference (a directory with index.html), served under `/docs/`. */
  docsPath?: string;
  csp: CspSources;
  logBucket: IBucket;
  customDomain?: { domainName: string; certificateArn: string };
}

/**
 * The react-admin console: a private bucket served by CloudFront through
 * origin access control, with security headers and SPA routing.
 */
export class ConsoleHosting extends Construct {
  readonly bucket: Bucket;
  readonly distribution: Distribution;
  /** Where users open the console: the custom domain when configured, else the CloudFront domain. */
  readonly url: string;
  /** The schema reference, when deployed with the console. */
  readonly docsUrl?: string;

  constructor(scope: Construct, id: string, props: ConsoleHostingProps) {
    super(scope, id);

    this.bucket = new Bucket(this, 'Bucket', {
      encryption: BucketEncryption.S3_MANAGED,
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      minimumTLSVersion: 1.2,
      serverAccessLogsBucket: props.logBucket,
      serverAccessLogsPrefix: 's3/console/',
      // Only build output lives here: deleted with the stack, after the deployments below
      // have emptied it (retainOnDelete: false), so no extra auto-delete function is needed.
      removalPolicy: RemovalPolicy.DESTROY,
    });

    const headers = new ResponseHeadersPolicy(this, 'SecurityHeaders', {
      comment: 'kehou console: CSP, HSTS, no framing',
      securityHeadersBehavior: securityHeaders(props.csp),
      customHeadersBehavior: customHeaders,
    });

    this.distribution = new Distribution(this, 'Distribution', {
      comment: 'kehou console',
      defaultBehavior: {
        origin: S3BucketOrigin.withOriginAccessControl(this.bucket),
        viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        allowedMethods: AllowedMethods.ALLOW_GET_HEAD,
        cachePolicy: CachePolicy.CACHING_OPTIMIZED,
        responseHeadersPolicy: headers,
        compress: true,
      },
      defaultRootObject: 'index.html',
      // SPA routing: deep links such as /schools/42 are not objects; S3 answers 403 without
      // ListBucket, so both codes serve index.html and the client router takes over.
      errorResponses: [403, 404].map((httpStatus) => ({
        httpStatus,
        responseHttpStatus: 200,
        responsePagePath: '/index.html',
        ttl: Duration.seconds(0),
      })),
      domainNames: props.customDomain ? [props.customDomain.domainName] : undefined,
      certificate: props.customDomain ? Certificate.fromCertificateArn(this, 'Certificate', props.customDomain.certificateArn) : undefined,
      // Settable only with a certificate of our own; the default one is fixed by CloudFront (see CFR4).
      minimumProtocolVersion: props.customDomain ? SecurityPolicyProtocol.TLS_V1_2_2021 : undefined,
      httpVersion: HttpVersion.HTTP2_AND_3,
      // Edges in Asia, Europe and North America; South America and Oceania cost more and serve no district staff.
      priceClass: PriceClass.PRICE_CLASS_200,
    });
    this.url = `https://${props.customDomain?.domainName ?? this.distribution.distributionDomainName}`;
    if (props.docsPath) this.docsUrl = `${this.url}/docs/index.html`;

    this.deployFiles(props);
    this.acknowledgeFindings(Boolean(props.customDomain));
  }

  /**
   * Two deployments: hashed files under assets/ first, cached for a year and never pruned
   * (an open console may still lazy-load last release's chunks); then index.html and
   * config.json, revalidated on every load so a deploy takes effect at once.
   */
  private deployFiles(props: ConsoleHostingProps) {
    // Our own role and log group instead of CDK's default role with AWSLambdaBasicExecutionRole.
    const logGroup = new LogGroup(this, 'DeploymentLogs', { retention: logRetention });
    const role = new Role(this, 'DeploymentRole', { assumedBy: new ServicePrincipal('lambda.amazonaws.com') });
    logGroup.grantWrite(role);
    const common = {
      destinationBucket: this.bucket,
      role,
      logGroup,
      prune: false,
      retainOnDelete: false,
      // Listing every copied key in the custom resource's response overflows its 4 KB limit.
      outputObjectKeys: false,
    };

    const assetsDir = join(props.assetPath, 'assets');
    const assets = existsSync(assetsDir)
      ? new BucketDeployment(this, 'Assets', {
          ...common,
          // Source maps stay out of the public site; they are for local debugging.
          sources: [Source.asset(assetsDir, { exclude: ['*.map'] })],
          destinationKeyPrefix: 'assets/',
          cacheControl: [CacheControl.setPublic(), CacheControl.maxAge(Duration.days(365)), CacheControl.immutable()],
        })
      : undefined;
    // prune: false here too, or it would delete the assets/ uploaded above.
    const entry = new BucketDeployment(this, 'Entry', {
      ...common,
      sources: [Source.asset(props.assetPath, { exclude: ['assets', '*.map', 'config.json'] }), Source.jsonData('config.json', props.runtimeConfig)],
      cacheControl: [CacheControl.noCache()],
      distribution: this.distribution,
      distributionPaths: ['/', '/index.html', '/config.json'],
    });
    if (assets) entry.node.addDependency(assets);
    if (props.docsPath) {
      // The reference is regenerated with each schema change: revalidated like index.html. Linked as
      // /docs/index.html (a bare /docs/ is not an object and would get the console's SPA fallback).
      new BucketDeployment(this, 'Docs', {
        ...common,
        sources: [Source.asset(props.docsPath)],
        destinationKeyPrefix: 'docs/',
        cacheControl: [CacheControl.noCache()],
        distribution: this.distribution,
        distributionPaths: ['/docs/*'],
      });
    }
    this.acknowledgeDeploymentFindings(role, entry);
  }

  /**
   * BucketDeployment's grants are fixed by aws-cdk-lib; its function is a singleton at
   * stack level (outside this construct), found through the deployment's handler.
   */
  private acknowledgeDeploymentFindings(role: Role, deployment: BucketDeployment) {
    // The asset bucket's ARN as cdk-nag prints it: bootstrap qualifier, then account, region
    // and partition either literal (pinned by the CLI environment) or as <pseudo parameter>.
    const stack = Stack.of(this);
    const consoleBucket = stack.getLogicalId(this.bucket.node.defaultChild as CfnBucket);
    const shown = (value: string, pseudo: string) => (Token.isUnresolved(value) ? `<AWS::${pseudo}>` : value);
    const qualifier = this.node.tryGetContext(BOOTSTRAP_QUALIFIER_CONTEXT) ?? DefaultStackSynthesizer.DEFAULT_QUALIFIER;
    const assetBucket =
      `arn:${shown(stack.partition, 'Partition')}:s3:::` + `cdk-${qualifier}-assets-${shown(stack.account, 'AccountId')}-${shown(stack.region, 'Region')}`;
    const copyGrants = [
      'Action::s3:GetBucket*',
      'Action::s3:GetObject*',
      'Action::s3:List*',
      'Action::s3:Abort*',
      'Action::s3:DeleteObject*',
      `Resource::<${consoleBucket}.Arn>/*`,
      `Resource::${assetBucket}/*`,
    ];
    for (const finding of copyGrants) {
      Validations.of(role).acknowledge({
        id: `AwsSolutions-IAM5[${finding}]`,
        reason:
          'Grant made by aws-cdk-lib BucketDeployment to the role that copies the console build: read on the CDK ' +
          'asset bucket, and read/write/delete on the console bucket only, which it syncs and empties on stack ' +
          'deletion. The bucket holds nothing but the public build output.',
      });
    }
    Validations.of(role).acknowledge({
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason:
        'cloudfront:CreateInvalidation and GetInvalidation, granted on * by aws-cdk-lib BucketDeployment. They only ' +
        'flush cached copies of the console (no content is read or changed), so the wider scope risks a cache refill at most.',
    });
    const singleton = deployment.node.findChild('CustomResourceHandler') as SingletonFunction;
    Validations.of(Stack.of(this).node.findChild(singleton.constructName)).acknowledge({
      id: 'AwsSolutions-L1',
      reason:
        'The BucketDeployment handler (Python, with the AWS CLI layer) is built and pinned by aws-cdk-lib; it runs ' +
        'only during deployments, and its runtime moves forward with aws-cdk-lib upgrades, not by our choice.',
    });
  }

  private acknowledgeFindings(hasCustomDomain: boolean) {
    const distribution = Validations.of(this.distribution);
    distribution.acknowledge({
      id: 'AwsSolutions-CFR1',
      reason:
        'No geo restriction: every request for data is authenticated by Cognito at the API, and blocking countries ' +
        'would lock out staff travelling or on a VPN without protecting anything (the site holds only static files).',
    });
    distribution.acknowledge({
      id: 'AwsSolutions-CFR2',
      reason:
        'No WAF: the distribution serves only static files; the API it calls is throttled at the gateway and ' +
        'authenticated. A web ACL costs about USD 5-10 a month and must live in us-east-1, out of this stack.',
    });
    distribution.acknowledge({
      id: 'AwsSolutions-CFR3',
      reason:
        'No CloudFront access logs: they would only record downloads of public static files. Every data access ' +
        "is logged by the API (access logs with the caller's sub, kept six months) and S3 server access logs; " +
        'CloudFront standard logs cannot be delivered to buckets in several Asian opt-in regions (e.g. ap-east-1).',
    });
    if (!hasCustomDomain) {
      distribution.acknowledge({
        id: 'AwsSolutions-CFR4',
        reason:
          'Only while no custom domain is configured: the default *.cloudfront.net certificate cannot be pinned ' +
          'to TLS 1.2. With domainName and certificateArn the distribution enforces TLSv1.2_2021.',
      });
    }
  }
}
