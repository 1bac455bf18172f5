import { describe, expect, it } from 'vitest';
import { errorReasons } from '../../../functions/src/core/errorReasonList';
import { failureNotice, fieldErrorText } from '../common/useRunOperation';
import { problemText } from '../csv/ImportRecordsTable';
import { errorText, fromGraphQLError } from '../dataProvider/errors';
import { publicSurveyZh } from './zh-CN/publicSurvey';
import { chineseMessages, i18nProvider, loadEnglishMessages } from './index';

/**
 * The zh-CN sweep: every refusal the API can send — each code, with and without a field, with each reason it gives
 * (functions/src/core/errorReasons.ts) — rendered as the console renders it (notification, the text next to a field,
 * a workflow step's notice, a CSV import row). Each must be Chinese: no message key left untranslated, no English
 * text of the server, no raw enum value.
 */
const SERVER_TEXT = 'School code CG-001 is already used by another school (English, for developers)';
const codes = [
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'INVALID_TRANSITION',
  'FORBIDDEN',
  'UNAUTHENTICATED',
  'RATE_LIMITED',
  'INTERNAL_SERVER_ERROR',
  'GRAPHQL_VALIDATION_FAILED',
];

/** Plausible values for every parameter a reason names. */
const sample: Record<string, unknown> = {
  max: 100,
  min: 2,
  step: 5,
  count: 3,
  number: 2,
  row: 7,
  date: '2026-10-01',
  option: '体育',
  schoolCode: 'CG-001',
  creditCode: '91110000MA01ABCD1X',
  schoolYear: '2026-2027',
  semester: 1,
  currentVersion: 4,
  conflictingActivityTitle: '足球社团',
  status: 'DRAFT',
  statusType: 'SurveyStatus',
};
const paramsOf = (reason: keyof typeof errorReasons) => Object.fromEntries((errorReasons[reason] as readonly string[]).map((name) => [name, sample[name]]));

const translate = (key: string, options?: object) => i18nProvider.translate(key, options);

/** What a user could read: untranslated keys, the server's words, English sentences, raw enum values. */
function problemsIn(text: string): string[] {
  const found: string[] = [];
  if (/\b(?:app|resources|ra)\.[a-z_]+\.[\w.]+/.test(text)) found.push('untranslated key');
  if (text.includes('already used') || text.includes(SERVER_TEXT)) found.push('server text');
  if (/[A-Za-z]{2,}[\s,;:]+[A-Za-z]{2,}/.test(text)) found.push('English words');
  if (/\b(?:DRAFT|OPEN|CLOSED|ACTIVE|APPROVED|[A-Z]+_[A-Z_]+)\b/.test(text)) found.push('raw enum or code');
  if (text.trim() === '') found.push('empty');
  return found;
}

/** A rendered field error as react-admin's ValidationError shows it. */
function shownFieldError(message: string): string {
  const prefix = '@@react-admin@@';
  if (!message.startsWith(prefix)) return translate(message, { _: message });
  const { message: key, args } = JSON.parse(message.slice(prefix.length)) as { message: string; args: Record<string, unknown> };
  return translate(key, { _: key, ...args });
}

describe('every refusal reads in Chinese (zh-CN sweep)', () => {
  it('has a sentence for every reason of the API, in both languages, using only the reason’s parameters', async () => {
    const english = await loadEnglishMessages();
    const missing: string[] = [];
    for (const [reason, names] of Object.entries(errorReasons)) {
      for (const [language, tree] of [
        ['zh-CN', chineseMessages],
        ['en', english],
      ] as const) {
        const text = (tree as unknown as { app: { errors: { reasons: Record<string, string> } } }).app.errors.reasons[reason];
        if (!text) missing.push(`${language}: ${reason}`);
        for (const [, name] of text?.matchAll(/%\{(\w+)\}/g) ?? [])
          if (!(names as readonly string[]).includes(name)) missing.push(`${language}: ${reason} uses %{${name}}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('renders every code, field and reason without English or untranslated keys', () => {
    expect(i18nProvider.getLocale()).toBe('zh-CN');
    const failures: string[] = [];
    const check = (what: string, text: string) => {
      const problems = problemsIn(text);
      if (problems.length) failures.push(`${what}: ${problems.join(', ')} — ${text}`);
    };
    const variants = [
      ...codes.map((code) => ({ code, extensions: {} as Record<string, unknown> })),
      ...codes.map((code) => ({ code, extensions: { field: 'code' } as Record<string, unknown> })),
      ...Object.keys(errorReasons).flatMap((reason) =>
        ['BAD_USER_INPUT', 'CONFLICT', 'INVALID_TRANSITION'].flatMap((code) => [
          { code, extensions: { reason, ...paramsOf(reason as keyof typeof errorReasons) } },
          { code, extensions: { reason, field: 'name', ...paramsOf(reason as keyof typeof errorReasons) } },
        ]),
      ),
    ];
    for (const { code, extensions } of variants) {
      const what = `${code} ${JSON.stringify(extensions)}`;
      const error = fromGraphQLError({ message: SERVER_TEXT, extensions: { code, ...extensions } });
      check(`${what} notification`, translate(error.message, { _: error.message }));
      check(`${what} sentence`, errorText(error.body, translate));
      check(`${what} workflow notice`, failureNotice(error, translate)[0]);
      for (const message of Object.values(error.body.errors ?? {})) check(`${what} field`, shownFieldError(message));
      const field = fieldErrorText(error, translate);
      if (field) check(`${what} field text`, field.text);
      const args = {
        ...(extensions.reason ? { reason: String(extensions.reason) } : {}),
        ...Object.fromEntries(Object.entries(paramsOf((extensions.reason ?? 'INVALID') as keyof typeof errorReasons)).map(([k, v]) => [k, String(v)])),
      };
      check(
        `${what} import row`,
        problemText(translate, 'schools', { rows: [2], label: '城关一小', input: {}, problems: [] }, { row: 2, field: 'code', code, args }),
      );
    }
    expect(failures.slice(0, 30)).toEqual([]);
  });

  it('the parents’ page words every refusal it shows without the server’s text', () => {
    for (const text of [publicSurveyZh.rejected, ...Object.values(publicSurveyZh.reasons)]) {
      expect(problemsIn(text.replace(/%\{\w+\}/g, '2'))).toEqual([]);
    }
  });
});
