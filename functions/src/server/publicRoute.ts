import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, NoSchemaIntrospectionCustomRule, validate, type DocumentNode, type GraphQLSchema, type SelectionSetNode } from 'graphql';
import { AppError } from '../core/errors';
import type { GraphQLContext } from './context';

/** Root fields that parents' phones may call without signing in (SPEC §4). */
export const PUBLIC_ROOT_FIELDS = new Set(['publicSurvey', 'submitSurveyResponse', 'issueRespondentKey', 'publicDisclosure', '__typename']);

function rootFieldNames(selectionSet: SelectionSetNode): string[] {
  return selectionSet.selections.flatMap((selection) => {
    if (selection.kind === Kind.FIELD) return [selection.name.value];
    // Fragments on the root type: look inside them too.
    if (selection.kind === Kind.INLINE_FRAGMENT) return rootFieldNames(selection.selectionSet);
    return ['(fragment spread)'];
  });
}

export interface RequestGuardOptions {
  /** Whether `__schema`/`__type` may be asked (on locally; off by default when deployed). */
  introspection: boolean;
}

/**
 * Checks every operation once it is parsed, validated and chosen, before any resolver runs — in the handler itself,
 * so they hold even if API Gateway's configuration changes:
 * 1. On the public route, only public root fields: anything else (another root field, `__schema`, a fragment
 *    spread) is FORBIDDEN with HTTP 403 — a refusal of the client's request, never a 5xx for the API's alarm.
 * 2. Introspection, when switched off, is refused with HTTP 400 (GRAPHQL_VALIDATION_FAILED, as Apollo's own switch
 *    answers). Applied here rather than with Apollo's `introspection: false`, whose validation rule runs before
 *    check 1 and would answer a public-route `__schema` with 400 instead of 403.
 */
export function requestGuards(options: RequestGuardOptions): ApolloServerPlugin<GraphQLContext> {
  // Apollo keeps one parsed document per query text (its document store): the answer is the same for every request
  // that sends it, so the walk over the document runs once per query text, not once per request.
  const introspects = new WeakMap<DocumentNode, boolean>();
  const asksIntrospection = (schema: GraphQLSchema, document: DocumentNode) => {
    let answer = introspects.get(document);
    if (answer === undefined) introspects.set(document, (answer = validate(schema, document, [NoSchemaIntrospectionCustomRule]).length > 0));
    return answer;
  };
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, operation, document, schema }) {
          if (!operation) return;
          if (contextValue.publicRoute) {
            const refused = rootFieldNames(operation.selectionSet).filter((name) => !PUBLIC_ROOT_FIELDS.has(name));
            if (refused.length > 0) {
              throw new AppError(
                'FORBIDDEN',
                `Only the public operations (surveys, published disclosures) are available on this route (refused: ${refused.join(', ')})`,
                {
                  http: { status: 403 },
                },
              );
            }
          }
          if (!options.introspection && asksIntrospection(schema, document)) {
            throw new GraphQLError('Introspection is switched off on this deployment: use the published schema (graphql/*.graphql)', {
              extensions: { code: 'GRAPHQL_VALIDATION_FAILED', validationErrorCode: 'INTROSPECTION_DISABLED', http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}
