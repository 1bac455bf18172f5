import { HttpError } from 'react-admin';
import { enumLabel } from '../common/enumLabels';
import { formatNumber } from '../common/numbers';
import { DEFAULT_LOCALE, chineseMessages, i18nProvider } from '../i18n';

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
 * untranslated. Used so the field shows our wording of the refusal in the user's language.
 */
const TRANSLATABLE_FIELD_ERROR = '@@react-admin@@';

/** The codes whose errors may name an input field (`extensions.field`). */
export type FieldErrorCode = 'BAD_USER_INPUT' | 'CONFLICT' | 'INVALID_TRANSITION';
const fieldErrorCodes = new Set<ApiErrorCode>(['BAD_USER_INPUT', 'CONFLICT', 'INVALID_TRANSITION']);

type Translate = (key: string, options?: Record<string, unknown>) => string;

/** Whether the console words this reason of the API (`app.errors.reasons.<REASON>`); unknown ones fall back to the code. */
export function knownReason(reason: string | undefined): reason is string {
  const reasons = (chineseMessages as { app?: { errors?: { reasons?: Record<string, unknown> } } }).app?.errors?.reasons ?? {};
  return Boolean(reason && typeof reasons[reason] === 'string');
}

/** A reason's parameters ready for a sentence: statuses and semesters in words, numbers grouped. */
export function messageArgs(params: Record<string, unknown>, translate: Translate, locale = DEFAULT_LOCALE): Record<string, string> {
  const args: Record<string, string> = {};
  for (const [name, value] of Object.entries(params)) {
    if (name === 'statusType' || value === undefined || value === null) continue;
    if (name === 'status' && typeof params.statusType === 'string') args.status = enumLabel(params.statusType, String(value), translate);
    else if (name === 'semester') args.semester = enumLabel('Semester', String(value), translate);
    else if (typeof value === 'number') args[name] = formatNumber(value, locale);
    else args[name] = String(value);
  }
  return args;
}

/** The field message for a refusal: the reason in words when the console knows it, else what the code means. */
export function fieldError(code: FieldErrorCode, reason?: string, params: Record<string, unknown> = {}): string {
  if (knownReason(reason)) return translatable(`app.errors.reasons.${reason}`, messageArgs(params, i18nProvider.translate, i18nProvider.getLocale()));
  return translatable(`app.field_errors.${code}`, {});
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
  /** Why (`extensions.reason`), worded by the console (its `reasons` messages). */
  reason?: string;
  /** The reason's parameters (the other scalar extensions: `schoolCode`, `max`, `status`…). */
  params?: Record<string, unknown>;
  /** The server's own message (English, for developers and logs): never shown to users. */
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
  /** The rule's code (`NO_CHOICE`, `VOLUNTARY`, …), worded by the console; `reason` is the server's Chinese. */
  rule?: string;
}

/**
 * An API failure as react-admin expects it: `message` is a translation key (`app.errors.*`) so
 * notifications are in the user's language; `body` carries the code, the field and the server detail.
 */
export class ApiError extends HttpError {
  declare readonly body: ApiErrorBody;

  /**
   * `message` is what react-admin's notifications show: the reason in words when there is one and no form field
   * shows it already, else the code's message key (translated when shown).
   */
  constructor(body: ApiErrorBody) {
    const sentence = !body.errors && knownReason(body.reason) ? errorText(body, i18nProvider.translate, i18nProvider.getLocale()) : undefined;
    super(sentence ?? `app.errors.${body.code}`, statusByCode[body.code], body);
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
    reason?: unknown;
    conflictingActivityId?: unknown;
    conflictingActivityTitle?: unknown;
    existingExitId?: unknown;
    phrases?: unknown;
    [parameter: string]: unknown;
  };
}

/** Extensions that are not parameters of a reason. */
const notParams = new Set(['code', 'field', 'reason', 'http', 'phrases', 'problems', 'exception', 'stacktrace']);

/** The scalar extensions of an error: the parameters its reason's sentence may use. */
function paramsOf(extensions: GraphQLErrorLike['extensions']): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(extensions ?? {}).filter(([name, value]) => !notParams.has(name) && ['string', 'number', 'boolean'].includes(typeof value)),
  );
}

/**
 * One sentence for a refusal in the user's language, never the server's text: a double booking names the other
 * activity, a known reason is worded with its parameters, anything else says what its code means.
 */
export function errorText(body: ApiErrorBody, translate: Translate, locale = DEFAULT_LOCALE): string {
  if (body.code === 'CONFLICT' && body.conflictingActivityTitle && body.field) {
    return translate(`app.field_errors.DOUBLE_BOOKED.${body.field === 'venue' ? 'venue' : 'staffName'}`, { title: body.conflictingActivityTitle });
  }
  if (knownReason(body.reason)) return translate(`app.errors.reasons.${body.reason}`, messageArgs(body.params ?? {}, translate, locale));
  return translate(`app.errors.${body.code}`);
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
  const reason = asText(error.extensions?.reason);
  const params = paramsOf(error.extensions);
  const message =
    target && code === 'CONFLICT' && otherTitle
      ? doubleBookingError(target, otherTitle)
      : target
        ? fieldError(code as FieldErrorCode, reason, params)
        : undefined;
  return new ApiError({
    code,
    field,
    ...(reason ? { reason } : {}),
    params,
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
