import { Match } from 'aws-cdk-lib/assertions';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildStack, withEverything } from './synth';

const { app, template } = buildStack();
const [distribution] = Object.values(template.findResources('AWS::CloudFront::Distribution'));
const config = distribution.Properties.DistributionConfig;
const [headersPolicy] = Object.values(template.findResources('AWS::CloudFront::ResponseHeadersPolicy'));
const headers = headersPolicy.Properties.ResponseHeadersPolicyConfig;
const deployments = template.findResources('Custom::CDKBucketDeployment');
const deployment = (prefix: string) => Object.entries(deployments).find(([id]) => id.startsWith(prefix))![1].Properties;
/** A CloudFormation value with every token shown as `<logical id or pseudo parameter>`, for readable assertions. */
function render(value: unknown): string {
  if (typeof value === 'string') return value;
  const token = value as { Ref?: string; 'Fn::GetAtt'?: [string, string]; 'Fn::Join'?: [string, unknown[]] };
  if (token.Ref) return `<${token.Ref}>`;
  if (token['Fn::GetAtt']) return `<${token['Fn::GetAtt'][0]}>`;
  if (token['Fn::Join']) return token['Fn::Join'][1].map(render).join(token['Fn::Join'][0]);
  return JSON.stringify(value);
}
const csp = render(headers.SecurityHeadersConfig.ContentSecurityPolicy.ContentSecurityPolicy);

