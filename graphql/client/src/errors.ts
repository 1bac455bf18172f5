/**
 * The API's coded errors (SPEC §5, `extensions.code`) as classes, so an app can write
 * `catch (e) { if (e instanceof NotFoundError) … }`. Every class carries the server's message, the code,
 * the input field it names (if any) and the whole `extensions` object for the details some codes add
 * (`conflictingActivityId` on a double booking, `phrases` on coercive survey wording, …).
 */

/** One error as the API sends it in `errors[]`. */
export interface GraphQLErrorBody {
  message: string;
  path?: readonly (string | number)[];
  extensions?: Record<string, unknown>;
}

/** The codes of the contract. */
export const errorCodes = ['BAD_USER_INPUT', 'NOT_FOUND', 'CONFLICT', 'INVALID_TRANSITION', 'FORBIDDEN', 'UNAUTHENTICATED', 'RATE_LIMITED'] as const;
export type ErrorCode = (typeof errorCodes)[number];

/** Base class of every error the client throws. */
export class KehouError extends Error {
  /** The code (`extensions.code`), or `NETWORK` / `INTERNAL_SERVER_ERROR` for failures outside the contract. */
  readonly code: ErrorCode | 'NETWORK' | 'INTERNAL_SERVER_ERROR';
  /** The input the server names (`extensions.field`), e.g. `code` or `expectedVersion`. */
  readonly field?: string;
  readonly extensions: Record<string, unknown>;
  /** Where in the response the error happened (the root field, or deeper). */
  readonly path?: readonly (string | number)[];
  /** Every error of the response; this error is the first. */
  readonly errors: readonly GraphQLErrorBody[];
  /** The HTTP status of the response, when there was one. */
  readonly status?: number;

  constructor(code: KehouError['code'], message: string, details: { body?: GraphQLErrorBody; errors?: readonly GraphQLErrorBody[]; status?: number } = {}) {
    super(message);
    this.name = new.target.name;
    this.code = code;
    this.extensions = details.body?.extensions ?? {};
    const field = this.extensions.field;
    this.field = typeof field === 'string' ? field : undefined;
    this.path = details.body?.path;
    this.errors = details.errors ?? (details.body ? [details.body] : []);
    this.status = details.status;
  }
}

/** An input was refused; `field` names it (e.g. `input.code`, `first`, `answers`). Nothing changed. */
export class BadUserInputError extends KehouError {}
/** No such record (or an unknown survey access code). */
export class NotFoundError extends KehouError {}
/**
 * The write collides with the current state: another version (`field` is `expectedVersion`: re-read and
 * retry), a duplicate code, or a double booking (`extensions.conflictingActivityId`). Nothing changed.
 */
export class ConflictError extends KehouError {
  /** True when the record changed since it was read (optimistic concurrency). */
  get isVersionConflict(): boolean {
    return this.field === 'expectedVersion';
  }
}
/** The record's status does not allow this step (e.g. signing a terminated contract, answering a closed survey). */
export class InvalidTransitionError extends KehouError {}
/** Signed in, but this viewer may not do this (another school's record, a provider's own data). */
export class ForbiddenError extends KehouError {}
/** No token, an expired one, or a user without a known role: sign in again. */
export class UnauthenticatedError extends KehouError {}
/** Too many requests (survey submissions per access code, or the gateway's throttle): wait and retry. */
export class RateLimitedError extends KehouError {}
/** The request never got an answer (offline, DNS, CORS, aborted). */
export class NetworkError extends KehouError {}
/** The server failed (`INTERNAL_SERVER_ERROR`, an unknown code, or an HTTP error without a GraphQL body). */
export class ServerError extends KehouError {}

const classes: Record<ErrorCode, new (...args: ConstructorParameters<typeof KehouError>) => KehouError> = {
  BAD_USER_INPUT: BadUserInputError,
  NOT_FOUND: NotFoundError,
  CONFLICT: ConflictError,
  INVALID_TRANSITION: InvalidTransitionError,
  FORBIDDEN: ForbiddenError,
  UNAUTHENTICATED: UnauthenticatedError,
  RATE_LIMITED: RateLimitedError,
};

const isErrorCode = (value: unknown): value is ErrorCode => typeof value === 'string' && (errorCodes as readonly string[]).includes(value);

/** The typed error for a response's errors (the first one decides the class). */
export function errorFromResponse(errors: readonly GraphQLErrorBody[], status?: number): KehouError {
  const [first] = errors;
  const code = first?.extensions?.code;
  if (isErrorCode(code)) return new classes[code](code, first.message, { body: first, errors, status });
  return new ServerError('INTERNAL_SERVER_ERROR', first?.message ?? `HTTP ${status}`, { body: first, errors, status });
}
