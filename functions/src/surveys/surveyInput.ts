// Namespace import: lets esbuild leave zod's locale bundle out of the Lambda.
import * as z from 'zod';
import { optionalText, text } from '../core/validation';
import { questionKinds, surveyKinds, surveyScopes } from './surveyEntity';

const question = z
  .object({
    id: z
      .string()
      .regex(/^[a-z0-9]{1,20}$/, 'must be 1–20 lower-case letters or digits')
      .nullish(),
    kind: z.enum(questionKinds),
    text: text(300),
    options: z
      .array(text(60))
      .max(20, 'has too many options')
      .nullish()
      .transform((list) => list ?? []),
    required: z
      .boolean()
      .nullish()
      .transform((value) => value ?? true),
  })
  .superRefine((q, ctx) => {
    const choice = q.kind === 'SINGLE_CHOICE' || q.kind === 'MULTI_CHOICE';
    if (choice && q.options.length < 2) ctx.addIssue({ code: 'custom', path: ['options'], message: 'needs at least two options' });
    if (!choice && q.options.length > 0) ctx.addIssue({ code: 'custom', path: ['options'], message: 'only choice questions have options' });
    if (new Set(q.options).size !== q.options.length) ctx.addIssue({ code: 'custom', path: ['options'], message: 'lists an option twice' });
  });

const questions = z.array(question).min(1, 'needs at least one question').max(50, 'has too many questions');

export const createSurveySchema = z.object({
  title: text(100),
  intro: optionalText(2000),
  kind: z.enum(surveyKinds),
  scope: z.enum(surveyScopes),
  scopeId: z.string().nullish(),
  termId: z.string().nullish(),
  questions,
  previousSurveyId: z.string().nullish(),
});

export const updateSurveySchema = z.object({
  title: text(100).optional(),
  intro: optionalText(2000).optional(),
  termId: z.string().nullish(),
  questions: questions.optional(),
  previousSurveyId: z.string().nullish(),
});

export const submissionSchema = z.object({
  accessCode: z.string().min(1).max(64),
  respondentKey: z.string().trim().min(8, 'must be 8–128 characters').max(128, 'must be 8–128 characters'),
  grade: z.number().int().min(1, 'grades are 1–9').max(9, 'grades are 1–9').nullish(),
  schoolId: z.string().nullish(),
});
