import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, type OperationDefinitionNode } from 'graphql';

/** What one GraphQL request did, as metrics and traces see it. Nothing a client typed goes in here. */
export interface RequestRecord {
  /** The operation's root fields, sorted (`createSchool`, `schools+viewer`): bounded by the schema, unlike operation names clients choose. */
  operation: string;
  /** query, mutation, or `invalid` when the document did not parse or validate. */
  operationType: string;
  /** The `extensions.code` of each error in the response, after masking. */
  errorCodes: string[];
  latencyMs: number;
}

const MAX_OPERATION_LENGTH = 120;

/** The root field names of an operation (aliases resolved; fragments at the root counted as `fragment`). */
export function rootFields(operation: OperationDefinitionNode | undefined): string {
  if (!operation) return 'invalid';
  const names = operation.selectionSet.selections.map((selection) => (selection.kind === Kind.FIELD ? selection.name.value : 'fragment'));
  return [...new Set(names)].sort().join('+').slice(0, MAX_OPERATION_LENGTH);
}

/**
 * An Apollo plugin that reports every request once it is answered (parse and validation failures included), to
 * whatever records it: the Lambda handler turns it into EMF metrics and X-Ray annotations; the local server does
 * without.
 */
export function requestObserver(record: (request: RequestRecord) => void): ApolloServerPlugin {
  return {
    async requestDidStart() {
      const started = performance.now();
      return {
        async willSendResponse({ response, operation }) {
          const errors = response.body.kind === 'single' ? (response.body.singleResult.errors ?? []) : [];
          record({
            operation: rootFields(operation),
            operationType: operation?.operation ?? 'invalid',
            errorCodes: errors.map((error) => String(error.extensions?.code ?? 'UNKNOWN')),
            latencyMs: performance.now() - started,
          });
        },
      };
    },
  };
}
