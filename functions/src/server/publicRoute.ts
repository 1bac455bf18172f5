import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, type SelectionSetNode } from 'graphql';
import { AppError } from '../core/errors';
import type { GraphQLContext } from './context';

/** Root fields that parents' phones may call without signing in (SPEC §4). */
export const PUBLIC_ROOT_FIELDS = new Set(['publicSurvey', 'submitSurveyResponse', '__typename']);

function rootFieldNames(selectionSet: SelectionSetNode): string[] {
  return selectionSet.selections.flatMap((selection) => {
    if (selection.kind === Kind.FIELD) return [selection.name.value];
    // Fragments on the root type: look inside them too.
    if (selection.kind === Kind.INLINE_FRAGMENT) return rootFieldNames(selection.selectionSet);
    return ['(fragment spread)'];
  });
}

/**
 * On the public route every operation must consist of public root fields only — enforced in the handler itself,
 * so it holds even if API Gateway's configuration changes. Anything else is FORBIDDEN before any resolver runs.
 */
export const publicRouteGuard: ApolloServerPlugin<GraphQLContext> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ contextValue, operation }) {
        if (!contextValue.publicRoute || !operation) return;
        const refused = rootFieldNames(operation.selectionSet).filter((name) => !PUBLIC_ROOT_FIELDS.has(name));
        if (refused.length > 0) throw new AppError('FORBIDDEN', `Only the public survey operations are available on this route (refused: ${refused.join(', ')})`);
      },
    };
  },
};
