import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { AppError } from '../core/errors';
import { logger } from '../observability/logger';

/** Codes Apollo itself assigns to request errors (parse, validation, variable coercion): safe to show. */
const requestErrorCodes = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT', 'BAD_REQUEST', 'OPERATION_RESOLUTION_FAILURE']);

/**
 * Variable coercion errors name the offending place only in prose (`… at "input.pickupSlots[0].times[0]"`);
 * this adds it as `extensions.field` in the same dotted form the services use (`pickupSlots.0.times.0`).
 */
function withField(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const match = formatted.message.match(/^Variable "\$(\w+)" got invalid value .*? at "([^"]+)"/s);
  if (!match || formatted.extensions?.field) return formatted;
  const [variable, ...rest] = match[2].replace(/\[(\d+)\]/g, '.$1').split('.');
  const field = (variable === 'input' ? rest : [variable, ...rest]).join('.') || match[1];
  return { ...formatted, extensions: { ...formatted.extensions, field } };
}

/**
 * Domain errors keep their code and details; an unexpected error is logged (redacted) with its stack and shown only
 * as INTERNAL_SERVER_ERROR, so table names, keys or SDK messages never reach a client.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof AppError) return formatted;
  const code = formatted.extensions?.code;
  if (original instanceof GraphQLError && typeof code === 'string' && requestErrorCodes.has(code)) return withField(formatted);
  // A scalar refusing a variable (e.g. LocalTime "25:00") surfaces without a path: it is the client's input. A
  // GraphQLError that merely wraps a plain Error (Apollo's "Context creation failed: …") is a server fault instead.
  const wrapsFault = original instanceof GraphQLError && original.originalError !== undefined && !(original.originalError instanceof GraphQLError);
  if (original instanceof GraphQLError && !formatted.path && !wrapsFault) {
    return withField({ ...formatted, extensions: { ...formatted.extensions, code: 'BAD_USER_INPUT' } });
  }
  logger.error('Unhandled resolver error', { path: formatted.path, error: original instanceof Error ? original : String(original) });
  return {
    message: 'Internal server error',
    path: formatted.path,
    locations: formatted.locations,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}
