import { Validations } from 'aws-cdk-lib';
import { Match } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import { describe, expect, it } from 'vitest';
import { buildStack, createApp } from './synth';

// A China-region deployment signing users in with the district's own OIDC provider.
const china = {
  region: 'cn-north-1',
  oidcIssuer: 'https://id.example.edu.cn/realms/kehou',
  oidcAudience: 'kehou-console',
};

describe('with the district OIDC provider instead of Cognito', () => {
  const { template } = buildStack({ ...china, stage: 'cn' });

  it('creates no user pool and points the JWT authorizer at the provider', () => {
    template.resourceCountIs('AWS::Cognito::UserPool', 0);
    template.hasResourceProperties('AWS::ApiGatewayV2::Authorizer', {
      AuthorizerType: 'JWT',
      JwtConfiguration: { Issuer: china.oidcIssuer, Audience: [china.oidcAudience] },
    });
    expect(Object.keys(template.findOutputs('UserPoolId'))).toEqual([]);
  });

  it('leaves console hosting to the district (CloudFront China needs an ICP-recorded domain)', () => {
    template.resourceCountIs('AWS::CloudFront::Distribution', 0);
    // Uploads are allowed only from origins the district lists, never from anywhere.
    const withOrigin = buildStack({ ...china, stage: 'cn3', consoleOrigins: 'https://kehou.example.edu.cn' }).template;
    withOrigin.hasResourceProperties('AWS::S3::Bucket', {
      CorsConfiguration: { CorsRules: [Match.objectLike({ AllowedOrigins: ['https://kehou.example.edu.cn'] })] },
    });
  });

  it('prints the config.json for the console the district hosts, signing in with its provider', () => {
    const { ConsoleConfigJson } = template.findOutputs('ConsoleConfigJson');
    const text = JSON.stringify(ConsoleConfigJson.Value);
    expect(text).toContain('\\"auth\\":{\\"mode\\":\\"oidc\\",\\"issuer\\":\\"https://id.example.edu.cn/realms/kehou\\",\\"clientId\\":\\"kehou-console\\"}');
    expect(text).toContain('/graphql');
  });

  it('passes cdk-nag and the CloudFormation resource checks for the China region', () => {
    const { app } = createApp({ ...china, stage: 'cn2' });
    Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
    expect(() => app.synth()).not.toThrow();
  });
});
