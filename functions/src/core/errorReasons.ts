/**
 * Why a request was refused, as a stable key with named parameters (`extensions.reason` and the parameters beside
 * it in `extensions`), so a client words the refusal in its own language: the `message` of an error is English for
 * developers and logs, never meant for end users. The console has a sentence per reason in each language (its
 * tests check every reason listed here). A refusal without a reason is described by its code and field alone.
 */
export const errorReasons = {
  // Input (BAD_USER_INPUT), mostly from the input schemas
  REQUIRED: [],
  TOO_LONG: ['max'],
  TOO_SHORT: ['min'],
  TOO_FEW: ['min'],
  TOO_MANY: ['max'],
  TOO_SMALL: ['min'],
  TOO_LARGE: ['max'],
  NOT_WHOLE: [],
  INVALID_FORMAT: [],
  INVALID_DATE: [],
  INVALID_TIME: [],
  INVALID_CHOICE: [],
  INVALID: [],
  SCHOOL_YEAR: [],
  MONEY_DECIMALS: [],
  TIME_STEP: ['step'],
  TIME_RANGE: ['min', 'max'],
  END_BEFORE_START: [],
  OUT_OF_TERM: ['date'],
  OVER_CAPACITY: [],
  OPTIONS_NEEDED: [],
  NO_OPTIONS_ALLOWED: [],
  DUPLICATE_OPTION: [],
  DUPLICATE_QUESTION_ID: [],
  UNKNOWN_RECORD: [],
  WRONG_RECORD: [],
  ACADEMIC_NOT_ALLOWED: [],
  MONTHLY_FEE_REQUIRED: [],
  NOT_UPLOADED: [],
  FILE_SIZE_MISMATCH: [],
  FILE_TYPE_MISMATCH: [],
  FILE_CHANGED: [],
  SAME_PROVIDER: [],
  REASSIGN_TARGET: [],
  CURSOR: [],
  PAGE_SIZE: ['max'],
  WORDING: [],
  ANSWERED_TWICE: [],
  NOT_AN_OPTION: ['option'],
  ONE_CHOICE: [],
  REQUIRED_QUESTION: ['number'],
  RESPONDENT_KEY: [],
  OTHER_SCHOOL: [],
  SELF_REFERENCE: [],
  OTHER_SUBJECT: [],
  OTHER_KIND: [],
  // Conflicts (CONFLICT)
  REPEATS_ROW: ['row'],
  DUPLICATE_SCHOOL_CODE: ['schoolCode'],
  DUPLICATE_CREDIT_CODE: ['creditCode'],
  DUPLICATE_TERM: ['schoolYear', 'semester'],
  VERSION: ['currentVersion'],
  CHANGED_MEANWHILE: [],
  DOUBLE_BOOKED: ['conflictingActivityTitle'],
  EXIT_IN_PROGRESS: [],
  TRY_AGAIN: [],
  // Steps the record's state does not allow (INVALID_TRANSITION)
  WRONG_STATUS: ['status', 'statusType'],
  HAS_DEPENDENTS: [],
  DOCUMENTS_FIRST: [],
  ARCHIVED: [],
  PROVIDERS_NOT_ALLOWED: [],
  NEEDS_VALID_QUALIFICATION: [],
  NO_QUALIFICATION_FOR_PERIOD: [],
  UNRESOLVED_ACTIVITIES: ['count'],
  NEEDS_ACTIVE_CONTRACT: [],
  CONTRACT_SCOPE: [],
  ALREADY_RESOLVED: [],
  ALREADY_CORRECTED: [],
  SURVEY_CLOSED: [],
  SURVEY_NOT_OPEN: [],
} as const satisfies Record<string, readonly string[]>;

export type ErrorReason = keyof typeof errorReasons;

/**
 * Reasons of the input rules written as refinements, by their message (one table, so the input schemas need not
 * change to get a reason). Unlisted custom rules become INVALID.
 */
