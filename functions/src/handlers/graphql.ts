import { handlers, startServerAndCreateLambdaHandler } from '@as-integrations/aws-lambda';
import type { APIGatewayProxyEventV2WithJWTAuthorizer, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import { viewerFromClaims } from '../auth/viewer';
import { createDb, dbConfigFromEnv } from '../db/client';
import { observed, recordRequest, traced } from '../observability/lambda';
import { requestObserver } from '../observability/requestObserver';
import { createContext } from '../server/context';
import { createApolloServer, envFlag } from '../server/createServer';
import { bearerToken, bodyTooLarge, invalidJson, isBrokenJson, MAX_BODY_BYTES } from '../server/httpEdges';
import { createServices, storageFromEnv } from '../server/services';

// Built once per Lambda instance (cold start) and reused by every invocation it serves.
const db = createDb(dbConfigFromEnv());
traced(db.client);
const services = createServices(db, storageFromEnv(process.env, traced));
// Introspection is off unless the deployment switches it on: front-end teams use the published schema.
const server = createApolloServer({ introspection: envFlag('GRAPHQL_INTROSPECTION', false), plugins: [requestObserver(recordRequest)] });

/** Requests on the public route never carry a viewer, whatever headers they send: only public operations work there. */
export function isPublicRoute(event: { rawPath?: string }): boolean {
  return (event.rawPath ?? '').endsWith('/public/graphql');
}

/**
 * The parents' route (`/parent/graphql`), authorised by the parents' own user pool: only a PARENT viewer comes
 * through it, so a self-signed-up account can never act with any other role whatever its token claims.
 */
export function isParentRoute(event: { rawPath?: string }): boolean {
  return (event.rawPath ?? '').endsWith('/parent/graphql');
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
      const viewer = viewerFromClaims(event.requestContext.authorizer?.jwt?.claims);
      return createContext(services, isParentRoute(event) && viewer?.role !== 'PARENT' ? null : viewer, { clientAddress });
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

async function answer(event: APIGatewayProxyEventV2WithJWTAuthorizer, context: Context): Promise<APIGatewayProxyStructuredResultV2> {
  const refusal = bodyBytes(event) > MAX_BODY_BYTES ? bodyTooLarge() : brokenJson(event) ? invalidJson() : undefined;
  if (refusal) return { statusCode: refusal.status, headers: refusal.headers, body: refusal.body };
  const result = await apolloHandler(event, context, () => {});
  if (!result || typeof result === 'string') throw new Error('The GraphQL handler returned no structured response');
  return result;
}

/**
 * The GraphQL Lambda (API Gateway HTTP API, payload v2). API Gateway's JWT authorizer has already verified the
 * Cognito token; its claims become the viewer exactly as the local server's verified claims do. Bodies over 1 MB are
 * refused with 413 before anything parses them, broken JSON with 400. Logs carry API Gateway's request id as the
 * correlation id, the same id its access log records.
 */
export const handler = observed<APIGatewayProxyEventV2WithJWTAuthorizer, APIGatewayProxyStructuredResultV2>(answer, (event) => event.requestContext?.requestId);
