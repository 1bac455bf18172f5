import { HttpError } from 'react-admin';

/** The codes of the API contract (`extensions.code`), plus what the console sees without one. */
export type ApiErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'VERSION_CONFLICT'
  | 'INVALID_TRANSITION'
  | 'FORBIDDEN'
  | 'UNAUTHENTICATED'
  | 'RATE_LIMITED'
  | 'UNKNOWN';

const knownCodes = new Set<string>(['BAD_USER_INPUT', 'NOT_FOUND', 'CONFLICT', 'INVALID_TRANSITION', 'FORBIDDEN', 'UNAUTHENTICATED', 'RATE_LIMITED']);

/** HTTP-like statuses so react-admin's own checks (401 → logout, 403 → access denied) keep working. */
const statusByCode: Record<ApiErrorCode, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  VERSION_CONFLICT: 409,
  INVALID_TRANSITION: 422,
  RATE_LIMITED: 429,
  UNKNOWN: 500,
};

/** An input field the server named; `expectedVersion` and `input` are not form fields. */
function formField(field: unknown): string | undefined {
  return typeof field === 'string' && field !== '' && field !== 'expectedVersion' && field !== 'input' ? field : undefined;
}

/**
 * react-admin's ValidationError translates a field error written as this prefix + JSON
 * `{ message, args }` (ra-core form/validation/ValidationError.tsx); a plain string would be shown
 * untranslated. Used so the field shows our Chinese wording plus the server's detail.
 */
const TRANSLATABLE_FIELD_ERROR = '@@react-admin@@';

/** The codes whose errors may name an input field (`extensions.field`). */
export type FieldErrorCode = 'BAD_USER_INPUT' | 'CONFLICT' | 'INVALID_TRANSITION';
const fieldErrorCodes = new Set<ApiErrorCode>(['BAD_USER_INPUT', 'CONFLICT', 'INVALID_TRANSITION']);

export function fieldError(code: FieldErrorCode, detail: string): string {
  return translatable(`app.field_errors.${code}`, { detail });
}

function translatable(message: string, args: Record<string, string>): string {
  return TRANSLATABLE_FIELD_ERROR + JSON.stringify({ message, args });
}

/**
 * A double booking names the other activity: the field says which one, in the user's language
 * (`与“足球社团”时间冲突`), instead of the server's English sentence.
 */
export function doubleBookingError(field: string, title: string): string {
  return translatable(`app.field_errors.DOUBLE_BOOKED.${field === 'venue' ? 'venue' : 'staffName'}`, { title });
}

export interface ApiErrorBody {
  code: ApiErrorCode;
  field?: string;
  /** The server's own message (English, technical): shown next to a field, or as detail. */
  detail: string;
  /**
   * Field errors in the shape react-admin forms apply next to inputs (pessimistic saves only).
   * Dotted paths such as `leadershipGroup.0.name` address inputs inside arrays; see `fieldError`.
   */
  errors?: Record<string, string>;
  /** A double booking (CONFLICT on venue or staffName): the activity already holding the slot. */
  conflictingActivityId?: string;
  conflictingActivityTitle?: string;
  /** A provider exit refused because one is in progress (CONFLICT): that case. */
  existingExitId?: string;
  /** A survey refused for coercive wording (BAD_USER_INPUT): each phrase with its field and reason. */
  phrases?: WordingPhrase[];
}

/** One coercive phrase the API found (`extensions.phrases`); `field` is a form path such as `questions.0.options.1`. */
export interface WordingPhrase {
  field: string;
  phrase: string;
  reason: string;
}

/**
 * An API failure as react-admin expects it: `message` is a translation key (`app.errors.*`) so
 * notifications are in the user's language; `body` carries the code, the field and the server detail.
 */
export class ApiError extends HttpError {
  declare readonly body: ApiErrorBody;

  constructor(body: ApiErrorBody) {
    super(`app.errors.${body.code}`, statusByCode[body.code], body);
    // HttpError resets the prototype to its own, which would break `instanceof ApiError`.
    Object.setPrototypeOf(this, ApiError.prototype);
    this.name = 'ApiError';
  }

