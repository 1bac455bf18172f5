import { handlers, startServerAndCreateLambdaHandler } from '@as-integrations/aws-lambda';
import type { APIGatewayProxyEventV2WithJWTAuthorizer, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { viewerFromClaims } from '../auth/viewer';
import { createDb, dbConfigFromEnv } from '../db/client';
import { observed, recordRequest, traced } from '../observability/lambda';
import { requestObserver } from '../observability/requestObserver';
import { createContext } from '../server/context';
import { createApolloServer } from '../server/createServer';
import { createServices, storageFromEnv } from '../server/services';

// Built once per Lambda instance (cold start) and reused by every invocation it serves.
const db = createDb(dbConfigFromEnv());
traced(db.client);
const services = createServices(db, storageFromEnv(process.env, traced));
const server = createApolloServer({ plugins: [requestObserver(recordRequest)] });

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
      const claims = publicRoute ? undefined : event.requestContext.authorizer?.jwt?.claims;
      return createContext(services, viewerFromClaims(claims), { publicRoute });
    },
  },
);

/**
 * The GraphQL Lambda (API Gateway HTTP API, payload v2). API Gateway's JWT authorizer has already verified the
 * Cognito token; its claims become the viewer exactly as the local server's verified claims do. Logs carry API
 * Gateway's request id as the correlation id, the same id its access log records.
 */
export const handler = observed<APIGatewayProxyEventV2WithJWTAuthorizer, APIGatewayProxyStructuredResultV2>(
  (event, context) => apolloHandler(event, context, () => {}) as Promise<APIGatewayProxyStructuredResultV2>,
  (event) => event.requestContext?.requestId,
);
