// Namespace import: lets esbuild leave zod's locale bundle out of the Lambda.
import * as z from 'zod';
import { dateProblem, LOCAL_TIME } from './dateText';
import { badInput } from './errors';
import { reasonOfIssue } from './errorReasons';

/** `YYYY-MM-DD` that is a real calendar date. */
export const dateString = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD')
  .refine((value) => dateProblem(value) === undefined, 'is not a calendar date');

/** `HH:mm`, 24-hour clock. */
export const localTime = z.string().regex(LOCAL_TIME, 'must be a time HH:mm (24-hour)');

/** A required, trimmed line of text. */
export const text = (max: number) => z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);

/** An optional line of text; empty becomes null so clearing a field works. */
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `must be at most ${max} characters`)
    .nullish()
    .transform((value) => (value ? value : null));

export const grade = z.number().int().min(1, 'grades are 1–9').max(9, 'grades are 1–9');

/**
 * Parses GraphQL input with a zod schema. The first problem becomes BAD_USER_INPUT naming the field
 * (dotted path inside the input, e.g. `leadershipGroup.0.name`), so the console can show it next to that field.
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = issue.path.map(String).join('.') || 'input';
  throw badInput(field, `${field} ${issue.message}`, {
    ...reasonOfIssue(issue),
    problems: result.error.issues.map((i) => ({ field: i.path.map(String).join('.'), message: i.message })),
  });
}

/** Removes keys whose value is undefined (GraphQL omitted them), so partial updates keep stored values. */
export function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
