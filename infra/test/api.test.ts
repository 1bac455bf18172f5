import { Match } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { throttles } from '../lib/api/graphqlApi';
import { buildStack, withEverything } from './synth';

const { template } = buildStack();
const logicalId = (type: string) => {
  const ids = Object.keys(template.findResources(type));
  expect(ids).toHaveLength(1);
  return ids[0];
};
const routes = template.findResources('AWS::ApiGatewayV2::Route');
const route = (routeKey: string) => {
  const found = Object.values(routes).find((r) => r.Properties.RouteKey === routeKey);
  if (!found) throw new Error(`no route ${routeKey}`);
  return found.Properties;
};

describe('GraphQL function', () => {
  it('runs Node 22 on arm64 with JSON logs in its own log group', () => {
    template.hasResourceProperties('AWS::Lambda::Function', {
      Runtime: 'nodejs22.x',
      Architectures: ['arm64'],
      LoggingConfig: Match.objectLike({ LogFormat: 'JSON', LogGroup: { Ref: Match.anyValue() } }),
    });
    // Six months for function and access logs alike (PRC Cybersecurity Law, art. 21).
    template.allResourcesProperties('AWS::Logs::LogGroup', { RetentionInDays: 180 });
  });

  it('gets the table and the documents bucket from its environment, and no source maps (cold start)', () => {
    template.hasResourceProperties('AWS::Lambda::Function', {
      Description: Match.stringLikeRegexp('GraphQL'),
      Environment: {
        Variables: Match.objectLike({
          TABLE_NAME: { Ref: logicalId('AWS::DynamoDB::GlobalTable') },
          DOCUMENTS_BUCKET: { Ref: Match.stringLikeRegexp('^DocumentsBucket') },
        }),
      },
    });
    // Node parses a bundle's source map at load when --enable-source-maps is on; the zip ships none.
    const graphql = Object.values(template.findResources('AWS::Lambda::Function', { Properties: { Description: Match.stringLikeRegexp('GraphQL') } }))[0];
    expect(graphql.Properties.Environment.Variables.NODE_OPTIONS).toBeUndefined();
  });

  it('reserves no concurrency unless configured (new accounts cannot spare any)', () => {
    const graphql = Object.values(
      template.findResources('AWS::Lambda::Function', {
        Properties: { Description: Match.stringLikeRegexp('GraphQL') },
      }),
    );
    expect(graphql).toHaveLength(1);
    expect(graphql[0].Properties.ReservedConcurrentExecutions).toBeUndefined();
    buildStack(withEverything).template.hasResourceProperties('AWS::Lambda::Function', {
      Description: Match.stringLikeRegexp('GraphQL'),
      ReservedConcurrentExecutions: 25,
    });
  });

  it('has no AWS managed policy, nor has any other role (logs permissions are scoped to their log groups)', () => {
    const roles = Object.values(template.findResources('AWS::IAM::Role'));
    expect(roles.every((role) => role.Properties.ManagedPolicyArns === undefined)).toBe(true);
  });
});

