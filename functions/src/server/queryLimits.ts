import type { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, type ValidationContext } from 'graphql';

/**
 * What one request may ask for, so one request cannot exhaust the function: nesting depth, graphql-armor's cost
 * estimate, aliases, directives, and tokens (counted by graphql-js's parser, see createServer.ts).
 */
export const QUERY_LIMITS = { depth: 10, cost: 5000, aliases: 15, directives: 50, tokens: 2000 } as const;
export type QueryLimit = keyof typeof QUERY_LIMITS;

/** The reason (`extensions.reason`, worded by clients from their catalogue) and the developer's message per limit. */
const refusals: Record<QueryLimit, { reason: string; message: (max: number, found?: number) => string }> = {
  depth: { reason: 'QUERY_TOO_DEEP', message: (max, found) => `The query nests fields ${found} levels deep; at most ${max} are allowed` },
  cost: {
    reason: 'QUERY_TOO_COSTLY',
    message: (max, found) => `The query's estimated cost is ${found}; at most ${max} is allowed (ask for smaller pages or fewer nested lists)`,
  },
  aliases: { reason: 'TOO_MANY_ALIASES', message: (max, found) => `The query uses ${found} aliases; at most ${max} are allowed` },
  directives: { reason: 'TOO_MANY_DIRECTIVES', message: (max, found) => `The query uses ${found} directives; at most ${max} are allowed` },
  tokens: { reason: 'TOO_MANY_TOKENS', message: (max) => `The query has more than ${max} tokens (names, punctuation, values); send a shorter document` },
};

/**
 * A request over one of the limits. graphql-armor and the parser word theirs as "Syntax Error: …" with the code of a
 * malformed document; formatError answers this instead: BAD_USER_INPUT on `query` (the request's document), with
 * the reason, which limit (`limit`: DEPTH, COST, ALIASES, DIRECTIVES, TOKENS), its `max` and what was `found`.
 */
export class QueryLimitError extends Error {
  constructor(
    readonly limit: QueryLimit,
    readonly found?: number,
  ) {
    super(refusals[limit].message(QUERY_LIMITS[limit], found));
    this.name = 'QueryLimitError';
  }

  get extensions() {
    return {
      code: 'BAD_USER_INPUT',
      field: 'query',
      reason: refusals[this.limit].reason,
      limit: this.limit.toUpperCase(),
      max: QUERY_LIMITS[this.limit],
      ...(this.found === undefined ? {} : { found: this.found }),
    };
  }
}

/** armor's count, from its message (`… exceeded, found 11.`): it hands its handlers nothing else. */
const foundIn = (message: string) => {
  const found = message.match(/found (\d+)/)?.[1];
  return found === undefined ? undefined : Number(found);
};

/**
 * armor's options for one limit: it still refuses the document (the limit is the same), but reports our error through
 * the validation context instead of throwing its own, so the refusal is an ordinary validation error (HTTP 400).
 */
const refusing = (limit: QueryLimit) => ({
  propagateOnRejection: false,
  onReject: [
    (context: ValidationContext | null, error: GraphQLError) => {
      const refusal = new QueryLimitError(limit, foundIn(error.message));
      if (!context) throw refusal;
      context.reportError(new GraphQLError(refusal.message, { originalError: refusal }));
    },
  ],
});

export const armorLimits: ConstructorParameters<typeof ApolloArmor>[0] = {
  maxDepth: { n: QUERY_LIMITS.depth, ...refusing('depth') },
  costLimit: { maxCost: QUERY_LIMITS.cost, ...refusing('cost') },
  maxAliases: { n: QUERY_LIMITS.aliases, ...refusing('aliases') },
  maxDirectives: { n: QUERY_LIMITS.directives, ...refusing('directives') },
  // Counted by the parser instead (parseOptions): armor's plugin re-parsed every document in a hook Apollo does not
  // guard, so its refusal — and any syntax error — came back as HTTP 500.
  maxTokens: { enabled: false },
  // Field suggestions help developers; the schema is public documentation anyway.
  blockFieldSuggestion: { enabled: false },
};

/** The parser's refusal of a document over the token limit, as a QueryLimitError (undefined for other parse errors). */
export function tokenLimitOf(message: string): QueryLimitError | undefined {
  return /^Syntax Error: Document contains more (?:that|than) \d+ tokens/.test(message) ? new QueryLimitError('tokens') : undefined;
}
