import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { AppError } from '../core/errors';

/** Codes Apollo itself assigns to request errors (parse, validation, variable coercion): safe to show. */
const requestErrorCodes = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
]);

/**
 * Domain errors keep their code and details; an unexpected error is logged with its stack and shown only as
 * INTERNAL_SERVER_ERROR, so table names, keys or SDK messages never reach a client.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof AppError) return formatted;
  const code = formatted.extensions?.code;
  if (original instanceof GraphQLError && typeof code === 'string' && requestErrorCodes.has(code)) return formatted;
  console.error(
    JSON.stringify({
      level: 'error',
      message: 'Unhandled resolver error',
      path: formatted.path,
      error: original instanceof Error ? original.stack : String(original),
    }),
  );
  return {
    message: 'Internal server error',
    path: formatted.path,
    locations: formatted.locations,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}