describe('HTTP API', () => {
  it('has exactly the three GraphQL routes (no catch-all route that would skip the authorizers)', () => {
    expect(
      Object.values(routes)
        .map((r) => r.Properties.RouteKey)
        .sort(),
    ).toEqual(['POST /graphql', 'POST /parent/graphql', 'POST /public/graphql']);
  });

  // The staff pool and its console client; the parents' pool and client (self sign-up) authorise only their route.
  const staffPool = Object.keys(template.findResources('AWS::Cognito::UserPool')).find((id) => id.startsWith('AuthUserPool'))!;
  const staffClient = Object.keys(template.findResources('AWS::Cognito::UserPoolClient')).find((id) => id.startsWith('AuthUserPoolConsoleClient'))!;
  const parentPool = Object.keys(template.findResources('AWS::Cognito::UserPool')).find((id) => id.startsWith('ParentsUserPool'))!;
  const parentClient = Object.keys(template.findResources('AWS::Cognito::UserPoolClient')).find((id) => id.startsWith('ParentsUserPoolParentClient'))!;
  const authorizerOf = (pool: string) =>
    Object.entries(template.findResources('AWS::ApiGatewayV2::Authorizer')).find(([, a]) =>
      JSON.stringify(a.Properties.JwtConfiguration.Issuer).includes(pool),
    )![0];

  it('guards POST /graphql with the JWT authorizer of the Cognito pool and console client', () => {
    const authorizerId = authorizerOf(staffPool);
    expect(route('POST /graphql')).toMatchObject({ AuthorizationType: 'JWT', AuthorizerId: { Ref: authorizerId } });
    template.hasResourceProperties('AWS::ApiGatewayV2::Authorizer', {
      AuthorizerType: 'JWT',
      IdentitySource: ['$request.header.Authorization'],
      JwtConfiguration: {
        Audience: [{ Ref: staffClient }],
        Issuer: { 'Fn::GetAtt': [staffPool, 'ProviderURL'] },
      },
    });
  });

  it('guards POST /parent/graphql with the parents’ pool and client only', () => {
    const authorizerId = authorizerOf(parentPool);
    expect(route('POST /parent/graphql')).toMatchObject({ AuthorizationType: 'JWT', AuthorizerId: { Ref: authorizerId } });
    template.hasResourceProperties('AWS::ApiGatewayV2::Authorizer', {
      AuthorizerType: 'JWT',
      JwtConfiguration: { Audience: [{ Ref: parentClient }], Issuer: { 'Fn::GetAtt': [parentPool, 'ProviderURL'] } },
    });
  });

  it('leaves POST /public/graphql without an authorizer', () => {
    const publicRoute = route('POST /public/graphql');
    expect(publicRoute.AuthorizationType).toBe('NONE');
    expect(publicRoute.AuthorizerId).toBeUndefined();
  });

  it('answers CORS preflight for the console', () => {
    template.hasResourceProperties('AWS::ApiGatewayV2::Api', {
      CorsConfiguration: Match.objectLike({
        AllowMethods: ['POST', 'OPTIONS'],
        AllowHeaders: Match.arrayWith(['authorization', 'content-type']),
        AllowOrigins: ['*'],
      }),
    });
  });

  it('logs access as JSON and throttles the stage, the public route harder', () => {
    template.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      StageName: '$default',
      AutoDeploy: true,
      AccessLogSettings: {
        DestinationArn: { 'Fn::GetAtt': [Match.anyValue(), 'Arn'] },
        Format: Match.stringLikeRegexp('"requestId":"\\$context.requestId"'),
      },
      DefaultRouteSettings: {
        ThrottlingRateLimit: throttles.stage.rateLimit,
        ThrottlingBurstLimit: throttles.stage.burstLimit,
      },
      RouteSettings: {
        'POST /public/graphql': {
          ThrottlingRateLimit: throttles.publicRoute.rateLimit,
          ThrottlingBurstLimit: throttles.publicRoute.burstLimit,
        },
      },
    });
    expect(throttles.publicRoute.rateLimit).toBeLessThan(throttles.stage.rateLimit);
  });
});

describe('outputs', () => {
  it('publish what the console and front-end teams configure', () => {
    const outputs = Object.keys(template.findOutputs('*'));
    expect(outputs).toEqual(
      expect.arrayContaining([
        'ConsoleUrl',
        'ApiUrl',
        'GraphqlUrl',
        'PublicGraphqlUrl',
        'UserPoolId',
        'UserPoolClientId',
        'TableName',
        'DocumentsBucketName',
        'AlarmTopicArn',
      ]),
    );
  });
});

describe('API on its own domain (apiDomainName, apiCertificateArn)', () => {
  const certificateArn = 'arn:aws:acm:ap-southeast-1:123456789012:certificate/0a1b2c3d-aaaa';
  const { template: custom } = buildStack({ region: 'ap-southeast-1', apiDomainName: 'api.kehou.example.edu.cn', apiCertificateArn: certificateArn });

  it('has none by default', () => {
    template.resourceCountIs('AWS::ApiGatewayV2::DomainName', 0);
    expect(Object.keys(template.findOutputs('ApiDomainTarget'))).toEqual([]);
  });

  it('serves the API on the domain with the regional certificate and TLS 1.2', () => {
    custom.hasResourceProperties('AWS::ApiGatewayV2::DomainName', {
      DomainName: 'api.kehou.example.edu.cn',
      DomainNameConfigurations: [Match.objectLike({ CertificateArn: certificateArn, EndpointType: 'REGIONAL', SecurityPolicy: 'TLS_1_2' })],
    });
    const [mapping] = Object.values(custom.findResources('AWS::ApiGatewayV2::ApiMapping'));
    expect(mapping.Properties).toMatchObject({ DomainName: { Ref: expect.stringMatching(/^ApiDomainName/) }, Stage: '$default' });
    expect(mapping.DependsOn ?? []).toEqual(expect.arrayContaining([expect.stringMatching(/^ApiStage/)]));
  });

  it("gives clients the domain's URLs and district IT the CNAME target", () => {
    const outputs = custom.findOutputs('*');
    expect(outputs.GraphqlUrl.Value).toBe('https://api.kehou.example.edu.cn/graphql');
    expect(outputs.PublicGraphqlUrl.Value).toBe('https://api.kehou.example.edu.cn/public/graphql');
    expect(outputs.ApiDomainTarget.Value).toEqual({ 'Fn::GetAtt': [expect.stringMatching(/^ApiDomainName/), 'RegionalDomainName'] });
  });
});
