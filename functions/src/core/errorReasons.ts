import type { ErrorReason } from './errorReasonList';

export type { ErrorReason } from './errorReasonList';

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
  [/must be .*letters or digits|must be 2\u201332/, 'INVALID_FORMAT', () => ({})],
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
      return text
        ? { reason: 'TOO_SHORT', min: Number(issue.minimum) }
        : list
          ? { reason: 'TOO_FEW', min: Number(issue.minimum) }
          : { reason: 'TOO_SMALL', min: Number(issue.minimum) };
    case 'too_big':
      return text
        ? { reason: 'TOO_LONG', max: Number(issue.maximum) }
        : list
          ? { reason: 'TOO_MANY', max: Number(issue.maximum) }
          : { reason: 'TOO_LARGE', max: Number(issue.maximum) };
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
