/**
 * Why a request was refused, as a stable key with named parameters (`extensions.reason` and the parameters beside
 * it in `extensions`), so a client words the refusal in its own language: the `message` of an error is English for
 * developers and logs, never meant for end users. The console has a sentence per reason in each language (its
 * tests check every reason listed here). A refusal without a reason is described by its code and field alone.
 * Kept apart from errorReasons.ts, which every request loads: only the import lists and the tests read this table.
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
  // A request over a query limit (field `query`; also `limit` and `found`)
  QUERY_TOO_DEEP: ['max'],
  QUERY_TOO_COSTLY: ['max'],
  TOO_MANY_ALIASES: ['max'],
  TOO_MANY_DIRECTIVES: ['max'],
  TOO_MANY_TOKENS: ['max'],
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
  UNKNOWN_CLASS: ['className'],
  // Conflicts (CONFLICT)
  REPEATS_ROW: ['row'],
  ALREADY_IN_CLASS: [],
  DUPLICATE_SCHOOL_CODE: ['schoolCode'],
  DUPLICATE_CREDIT_CODE: ['creditCode'],
  DUPLICATE_TERM: ['schoolYear', 'semester'],
  DUPLICATE_PAYMENT_REFERENCE: [],
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

/** A reason's parameters from an error's extensions, as text (for lists that carry errors as data, e.g. imports). */
export function reasonParams(reason: ErrorReason, extensions: Record<string, unknown>): { name: string; value: string }[] {
  return (errorReasons[reason] as readonly string[])
    .filter((name) => extensions[name] !== undefined && extensions[name] !== null)
    .map((name) => ({ name, value: String(extensions[name]) }));
}
