import { handlers, startServerAndCreateLambdaHandler } from '@as-integrations/aws-lambda';
import type { APIGatewayProxyEventV2WithJWTAuthorizer } from 'aws-lambda';
import { viewerFromClaims } from '../auth/viewer';
import { createDb, dbConfigFromEnv } from '../db/client';
import { createContext } from '../server/context';
import { createApolloServer } from '../server/createServer';
import { createServices } from '../server/services';

// Built once per Lambda instance (cold start) and reused by every invocation it serves.
const services = createServices(createDb(dbConfigFromEnv()));
const server = createApolloServer();

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

/**
 * The GraphQL Lambda (API Gateway HTTP API, payload v2). API Gateway's JWT authorizer has already verified the
 * Cognito token; its claims become the viewer exactly as the local server's verified claims do.
 */
export const handler = startServerAndCreateLambdaHandler(
  server,
  handlers.createAPIGatewayProxyEventV2RequestHandler<APIGatewayProxyEventV2WithJWTAuthorizer>(),
  {
    context: async ({ event }) => {
      const publicRoute = isPublicRoute(event);
      const claims = publicRoute ? undefined : event.requestContext.authorizer?.jwt?.claims;
      const viewer = viewerFromClaims(claims);
      return createContext(services, isParentRoute(event) && viewer?.role !== 'PARENT' ? null : viewer, { publicRoute });
    },
  },
);
