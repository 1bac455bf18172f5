import type { APIGatewayProxyEventV2WithJWTAuthorizer } from 'aws-lambda';

/** An API Gateway HTTP API (payload 2.0) event as the JWT authorizer delivers it: claims flattened to strings. */
export function httpApiEvent(body: unknown, options: { path?: string; claims?: Record<string, string> } = {}): APIGatewayProxyEventV2WithJWTAuthorizer {
  const path = options.path ?? '/graphql';
  return {
    version: '2.0',
    routeKey: `POST ${path}`,
    rawPath: path,
    rawQueryString: '',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify(body),
    isBase64Encoded: false,
    requestContext: {
      accountId: '123456789012',
      apiId: 'api',
      domainName: 'api.example.com',
      domainPrefix: 'api',
      http: { method: 'POST', path, protocol: 'HTTP/1.1', sourceIp: '127.0.0.1', userAgent: 'vitest' },
      requestId: 'request-1',
      routeKey: `POST ${path}`,
      stage: '$default',
      time: '29/Nov/2026:04:00:00 +0000',
      timeEpoch: 1_795_000_000_000,
      authorizer: { principalId: '', integrationLatency: 0, jwt: { claims: options.claims ?? {}, scopes: [] } },
    },
  } as APIGatewayProxyEventV2WithJWTAuthorizer;
}
