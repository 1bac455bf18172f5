import { ApolloServer } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { typeDefs } from '../generated/typeDefs';
import type { GraphQLContext } from './context';
import { formatError } from './formatError';
import { withInputLimits } from './inputLimits';
import { publicRouteGuard } from './publicRoute';
import { resolvers } from './resolvers';

/**
 * The one Apollo Server of the API. The Lambda handler and the local HTTP server both call this, so a query
 * behaves the same deployed and on a laptop. graphql-armor caps depth, cost, aliases and tokens so one request
 * cannot exhaust the function.
 */
export function createApolloServer(options: { limits?: boolean } = {}): ApolloServer<GraphQLContext> {
  const armor = new ApolloArmor({
    maxDepth: { n: 10 },
    costLimit: { maxCost: 5000 },
    maxAliases: { n: 15 },
    maxTokens: { n: 2000 },
    // Field suggestions help developers; the schema is public documentation anyway.
    blockFieldSuggestion: { enabled: false },
  });
  // Only tests that walk the whole schema in one document turn the limits off; every host keeps them.
  const protection = options.limits === false ? { plugins: [], validationRules: [] } : armor.protect();
  return new ApolloServer<GraphQLContext>({
    typeDefs,
    // Length limits of every ID and String input, declared in the SDL, checked before any resolver runs.
    resolvers: withInputLimits(resolvers),
    introspection: true,
    ...protection,
    plugins: [...protection.plugins, publicRouteGuard],
    formatError,
    includeStacktraceInErrorResponses: false,
    // Our hosts own the process lifecycle (npm start stops the engine too); Apollo's own signal handlers would race it.
    stopOnTerminationSignals: false,
  });
}