const reasonByMessage: [RegExp, ErrorReason, (match: RegExpMatchArray) => Record<string, unknown>][] = [
  [/is not a calendar date|must be a date/, 'INVALID_DATE', () => ({})],
  [/must be a time/, 'INVALID_TIME', () => ({})],
  [/consecutive years|must look like 2026-2027/, 'SCHOOL_YEAR', () => ({})],
  [/must be 1 or 2/, 'INVALID_CHOICE', () => ({})],
  [/at most two decimals/, 'MONEY_DECIMALS', () => ({})],
  [/(\d+)-minute step/, 'TIME_STEP', (m) => ({ step: Number(m[1]) })],
  [/between (\d\d:\d\d) and (\d\d:\d\d)/, 'TIME_RANGE', (m) => ({ min: m[1], max: m[2] })],
  [/must (?:not be before|be after) /, 'END_BEFORE_START', () => ({})],
  [/excluded date (\S+) lies outside the term/, 'OUT_OF_TERM', (m) => ({ date: m[1] })],
  [/must not exceed capacity/, 'OVER_CAPACITY', () => ({})],
  [/needs at least two options/, 'OPTIONS_NEEDED', () => ({})],
  [/only choice questions have options/, 'NO_OPTIONS_ALLOWED', () => ({})],
  [/lists an option twice/, 'DUPLICATE_OPTION', () => ({})],
  [/must be .*letters or digits|must be 2–32/, 'INVALID_FORMAT', () => ({})],
];

export function reasonOfMessage(message: string): { reason: ErrorReason } & Record<string, unknown> {
  for (const [pattern, reason, params] of reasonByMessage) {
    const match = message.match(pattern);
    if (match) return { reason, ...params(match) };
  }
  return { reason: 'INVALID' };
}

/** The fields of a zod issue this needs (zod 4's issue shapes, kept structural so zod stays an implementation detail). */
interface IssueLike {
  code: string;
  message: string;
  origin?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  input?: unknown;
  expected?: string;
  format?: string;
}

/** The reason and parameters of one failed input rule. */
export function reasonOfIssue(issue: IssueLike): { reason: ErrorReason } & Record<string, unknown> {
  const list = issue.origin === 'array' || issue.origin === 'set';
  const text = issue.origin === 'string';
  switch (issue.code) {
    case 'too_small':
      if (text && Number(issue.minimum) <= 1) return { reason: 'REQUIRED' };
      return text ? { reason: 'TOO_SHORT', min: Number(issue.minimum) } : list ? { reason: 'TOO_FEW', min: Number(issue.minimum) } : { reason: 'TOO_SMALL', min: Number(issue.minimum) };
    case 'too_big':
      return text ? { reason: 'TOO_LONG', max: Number(issue.maximum) } : list ? { reason: 'TOO_MANY', max: Number(issue.maximum) } : { reason: 'TOO_LARGE', max: Number(issue.maximum) };
    case 'invalid_type':
      if (issue.input === undefined || issue.input === null) return { reason: 'REQUIRED' };
      return issue.expected === 'int' ? { reason: 'NOT_WHOLE' } : { reason: 'INVALID' };
    case 'invalid_value':
      return { reason: 'INVALID_CHOICE' };
    case 'invalid_format':
      return reasonOfMessage(issue.message).reason === 'INVALID' ? { reason: 'INVALID_FORMAT' } : reasonOfMessage(issue.message);
    default:
      return reasonOfMessage(issue.message);
  }
}

/** A reason's parameters from an error's extensions, as text (for lists that carry errors as data, e.g. imports). */
export function reasonParams(reason: ErrorReason, extensions: Record<string, unknown>): { name: string; value: string }[] {
  return (errorReasons[reason] as readonly string[])
    .filter((name) => extensions[name] !== undefined && extensions[name] !== null)
    .map((name) => ({ name, value: String(extensions[name]) }));
}
