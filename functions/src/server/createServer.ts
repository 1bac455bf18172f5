import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { typeDefs } from '../generated/typeDefs';
import type { GraphQLContext } from './context';
import { formatError } from './formatError';
import { publicRouteGuard } from './publicRoute';
import { resolvers } from './resolvers';

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
    typeDefs,
    resolvers,
    introspection: true,
    ...protection,
    // No Apollo Sandbox (it loads from a CDN): the local server serves a bundled GraphiQL instead.
    plugins: [...protection.plugins, publicRouteGuard, ApolloServerPluginLandingPageDisabled()],
    formatError,
    includeStacktraceInErrorResponses: false,
    // Our hosts own the process lifecycle (npm start stops the engine too); Apollo's own signal handlers would race it.
    stopOnTerminationSignals: false,
  });
}
