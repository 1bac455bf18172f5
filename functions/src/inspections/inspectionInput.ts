// Namespace import: lets esbuild leave zod's locale bundle out of the Lambda.
import * as z from 'zod';
import { dateString, optionalText, text } from '../core/validation';
import { findingSeverities } from './inspectionEntity';

const finding = z.object({
  item: text(200),
  severity: z.enum(findingSeverities),
  rectifyBy: dateString,
});

export const recordInspectionSchema = z.object({
  schoolId: z.string().min(1),
  date: dateString,
  inspectors: z.array(text(40)).min(1, 'needs at least one inspector').max(10, 'has too many inspectors'),
  summary: optionalText(1000).transform((value) => value ?? undefined),
  score: z.number().int().min(0, 'is a score (0–100)').max(100, 'is a score (0–100)'),
  findings: z
    .array(finding)
    .max(50, 'has too many findings')
    .nullish()
    .transform((list) => list ?? []),
});

export const rectificationNote = text(1000);

/** Cross-field rules: every deadline on or after the inspection date. */
export function inspectionProblem(input: { date: string; findings: { rectifyBy: string }[] }): { field: string; message: string } | undefined {
  const index = input.findings.findIndex((f) => f.rectifyBy < input.date);
  return index >= 0
    ? { field: `findings.${index}.rectifyBy`, message: `findings.${index}.rectifyBy must not be before the inspection date ${input.date}` }
    : undefined;
}
