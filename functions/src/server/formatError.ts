import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { AppError } from '../core/errors';
import { logger } from '../observability/logger';
import { literalFieldOf, variableArgumentOf } from './documentPlaces';
import { QueryLimitError, tokenLimitOf } from './queryLimits';
import { ScalarLiteralError } from './scalars';

/** Codes Apollo itself assigns to request errors (parse, validation, variable coercion): safe to show. */
const requestErrorCodes = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT', 'BAD_REQUEST', 'OPERATION_RESOLUTION_FAILURE']);

/**
 * Variable coercion errors name the offending place only in prose (`… at "input.pickupSlots[0].times[0]"`);
 * this adds it as `extensions.field` in the same dotted form the services use (`pickupSlots.0.times.0`): from the
 * argument where the variable is used (`careBoard(date: $d)` → `date`), else from the variable's name.
 */
function withField(formatted: GraphQLFormattedError, error: GraphQLError): GraphQLFormattedError {
  if (formatted.extensions?.field) return formatted;
  const place = placeOfVariableError(formatted.message);
  if (!place) return formatted;
  const [variable, ...rest] = place.replace(/\[(\d+)\]/g, '.$1').split('.');
  const used = [...(variableArgumentOf(error, variable) ?? [variable]), ...rest];
  const field = (used[0] === 'input' ? used.slice(1) : used).join('.') || used[0];
  return { ...formatted, extensions: { ...formatted.extensions, field } };
}

/**
 * The place a variable coercion error names: `d` for a whole variable (`Variable "$d" got invalid value "2026-02-30";
 * …`, or not given at all), `i.startDate` inside one; a missing or unknown input field adds its name.
 */
function placeOfVariableError(message: string): string | undefined {
  const inside = message.match(/^Variable "\$(\w+)" got invalid value .*? at "([^"]+)"/s);
  const whole = inside ? undefined : message.match(/^Variable "\$(\w+)" (?:got invalid value|of (?:required|non-null) type)/);
  const place = inside?.[2] ?? whole?.[1];
  if (!place) return undefined;
  const named = message.match(/; Field "(\w+)" (?:of required type .* was not provided|is not defined by type)/s);
  return named ? `${place}.${named[1]}` : place;
}

/**
 * A literal in the query document that a scalar refused (e.g. `date: "2026-02-30"`): graphql-js reports it as a
 * validation failure; it is the client's input like a bad variable, so BAD_USER_INPUT with its place and reason.
 */
function literalRefusal(formatted: GraphQLFormattedError, error: GraphQLError, problem: ScalarLiteralError): GraphQLFormattedError {
  const field = literalFieldOf(error);
  return { ...formatted, extensions: { ...formatted.extensions, ...problem.details, ...(field ? { field } : {}), code: 'BAD_USER_INPUT' } };
}

/**
 * A literal of the wrong type in the query document (`first: "x"`, `weekday: MONDY`, an input object missing a
 * required field): graphql-js's validation points at the value, so it is the client's input like a bad variable —
 * BAD_USER_INPUT with its place, as the same value sent as a variable answers; so is an input field the input type
 * does not define. Other validation failures (unknown output fields or arguments) name no value and stay
 * GRAPHQL_VALIDATION_FAILED.
 */
function wrongLiteral(formatted: GraphQLFormattedError, error: GraphQLError): GraphQLFormattedError | undefined {
  // An input field its type does not define (`input: { colour: "red" }`): the client's input too, named where it stands
  // (`colour`, `filter.colour`), as `$i: { colour: "red" }` answers.
  if (/^Field "\w+" is not defined by type "\w+"\./.test(formatted.message)) {
    const field = literalFieldOf(error, true);
    if (field) return { ...formatted, extensions: { ...formatted.extensions, field, code: 'BAD_USER_INPUT' } };
  }
  const place = literalFieldOf(error);
  if (!place) return undefined;
  // A required input field left out: named inside its object (`startDate`, `filter.x`), as a variable's would be.
  const missing = formatted.message.match(/^Field "\w+\.(\w+)" of required type .* was not provided\.$/)?.[1];
  const field = missing ? (place === 'input' ? missing : `${place}.${missing}`) : place;
  return { ...formatted, extensions: { ...formatted.extensions, field, code: 'BAD_USER_INPUT' } };
}

/**
 * Domain errors keep their code and details; an unexpected error is logged (redacted) with its stack and shown only
 * as INTERNAL_SERVER_ERROR, so table names, keys or SDK messages never reach a client.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof AppError) return formatted;
  const code = formatted.extensions?.code;
  // A document over a query limit (depth, cost, aliases, directives, tokens): the client's input, said plainly.
  const overLimit =
    original instanceof GraphQLError &&
    (original.originalError instanceof QueryLimitError ? original.originalError : code === 'GRAPHQL_PARSE_FAILED' ? tokenLimitOf(original.message) : undefined);
  if (overLimit) return { ...formatted, message: overLimit.message, extensions: { ...formatted.extensions, ...overLimit.extensions } };
  if (original instanceof GraphQLError && code === 'GRAPHQL_VALIDATION_FAILED' && original.originalError instanceof ScalarLiteralError)
    return literalRefusal(formatted, original, original.originalError);
  if (original instanceof GraphQLError && code === 'GRAPHQL_VALIDATION_FAILED') {
    const refused = wrongLiteral(formatted, original);
    if (refused) return refused;
  }
  if (original instanceof GraphQLError && typeof code === 'string' && requestErrorCodes.has(code)) return withField(formatted, original);
  // A scalar refusing a variable (e.g. LocalTime "25:00") surfaces without a path: it is the client's input. A
  // GraphQLError that merely wraps a plain Error (Apollo's "Context creation failed: …") is a server fault instead.
  const wrapsFault = original instanceof GraphQLError && original.originalError !== undefined && !(original.originalError instanceof GraphQLError);
  if (original instanceof GraphQLError && !formatted.path && !wrapsFault) {
    return withField({ ...formatted, extensions: { ...formatted.extensions, code: 'BAD_USER_INPUT' } }, original);
  }
  logger.error('Unhandled resolver error', { path: formatted.path, error: original instanceof Error ? original : String(original) });
  return {
    message: 'Internal server error',
    path: formatted.path,
    locations: formatted.locations,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}