describe('console hosting', () => {
  it('serves a private bucket through CloudFront origin access control, HTTPS only', () => {
    template.resourceCountIs('AWS::CloudFront::OriginAccessControl', 1);
    expect(config.Origins).toEqual([
      expect.objectContaining({
        OriginAccessControlId: { 'Fn::GetAtt': [expect.stringMatching(/OriginAccessControl/), 'Id'] },
        S3OriginConfig: { OriginAccessIdentity: '' },
      }),
    ]);
    expect(config.DefaultCacheBehavior.ViewerProtocolPolicy).toBe('redirect-to-https');
    const [consoleBucket] = Object.entries(template.findResources('AWS::S3::Bucket')).filter(([id]) => id.startsWith('ConsoleBucket'));
    expect(consoleBucket[1].Properties.PublicAccessBlockConfiguration.RestrictPublicBuckets).toBe(true);
  });

  it('routes deep links to index.html (SPA) for both 403 and 404', () => {
    expect(config.DefaultRootObject).toBe('index.html');
    expect(config.CustomErrorResponses).toEqual(
      [403, 404].map((code) => ({ ErrorCode: code, ResponseCode: 200, ResponsePagePath: '/index.html', ErrorCachingMinTTL: 0 })),
    );
  });

  it('sends HSTS, nosniff, frame-options DENY and a same-origin referrer policy', () => {
    expect(config.DefaultCacheBehavior.ResponseHeadersPolicyId).toEqual({ Ref: expect.stringMatching(/SecurityHeaders/) });
    expect(headers.SecurityHeadersConfig).toMatchObject({
      StrictTransportSecurity: { AccessControlMaxAgeSec: 63072000, IncludeSubdomains: true, Override: true },
      ContentTypeOptions: { Override: true },
      FrameOptions: { FrameOption: 'DENY', Override: true },
      ReferrerPolicy: { ReferrerPolicy: 'same-origin', Override: true },
    });
  });

  it('has a CSP that allows scripts from the console only and connections to the API, Cognito and documents', () => {
    expect(csp).toContain("script-src 'self';");
    expect(csp).not.toMatch(/script-src[^;]*unsafe/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    const connect = csp.match(/connect-src ([^;]*)/)![1].split(' ');
    expect(connect).toEqual([
      "'self'",
      expect.stringMatching(/^https:\/\/<ApiHttpApi\w+>\.execute-api\.<AWS::Region>\.<AWS::URLSuffix>$/),
      // oidc-client-ts: discovery and keys at the issuer, token and revocation at the managed-login domain.
      'https://cognito-idp.<AWS::Region>.<AWS::URLSuffix>',
      'https://kehou-test-<AWS::AccountId>.auth.<AWS::Region>.amazoncognito.com',
      'https://kehou-test-documents-<AWS::AccountId>-<AWS::Region>.s3.<AWS::Region>.<AWS::URLSuffix>',
    ]);
  });

  it('caches hashed assets for a year and revalidates index.html and config.json on every load', () => {
    expect(deployment('ConsoleAssets')).toMatchObject({
      DestinationBucketKeyPrefix: 'assets/',
      Prune: false,
      SystemMetadata: { 'cache-control': 'public, max-age=31536000, immutable' },
    });
    expect(deployment('ConsoleEntry')).toMatchObject({
      Prune: false,
      SystemMetadata: { 'cache-control': 'no-cache' },
      DistributionPaths: ['/', '/index.html', '/config.json'],
    });
  });

  it('writes /config.json with the API URLs and the OIDC sign-in (issuer, console client, logout) at deploy time', () => {
    const entry = deployment('ConsoleEntry');
    const file = readFileSync(join(app.outdir, `asset.${entry.SourceObjectKeys[1].replace('.zip', '')}`, 'config.json'), 'utf8');
    // Markers stand for tokens that the deployment resolves: show them as the resources they are.
    const markers = entry.SourceMarkers[1] as Record<string, unknown>;
    const resolved = file.replace(/<<marker:0xbaba:\d+>>/g, (marker) => render(markers[marker]));
    expect(JSON.parse(resolved)).toEqual({
      graphqlUrl: expect.stringMatching(/^https:\/\/<ApiHttpApi\w+>\.execute-api\.<AWS::Region>\.<AWS::URLSuffix>\/graphql$/),
      publicGraphqlUrl: expect.stringMatching(/^https:\/\/<ApiHttpApi\w+>\.execute-api\..*\/public\/graphql$/),
      auth: {
        mode: 'oidc',
        // The pool's ProviderURL (https://cognito-idp.<region>.amazonaws.com/<pool id>), the authorizer's issuer too.
        issuer: expect.stringMatching(/^<AuthUserPool\w+>$/),
        clientId: expect.stringMatching(/^<AuthUserPoolConsoleClient\w+>$/),
        logoutUrl: 'https://kehou-test-<AWS::AccountId>.auth.<AWS::Region>.amazoncognito.com/logout',
      },
      parents: {
        graphqlUrl: expect.stringMatching(/^https:\/\/<ApiHttpApi\w+>\.execute-api\..*\/parent\/graphql$/),
        region: '<AWS::Region>',
        userPoolId: expect.stringMatching(/^<ParentsUserPool\w+>$/),
        userPoolClientId: expect.stringMatching(/^<ParentsUserPoolParentClient\w+>$/),
      },
    });
  });

  it('deploys the schema reference under /docs/ next to the console, revalidated on every load', () => {
    expect(deployment('ConsoleDocs')).toMatchObject({
      DestinationBucketKeyPrefix: 'docs/',
      Prune: false,
      SystemMetadata: { 'cache-control': 'no-cache' },
      DistributionPaths: ['/docs/*'],
    });
    expect(Object.values(template.findOutputs('DocsUrl'))[0].Value['Fn::Join'][1]).toEqual(['https://', expect.anything(), '/docs/index.html']);
  });

  it('uploads assets before the index that references them', () => {
    const [entryId] = Object.keys(deployments).filter((id) => id.startsWith('ConsoleEntry'));
    expect(template.toJSON().Resources[entryId].DependsOn).toEqual(expect.arrayContaining([expect.stringMatching(/^ConsoleAssets/)]));
  });
});

describe('console hosting on a custom domain', () => {
  const custom = buildStack(withEverything).template;

  it('serves the domain with its ACM certificate and TLS 1.2 or later', () => {
    custom.hasResourceProperties('AWS::CloudFront::Distribution', {
      DistributionConfig: Match.objectLike({
        Aliases: ['kehou.example.edu.cn'],
        ViewerCertificate: {
          AcmCertificateArn: 'arn:aws:acm:us-east-1:123456789012:certificate/0a1b2c3d-aaaa-bbbb-cccc-123456789012',
          MinimumProtocolVersion: 'TLSv1.2_2021',
          SslSupportMethod: 'sni-only',
        },
      }),
    });
  });

  it('lets the custom origin upload documents', () => {
    custom.hasResourceProperties('AWS::S3::Bucket', {
      CorsConfiguration: { CorsRules: [Match.objectLike({ AllowedOrigins: ['https://kehou.example.edu.cn'] })] },
    });
  });
});
