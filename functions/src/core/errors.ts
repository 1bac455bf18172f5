import { GraphQLError } from 'graphql';

/** The error codes of the API contract (SPEC §5). Clients switch on `extensions.code`. */
export type ErrorCode = 'BAD_USER_INPUT' | 'NOT_FOUND' | 'CONFLICT' | 'INVALID_TRANSITION' | 'FORBIDDEN' | 'UNAUTHENTICATED' | 'RATE_LIMITED';

/** Extra facts a client can act on: the offending input field, the record in the way, … */
export interface ErrorDetails {
  field?: string;
  [key: string]: unknown;
}

/**
 * A domain error with a contract code. Services throw these; Apollo passes them through unchanged, and
 * every other error is masked as INTERNAL_SERVER_ERROR by `formatError` so internals never leak.
 */
export class AppError extends GraphQLError {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string, details: ErrorDetails = {}) {
    // `code` last: a detail can never overwrite the contract code.
    super(message, { extensions: { ...details, code } });
    this.code = code;
  }
}

export const badInput = (field: string, message: string, details: ErrorDetails = {}) => new AppError('BAD_USER_INPUT', message, { ...details, field });

export const notFound = (typeName: string, id: string) => new AppError('NOT_FOUND', `${typeName} ${id} does not exist`, { typeName, id });

export const conflict = (message: string, details: ErrorDetails = {}) => new AppError('CONFLICT', message, details);

export const invalidTransition = (message: string, details: ErrorDetails = {}) => new AppError('INVALID_TRANSITION', message, details);

export const forbidden = (message = 'You may not do this') => new AppError('FORBIDDEN', message);

export const unauthenticated = (message = 'Sign in first: this operation needs a valid token') => new AppError('UNAUTHENTICATED', message);

export const rateLimited = (message: string) => new AppError('RATE_LIMITED', message);

/** A version mismatch on an optimistic-concurrency update. */
export const versionConflict = (typeName: string, id: string, expected: number, actual: number) =>
  conflict(`${typeName} ${id} was changed by someone else (version ${actual}, you sent ${expected}); reload and try again`, {
    field: 'expectedVersion',
    typeName,
    id,
    currentVersion: actual,
  });
