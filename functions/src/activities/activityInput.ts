// Namespace import: lets esbuild leave zod's locale bundle out of the Lambda.
import * as z from 'zod';
import { minutesOf } from '../core/clock';
import { grade, localTime, optionalText, text } from '../core/validation';
import { weekdays } from '../policy/policyEntity';
import { activityCategories } from '../providers/providerInput';
import { activityStatuses, segments } from './activityEntity';

/** Timetable times sit on 5-minute steps between 06:00 and 22:00. */
const slotTime = localTime
  .refine((time) => minutesOf(time) % 5 === 0, 'must be on a 5-minute step (e.g. 15:35)')
  .refine((time) => time >= '06:00' && time <= '22:00', 'must be between 06:00 and 22:00');

const optionalId = z
  .string()
  .nullish()
  .transform((value) => value || undefined);

const fields = {
  weekday: z.enum(weekdays),
  startTime: slotTime,
  endTime: slotTime,
  title: text(60),
  category: z.enum(activityCategories),
  venue: text(60),
  segment: z.enum(segments),
  staffName: optionalText(40).transform((value) => value ?? undefined),
  providerId: optionalId,
  contractId: optionalId,
  staffId: optionalId,
  grades: z
    .array(grade)
    .min(1, 'needs at least one grade')
    .transform((list) => [...new Set(list)].sort((a, b) => a - b)),
  capacity: z.number().int().min(1, 'must be at least 1').max(3000, 'is too large'),
  enrolledCount: z.number().int().min(0, 'must not be negative').max(3000, 'is too large'),
};

export const createActivitySchema = z.object({
  ...fields,
  termId: z.string().min(1),
  // Accepted for old clients and ignored: the roster decides (see rosters/).
  enrolledCount: fields.enrolledCount.nullish().transform(() => 0),
});

export const updateActivitySchema = z.object({
  weekday: fields.weekday.optional(),
  startTime: fields.startTime.optional(),
  endTime: fields.endTime.optional(),
  title: fields.title.optional(),
  category: fields.category.optional(),
  venue: fields.venue.optional(),
  segment: fields.segment.optional(),
  staffName: optionalText(40).optional(),
  providerId: z.string().nullish(),
  contractId: z.string().nullish(),
  staffId: z.string().nullish(),
  grades: fields.grades.optional(),
  capacity: fields.capacity.optional(),
  // Accepted for old clients and ignored: the roster decides (see rosters/).
  enrolledCount: fields.enrolledCount.optional().transform(() => undefined),
  status: z.enum(activityStatuses).optional(),
});

/** Rules across fields, checked on the merged record. */
export function activityProblem(activity: { startTime: string; endTime: string; capacity: number; enrolledCount: number }) {
  if (activity.endTime <= activity.startTime) return { field: 'endTime', message: 'endTime must be after startTime' };
  if (activity.enrolledCount > activity.capacity)
    return { field: 'capacity', message: `capacity must not be below the ${activity.enrolledCount} students on the roster` };
  return undefined;
}

export const weekdayOrder = (weekday: string) => weekdays.indexOf(weekday as (typeof weekdays)[number]) + 1;
