// Namespace import: lets esbuild leave zod's locale bundle out of the Lambda.
import * as z from 'zod';
import { dateString, grade, optionalText, text } from '../core/validation';
import { staffDuties } from './staffEntity';
import { genders, studentStatuses } from './studentEntity';

/** A phone as schools write them: a mobile (13800138000) or a landline with area code (0531-88886666). */
export const phone = z
  .string()
  .trim()
  .transform((value) => value.replace(/[\s()（）]/g, ''))
  .pipe(z.string().regex(/^(\+?86)?(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/, 'must be a mobile (11 digits) or a landline with area code'));

/** A mainland mobile number, normalised to its 11 digits (guardian accounts sign in with it). */
export const mobile = z
  .string()
  .trim()
  .transform((value) => value.replace(/[\s-]/g, '').replace(/^\+?86/, ''))
  .pipe(z.string().regex(/^1[3-9]\d{9}$/, 'must be a mobile number of 11 digits'));

const optionalPhone = phone.nullish().transform((value) => value ?? undefined);

const duties = z
  .array(z.enum(staffDuties))
  .max(staffDuties.length)
  .transform((list) => staffDuties.filter((duty) => list.includes(duty)));

export const createStaffSchema = z.object({
  schoolId: z.string().min(1),
  name: text(40),
  phone: optionalPhone,
  duties: duties.default([]),
  active: z
    .boolean()
    .nullish()
    .transform((value) => value ?? true),
});

export const updateStaffSchema = z.object({
  name: text(40).optional(),
  phone: phone.nullish(),
  duties: duties.optional(),
  active: z.boolean().optional(),
});

export const createClassSchema = z.object({
  schoolId: z.string().min(1),
  grade,
  name: text(20),
  classTeacherId: z
    .string()
    .nullish()
    .transform((value) => value || undefined),
});

export const updateClassSchema = z.object({
  grade: grade.optional(),
  name: text(20).optional(),
  classTeacherId: z.string().nullish(),
});

export const guardianContact = z.object({
  name: text(40),
  relation: optionalText(20).transform((value) => value ?? undefined),
  phone: optionalPhone,
});

const studentFields = {
  name: text(40),
  gender: z
    .enum(genders)
    .nullish()
    .transform((value) => value ?? undefined),
  leftBehind: z
    .boolean()
    .nullish()
    .transform((value) => value ?? false),
  hardship: z
    .boolean()
    .nullish()
    .transform((value) => value ?? false),
  guardians: z
    .array(guardianContact)
    .max(4, 'at most 4 guardians')
    .nullish()
    .transform((value) => value ?? []),
};

export const createStudentSchema = z.object({ classId: z.string().min(1), ...studentFields });

export const updateStudentSchema = z.object({
  classId: z.string().min(1).optional(),
  name: studentFields.name.optional(),
  gender: z.enum(genders).nullish(),
  leftBehind: z.boolean().optional(),
  hardship: z.boolean().optional(),
  guardians: z.array(guardianContact).max(4, 'at most 4 guardians').optional(),
  status: z.enum(studentStatuses).optional(),
  leftOn: dateString.nullish(),
});
