/**
 * Formats an API `Date` (`YYYY-MM-DD`) for people: `2026年9月1日` in Chinese, `Sep 1, 2026` in
 * English. Parsed as a calendar date, never through the browser's time zone (a date must not shift).
 */
export function formatDate(value: string | null | undefined, locale: string): string {
  if (!value) return '';
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return value;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(date);
}

/** Formats an API `DateTime` (UTC instant) in school-local time (Asia/Shanghai). */
export function formatDateTime(value: string | null | undefined, locale: string): string {
  if (!value) return '';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Asia/Shanghai',
  }).format(date);
}

/** A school year `YYYY-YYYY` of two consecutive years. */
export function isSchoolYear(value: string): boolean {
  const match = /^(\d{4})-(\d{4})$/.exec(value);
  return !!match && Number(match[2]) === Number(match[1]) + 1;
}

/** Decimal yuan as money in the user's language (`¥12,800.00`). */
export function formatYuan(value: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency: 'CNY' }).format(value);
}
