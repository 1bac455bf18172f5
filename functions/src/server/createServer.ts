import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { GraphQLSchema } from 'graphql';
import type { GraphQLContext } from './context';
import { apolloFeaturePlugins } from './apolloFeatures';
import { formatError } from './formatError';
import { armorLimits, QUERY_LIMITS } from './queryLimits';
import { requestGuards } from './publicRoute';
import { applyDescriptions, createSchema } from './schema';

export interface ApolloServerOptions {
  /** Schema introspection: on for the local server, off by default when deployed (`GRAPHQL_INTROSPECTION`). */
  introspection?: boolean;
  /** Only tests that walk the whole schema in one document turn the query limits off; every host keeps them. */
  limits?: boolean;
  /** Host-specific plugins (the Lambda handler's metrics and tracing). */
  plugins?: ApolloServerPlugin<GraphQLContext>[];
}

/** Tokens one document may have (names, punctuation, values): refused beyond by the parser (HTTP 400). */
export const MAX_TOKENS = QUERY_LIMITS.tokens;

/**
 * The one Apollo Server of the API. The Lambda handler and the local HTTP server both call this, so a query
 * behaves the same deployed and on a laptop. graphql-armor caps depth, cost, aliases and directives so one request
 * cannot exhaust the function; graphql-js's parser caps the tokens. `plugins` adds host-specific ones (the Lambda
 * handler's metrics and tracing).
 */
export function createApolloServer(options: ApolloServerOptions = {}): ApolloServer<GraphQLContext> {
  // The limits and how their refusals read: queryLimits.ts.
  const armor = new ApolloArmor(armorLimits);
  // Only tests that walk the whole schema in one document turn the limits off; every host keeps them.
  const protection = options.limits === false ? { plugins: [], validationRules: [] } : armor.protect();
  // Built with graphql-js alone, from SDL parsed without locations or descriptions: see schema.ts (cold start).
  const schema = createSchema();
  return new ApolloServer<GraphQLContext>({
    schema,
    // Decided by requestGuards, after the public-route check (see there).
    introspection: true,
    parseOptions: { maxTokens: MAX_TOKENS },
    ...protection,
    // No Apollo Sandbox (it loads from a CDN): the local server serves a bundled GraphiQL instead.
    plugins: [
      ...protection.plugins,
      ...(options.introspection ? [describedSchema(schema)] : []),
      requestGuards({ introspection: options.introspection ?? false }),
      ApolloServerPluginLandingPageDisabled(),
      ...apolloFeaturePlugins,
      ...(options.plugins ?? []),
    ],
    formatError,
    includeStacktraceInErrorResponses: false,
    // Our hosts own the process lifecycle (npm start stops the engine too); Apollo's own signal handlers would race it.
    stopOnTerminationSignals: false,
  });
}

/**
 * With introspection on, the schema shows the SDL's descriptions (GraphiQL, /docs, codegen against a server). They
 * are loaded before the first request is served, from their own chunk of the Lambda bundle; with introspection off
 * nobody can see them, so they are never loaded.
 */
function describedSchema(schema: GraphQLSchema): ApolloServerPlugin<GraphQLContext> {
  return {
    async serverWillStart() {
      const { schemaDescriptions } = await import('../generated/schemaDescriptions');
      applyDescriptions(schema, schemaDescriptions);
    },
  };
}

/** A boolean environment switch (`true`/`1`/`on` or `false`/`0`/`off`), or the default when unset. */
export function envFlag(name: string, fallback: boolean): boolean {
  const value = process.env[name]?.trim().toLowerCase();
  if (!value) return fallback;
  return ['true', '1', 'on', 'yes'].includes(value);
}
