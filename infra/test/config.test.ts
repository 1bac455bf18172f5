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

describe('readConfig for outside apps (API domain, app clients)', () => {
  const cert = 'arn:aws:acm:ap-southeast-1:123456789012:certificate/0a1b2c3d-aaaa';

  it('reads the API domain and its regional certificate', () => {
    const config = readConfig(appWith({ region: 'ap-southeast-1', apiDomainName: 'API.Kehou.example.edu.cn' }), { API_CERTIFICATE_ARN: cert });
    expect(config.apiDomain).toEqual({ domainName: 'api.kehou.example.edu.cn', certificateArn: cert });
  });

  it('refuses half an API domain, or a certificate from another region than the API', () => {
    expect(() => readConfig(appWith({ apiDomainName: 'api.kehou.example.edu.cn' }), {})).toThrow(/apiCertificateArn/);
    const useast = cert.replace('ap-southeast-1', 'us-east-1');
    expect(() => readConfig(appWith({ region: 'ap-southeast-1', apiDomainName: 'api.kehou.example.edu.cn', apiCertificateArn: useast }), {})).toThrow(
      /must be in ap-southeast-1/,
    );
    // China regions have their own partition.
    const china = 'arn:aws-cn:acm:cn-north-1:123456789012:certificate/abc';
    const oidc = { oidcIssuer: 'https://id.example.edu.cn', oidcAudience: 'console' };
    expect(
      readConfig(appWith({ region: 'cn-north-1', ...oidc, apiDomainName: 'api.kehou.example.edu.cn', apiCertificateArn: china }), {}).apiDomain?.certificateArn,
    ).toBe(china);
  });

  it('reads a JSON list of app clients from context or APP_CLIENTS', () => {
    const clients = [{ name: 'dashboard', callbackUrls: ['https://dash.example.edu.cn/auth/callback'], logoutUrls: ['https://dash.example.edu.cn/'] }];
    expect(readConfig(appWith(), { APP_CLIENTS: JSON.stringify(clients) }).appClients).toEqual(clients);
    expect(readConfig(appWith({ appClients: JSON.stringify([{ name: 'parent-app' }]) }), {}).appClients).toEqual([
      { name: 'parent-app', callbackUrls: [], logoutUrls: [] },
    ]);
  });

  it.each([
    ['not json', /JSON list/],
    ['{"name":"x"}', /JSON list/],
    ['[{"name":"Dashboard"}]', /lower-case/],
    ['[{"name":"console"}]', /not "console"/],
    ['[{"name":"a"},{"name":"a"}]', /used twice/],
    ['[{"name":"a","callbackUrls":["http://dash.example.edu.cn/cb"]}]', /https/],
  ])('refuses appClients %s', (value, message) => {
    expect(() => readConfig(appWith({ appClients: value }), {})).toThrow(message);
  });

  it('refuses app clients with an external provider (register them there; list their ids in oidcAudience)', () => {
    const oidc = { oidcIssuer: 'https://id.example.edu.cn', oidcAudience: 'console' };
    expect(() => readConfig(appWith({ ...oidc, appClients: '[{"name":"dashboard"}]' }), {})).toThrow(/oidcAudience/);
  });

  it("checks a managed-login domain prefix against Cognito's rules", () => {
    expect(readConfig(appWith({ authDomainPrefix: 'kehou-district-7' }), {}).authDomainPrefix).toBe('kehou-district-7');
    expect(() => readConfig(appWith({ authDomainPrefix: 'my-cognito-login' }), {})).toThrow(/authDomainPrefix/);
    expect(() => readConfig(appWith({ authDomainPrefix: 'Kehou' }), {})).toThrow(/authDomainPrefix/);
  });
});
