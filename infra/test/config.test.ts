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