  get code(): ApiErrorCode {
    return this.body.code;
  }
}

export interface GraphQLErrorLike {
  message: string;
  extensions?: {
    code?: unknown;
    field?: unknown;
    conflictingActivityId?: unknown;
    conflictingActivityTitle?: unknown;
    existingExitId?: unknown;
    phrases?: unknown;
  };
}

const asText = (value: unknown) => (typeof value === 'string' && value !== '' ? value : undefined);

function asPhrases(value: unknown): WordingPhrase[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const phrases = value.filter(
    (item): item is WordingPhrase =>
      !!item && typeof item === 'object' && typeof item.field === 'string' && typeof item.phrase === 'string' && typeof item.reason === 'string',
  );
  return phrases.length ? phrases : undefined;
}

/** Every field a wording refusal names, with all of its phrases in one translatable message. */
export function wordingErrors(phrases: readonly WordingPhrase[]): Record<string, string> {
  const byField = new Map<string, string[]>();
  for (const { field, phrase, reason } of phrases) byField.set(field, [...(byField.get(field) ?? []), `“${phrase}”（${reason}）`]);
  return Object.fromEntries([...byField].map(([field, list]) => [field, translatable('app.field_errors.WORDING', { phrases: list.join('；') })]));
}

/** Maps one GraphQL error of the contract to an ApiError. */
export function fromGraphQLError(error: GraphQLErrorLike): ApiError {
  const rawCode = typeof error.extensions?.code === 'string' ? error.extensions.code : '';
  const field = typeof error.extensions?.field === 'string' ? error.extensions.field : undefined;
  let code: ApiErrorCode = knownCodes.has(rawCode) ? (rawCode as ApiErrorCode) : 'UNKNOWN';
  // The server marks an optimistic-concurrency mismatch by naming `expectedVersion`.
  if (code === 'CONFLICT' && field === 'expectedVersion') code = 'VERSION_CONFLICT';
  const target = fieldErrorCodes.has(code) ? formField(field) : undefined;
  const otherId = asText(error.extensions?.conflictingActivityId);
  const otherTitle = asText(error.extensions?.conflictingActivityTitle) ?? otherId;
  const existingExitId = asText(error.extensions?.existingExitId);
  const phrases = code === 'BAD_USER_INPUT' ? asPhrases(error.extensions?.phrases) : undefined;
  const message =
    target && code === 'CONFLICT' && otherTitle
      ? doubleBookingError(target, otherTitle)
      : target
        ? fieldError(code as FieldErrorCode, error.message)
        : undefined;
  return new ApiError({
    code,
    field,
    detail: error.message,
    ...(target && message ? { errors: { [target]: message } } : {}),
    ...(otherId ? { conflictingActivityId: otherId, conflictingActivityTitle: otherTitle } : {}),
    ...(existingExitId ? { existingExitId } : {}),
    ...(phrases ? { phrases, errors: wordingErrors(phrases) } : {}),
  });
}

function graphQLErrorsOf(error: unknown): GraphQLErrorLike[] {
  if (!error || typeof error !== 'object') return [];
  // ra-data-graphql wraps Apollo's error as the HttpError body; a bare Apollo error may arrive too.
  const holder = 'body' in error && error.body && typeof error.body === 'object' ? error.body : error;
  const list = 'graphQLErrors' in holder ? holder.graphQLErrors : undefined;
  return Array.isArray(list) ? (list as GraphQLErrorLike[]) : [];
}

/**
 * Turns whatever the GraphQL layer threw into an ApiError when it carries a contract code. An HTTP
 * 401 without a GraphQL body also becomes UNAUTHENTICATED; other network failures pass through.
 */
export function toApiError(error: unknown): unknown {
  if (error instanceof ApiError) return error;
  const [first] = graphQLErrorsOf(error);
  if (first) return fromGraphQLError(first);
  if (error instanceof HttpError && error.status === 401) {
    return new ApiError({ code: 'UNAUTHENTICATED', detail: error.message });
  }
  return error;
}

export function isApiError(error: unknown, code?: ApiErrorCode): error is ApiError {
  return error instanceof ApiError && (code === undefined || error.code === code);
}
