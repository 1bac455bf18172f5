// Namespace import: lets esbuild leave zod's locale bundle out of the Lambda.
import * as z from 'zod';
import { dateString, localTime, optionalText } from '../core/validation';
import { weekdays } from '../policy/policyEntity';
import { optOutReasons } from './applicationEntity';

export const applySchema = z.object({
  studentId: z.string().min(1),
  termId: z.string().min(1),
  days: z
    .array(z.enum(weekdays))
    .min(1, 'needs at least one service day')
    .transform((days) => weekdays.filter((day) => days.includes(day))),
  lateCare: z.boolean(),
  pickupSlot: localTime,
  activityIds: z
    .array(z.string().min(1))
    .max(20, 'at most 20 activity wishes')
    .nullish()
    .transform((ids) => [...new Set(ids ?? [])]),
  consent: z.boolean(),
});

export const decisionComment = optionalText(500);

export const withdrawSchema = z.object({
  reason: optionalText(500),
  from: dateString.nullish(),
  optOutReason: z.enum(optOutReasons).nullish(),
});
