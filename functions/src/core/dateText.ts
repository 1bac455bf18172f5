/**
 * Date and time text checks without zod: the GraphQL scalars run them on every request, so they must not bring the
 * validation library into a cold start. core/validation.ts builds its zod schemas on the same checks.
 */

/** Why `value` is not a `YYYY-MM-DD` calendar date, or undefined when it is one. */
export function dateProblem(value: unknown): string | undefined {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return 'must be a date YYYY-MM-DD';
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(value) ? undefined : 'is not a calendar date';
}

export const LOCAL_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** Why `value` is not an `HH:mm` 24-hour time, or undefined when it is one. */
export function localTimeProblem(value: unknown): string | undefined {
  return typeof value === 'string' && LOCAL_TIME.test(value) ? undefined : 'must be a time HH:mm (24-hour)';
}
