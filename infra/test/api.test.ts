import { globalIndexes } from '@kehou/functions/table';
import { Match } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { indexActions, itemActions } from '../lib/data/kehouTable';
import { throttles } from '../lib/api/graphqlApi';
import { buildStack } from './synth';

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

  it('gets the table name and source-mapped stack traces from its environment', () => {
    template.hasResourceProperties('AWS::Lambda::Function', {
      Environment: {
        Variables: Match.objectLike({
          TABLE_NAME: { Ref: logicalId('AWS::DynamoDB::GlobalTable') },
          NODE_OPTIONS: '--enable-source-maps',
        }),
      },
    });
  });

  it('may use only the expected DynamoDB actions, on the table and its named indexes', () => {
    const policies = Object.values(template.findResources('AWS::IAM::Policy'));
    const statements = policies.flatMap((p) => p.Properties.PolicyDocument.Statement as Record<string, unknown>[]);
    const dynamo = statements.filter((s) => [s.Action].flat().some((a) => String(a).startsWith('dynamodb:')));
    const tableArn = { 'Fn::GetAtt': [logicalId('AWS::DynamoDB::GlobalTable'), 'Arn'] };

    expect(dynamo).toHaveLength(2);
    expect(dynamo[0]).toEqual({ Effect: 'Allow', Action: [...itemActions].sort(), Resource: tableArn });
    expect(dynamo[1]).toEqual({
      Effect: 'Allow',
      Action: indexActions[0],
      Resource: globalIndexes.map((index) => ({ 'Fn::Join': ['', [tableArn, `/index/${index.indexName}`]] })),
    });
  });

  it('has no AWS managed policy (logs permission is scoped to its own log group)', () => {
    const roles = Object.values(template.findResources('AWS::IAM::Role'));
    expect(roles.every((role) => role.Properties.ManagedPolicyArns === undefined)).toBe(true);
  });
});

describe('HTTP API', () => {
  it('has exactly the two GraphQL routes (no catch-all route that would skip the authorizer)', () => {
    expect(Object.values(routes).map((r) => r.Properties.RouteKey).sort()).toEqual([
      'POST /graphql',
      'POST /public/graphql',
    ]);
  });

  it('guards POST /graphql with the JWT authorizer of the Cognito pool and console client', () => {
    const authorizerId = logicalId('AWS::ApiGatewayV2::Authorizer');
    expect(route('POST /graphql')).toMatchObject({ AuthorizationType: 'JWT', AuthorizerId: { Ref: authorizerId } });
    template.hasResourceProperties('AWS::ApiGatewayV2::Authorizer', {
      AuthorizerType: 'JWT',
      IdentitySource: ['$request.header.Authorization'],
      JwtConfiguration: {
        Audience: [{ Ref: logicalId('AWS::Cognito::UserPoolClient') }],
        Issuer: { 'Fn::GetAtt': [logicalId('AWS::Cognito::UserPool'), 'ProviderURL'] },
      },
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
      expect.arrayContaining(['ApiUrl', 'GraphqlUrl', 'PublicGraphqlUrl', 'UserPoolId', 'UserPoolClientId', 'TableName']),
    );
  });
});
