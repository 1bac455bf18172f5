// Namespace import: lets esbuild leave zod's locale bundle out of the Lambda.
import * as z from 'zod';
import { grade, localTime, optionalText, text } from '../core/validation';
import { leadershipRoles, ownerships, schoolTypes } from './schoolEntity';

const leadershipMember = z.object({
  role: z.enum(leadershipRoles),
  name: text(40),
  title: optionalText(40).transform((value) => value ?? undefined),
});

const pickupSlot = z.object({
  grades: z.array(grade).min(1, 'needs at least one grade'),
  times: z
    .array(localTime)
    .min(1, 'needs at least one time')
    .transform((times) => [...new Set(times)].sort()),
});

const schoolFields = {
  name: text(80),
  // Codes are compared case-insensitively (stored upper case) so "xx001" and "XX001" cannot both exist.
  code: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9-]{2,32}$/, 'must be 2–32 letters, digits or dashes')
    .transform((code) => code.toUpperCase()),
  type: z.enum(schoolTypes),
  ownership: z.enum(ownerships),
  grades: z
    .array(grade)
    .min(1, 'needs at least one grade')
    .transform((grades) => [...new Set(grades)].sort((a, b) => a - b)),
  address: optionalText(200),
  studentCount: z.number().int().min(0, 'must not be negative').max(20000, 'is too large'),
  principal: optionalText(40),
  leadershipGroup: z.array(leadershipMember).max(50, 'has too many members'),
  pickupSlots: z.array(pickupSlot).max(9, 'has too many grade bands'),
};

export const createSchoolSchema = z.object({
  ...schoolFields,
  studentCount: schoolFields.studentCount.nullish().transform((count) => count ?? 0),
  leadershipGroup: schoolFields.leadershipGroup.nullish().transform((list) => list ?? []),
  pickupSlots: schoolFields.pickupSlots.nullish().transform((list) => list ?? []),
});

/** Every field optional; a null for a required field is refused rather than silently ignored. */
export const updateSchoolSchema = z.object({
  name: schoolFields.name.optional(),
  code: schoolFields.code.optional(),
  type: schoolFields.type.optional(),
  ownership: schoolFields.ownership.optional(),
  grades: schoolFields.grades.optional(),
  address: schoolFields.address.optional(),
  studentCount: schoolFields.studentCount.optional(),
  principal: schoolFields.principal.optional(),
  leadershipGroup: schoolFields.leadershipGroup.optional(),
  pickupSlots: schoolFields.pickupSlots.optional(),
});
