import { App } from 'aws-cdk-lib';
import { describe, expect, it } from 'vitest';
import { readConfig } from '../lib/config';

const appWith = (context: Record<string, unknown> = {}) => new App({ context });

describe('readConfig', () => {
  it('defaults to stage prod, no pinned region and any console origin', () => {
    expect(readConfig(appWith(), {})).toEqual({ stage: 'prod', region: undefined, consoleOrigins: ['*'] });
  });

  it('takes the stage from context before the environment', () => {
    expect(readConfig(appWith({ stage: 'test' }), { STAGE: 'dev' }).stage).toBe('test');
    expect(readConfig(appWith(), { STAGE: 'dev' }).stage).toBe('dev');
  });

  it('takes the region from context, then the CLI environment', () => {
    expect(readConfig(appWith({ region: 'ap-east-1' }), { CDK_DEFAULT_REGION: 'us-east-1' }).region).toBe('ap-east-1');
    expect(readConfig(appWith(), { CDK_DEFAULT_REGION: 'us-east-1' }).region).toBe('us-east-1');
  });

  it('splits a comma-separated list of console origins', () => {
    const config = readConfig(appWith({ consoleOrigins: 'https://a.example, https://b.example' }), {});
    expect(config.consoleOrigins).toEqual(['https://a.example', 'https://b.example']);
  });

  it.each(['Prod', 'prod_1', '1prod', 'a-stage-name-that-is-too-long'])('refuses the stage name %s', (stage) => {
    expect(() => readConfig(appWith({ stage }), {})).toThrow(/Invalid stage/);
  });
});

describe('readConfig for an external OIDC provider', () => {
  const oidc = { oidcIssuer: 'https://id.example.edu.cn/realms/kehou', oidcAudience: 'kehou-console, kehou-app' };

  it('reads the issuer and the accepted client ids', () => {
    expect(readConfig(appWith(oidc), {}).externalIdentity).toEqual({
      issuer: oidc.oidcIssuer,
      audience: ['kehou-console', 'kehou-app'],
    });
  });

  it('refuses a China region without one, since Cognito has no user pools there', () => {
    expect(() => readConfig(appWith({ region: 'cn-north-1' }), {})).toThrow(/not available in cn-north-1/);
    expect(readConfig(appWith({ region: 'cn-northwest-1', ...oidc }), {}).region).toBe('cn-northwest-1');
  });

  it('refuses an incomplete or non-HTTPS provider', () => {
    expect(() => readConfig(appWith({ oidcIssuer: oidc.oidcIssuer }), {})).toThrow(/oidcAudience/);
    expect(() => readConfig(appWith({ ...oidc, oidcIssuer: 'http://id.example.edu.cn' }), {})).toThrow(/https/);
  });
});

describe('readConfig for deploy parameters', () => {
  it('reads adminEmail, the custom domain and reserved concurrency from context or environment', () => {
    const config = readConfig(appWith({ adminEmail: ' IT@Example.edu.cn ', reservedConcurrency: 20 }), {
      DOMAIN_NAME: 'Kehou.Example.edu.cn',
      CERTIFICATE_ARN: 'arn:aws:acm:us-east-1:123456789012:certificate/abc-123',
    });
    expect(config).toMatchObject({
      adminEmail: 'it@example.edu.cn',
      customDomain: { domainName: 'kehou.example.edu.cn', certificateArn: 'arn:aws:acm:us-east-1:123456789012:certificate/abc-123' },
      reservedConcurrency: 20,
    });
  });

  it('leaves them unset by default', () => {
    const config = readConfig(appWith(), {});
    expect([config.adminEmail, config.customDomain, config.reservedConcurrency]).toEqual([undefined, undefined, undefined]);
  });

  it('refuses a malformed e-mail address', () => {
    expect(() => readConfig(appWith({ adminEmail: 'it-at-example' }), {})).toThrow(/not an e-mail/);
  });

  it('refuses half a custom domain, or a certificate CloudFront cannot use', () => {
    expect(() => readConfig(appWith({ domainName: 'kehou.example.edu.cn' }), {})).toThrow(/certificateArn/);
    const elsewhere = 'arn:aws:acm:ap-southeast-1:123456789012:certificate/abc-123';
    expect(() => readConfig(appWith({ domainName: 'kehou.example.edu.cn', certificateArn: elsewhere }), {})).toThrow(/us-east-1/);
  });

  it.each(['0', '-1', '2.5', 'many'])('refuses reservedConcurrency %s', (value) => {
    expect(() => readConfig(appWith({ reservedConcurrency: value }), {})).toThrow(/reservedConcurrency/);
  });
});
