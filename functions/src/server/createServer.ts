import { ApolloServer } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { GraphQLContext } from './context';
import { apolloFeaturePlugins } from './apolloFeatures';
import { formatError } from './formatError';
import { publicRouteGuard } from './publicRoute';
import { createSchema } from './schema';

/**
 * The one Apollo Server of the API. The Lambda handler and the local HTTP server both call this, so a query
 * behaves the same deployed and on a laptop. graphql-armor caps depth, cost, aliases and tokens so one request
 * cannot exhaust the function.
 */
export function createApolloServer(): ApolloServer<GraphQLContext> {
  const armor = new ApolloArmor({
    maxDepth: { n: 10 },
    costLimit: { maxCost: 5000 },
    maxAliases: { n: 15 },
    maxTokens: { n: 2000 },
    // Field suggestions help developers; the schema is public documentation anyway.
    blockFieldSuggestion: { enabled: false },
  });
  const protection = armor.protect();
  return new ApolloServer<GraphQLContext>({
    // Built with graphql-js alone, from SDL parsed without locations: see schema.ts (cold start).
    schema: createSchema(),
    introspection: true,
    ...protection,
    plugins: [...protection.plugins, publicRouteGuard, ...apolloFeaturePlugins],
    formatError,
    includeStacktraceInErrorResponses: false,
    // Our hosts own the process lifecycle (npm start stops the engine too); Apollo's own signal handlers would race it.
    stopOnTerminationSignals: false,
  });
}
