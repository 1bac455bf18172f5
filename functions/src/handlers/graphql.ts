import { handlers, startServerAndCreateLambdaHandler } from '@as-integrations/aws-lambda';
import type { APIGatewayProxyEventV2WithJWTAuthorizer, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import { viewerFromClaims } from '../auth/viewer';
import { createDb, dbConfigFromEnv } from '../db/client';
import { createContext } from '../server/context';
import { createApolloServer, envFlag } from '../server/createServer';
import { bearerToken, bodyTooLarge, invalidJson, isBrokenJson, MAX_BODY_BYTES } from '../server/httpEdges';
import { createServices } from '../server/services';

// Built once per Lambda instance (cold start) and reused by every invocation it serves.
const services = createServices(createDb(dbConfigFromEnv()));
// Off unless the deployment switches it on: front-end teams use the published schema (graphql/*.graphql).
const server = createApolloServer({ introspection: envFlag('GRAPHQL_INTROSPECTION', false) });

/** Requests on the public route never carry a viewer, whatever headers they send: only public operations work there. */
export function isPublicRoute(event: { rawPath?: string }): boolean {
  return (event.rawPath ?? '').endsWith('/public/graphql');
}

const apolloHandler = startServerAndCreateLambdaHandler(
  server,
  handlers.createAPIGatewayProxyEventV2RequestHandler<APIGatewayProxyEventV2WithJWTAuthorizer>(),
  {
    context: async ({ event }) => {
      const publicRoute = isPublicRoute(event);
      const clientAddress = event.requestContext.http?.sourceIp;
      if (publicRoute) return createContext(services, null, { publicRoute, clientAddress });
      // API Gateway's JWT authorizer also accepts a bare token; the API answers alike on every host: Bearer only.
      bearerToken(event.headers?.authorization ?? event.headers?.Authorization);
      return createContext(services, viewerFromClaims(event.requestContext.authorizer?.jwt?.claims), { clientAddress });
    },
  },
);

function bodyBytes(event: APIGatewayProxyEventV2WithJWTAuthorizer): number {
  if (!event.body) return 0;
  return event.isBase64Encoded ? Buffer.byteLength(event.body, 'base64') : Buffer.byteLength(event.body, 'utf8');
}

/** The integration would answer a broken JSON body with a bare parser message; both hosts answer in GraphQL's shape. */
function brokenJson(event: APIGatewayProxyEventV2WithJWTAuthorizer): boolean {
  const body = event.body && event.isBase64Encoded ? Buffer.from(event.body, 'base64').toString('utf8') : (event.body ?? '');
  return isBrokenJson(event.headers?.['content-type'] ?? event.headers?.['Content-Type'], body);
}

/**
 * The GraphQL Lambda (API Gateway HTTP API, payload v2). API Gateway's JWT authorizer has already verified the
 * Cognito token; its claims become the viewer exactly as the local server's verified claims do. Bodies over 1 MB are
 * refused with 413 before anything parses them, broken JSON with 400.
 */
// The third parameter keeps Lambda's (event, context, callback) shape for callers that pass one; it is not used.
export async function handler(event: APIGatewayProxyEventV2WithJWTAuthorizer, context: Context, _callback?: unknown): Promise<APIGatewayProxyStructuredResultV2> {
  const refusal = bodyBytes(event) > MAX_BODY_BYTES ? bodyTooLarge() : brokenJson(event) ? invalidJson() : undefined;
  if (refusal) return { statusCode: refusal.status, headers: refusal.headers, body: refusal.body };
  const result = await apolloHandler(event, context, () => {});
  if (!result || typeof result === 'string') throw new Error('The GraphQL handler returned no structured response');
  return result;
}
