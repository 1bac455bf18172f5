// Namespace import: lets esbuild leave zod's locale bundle out of the Lambda.
import * as z from 'zod';
import { dateString, optionalText, text } from '../core/validation';
import { providerKinds } from './providerEntity';

export const activityCategories = ['HOMEWORK', 'READING', 'SPORTS', 'ARTS', 'SCIENCE', 'LABOUR', 'CLUB', 'SELF_STUDY', 'LATE_CARE'] as const;

/** Categories that count as academic (homework help, self-study): training institutions may offer none of them (non-academic only). */
export const academicCategories: readonly string[] = ['HOMEWORK', 'SELF_STUDY'];

const qualification = z
  .object({
    id: z.string().nullish(),
    certificateType: text(40),
    number: text(60),
    issuer: text(80),
    validFrom: dateString,
    validTo: dateString,
    documentId: z.string().nullish(),
  })
  .refine((q) => q.validTo >= q.validFrom, { message: 'validTo must not be before validFrom', path: ['validTo'] });

const staffMember = z.object({
  name: text(40),
  role: optionalText(40).transform((value) => value ?? undefined),
  certificates: z
    .array(z.object({ certificateType: text(40), number: text(60), validTo: dateString.nullish().transform((value) => value ?? undefined) }))
    .max(20, 'has too many certificates')
    .nullish()
    .transform((list) => list ?? []),
});

const fields = {
  name: text(100),
  // 统一社会信用代码: 18 characters of digits and capital letters.
  creditCode: z
    .string()
    .trim()
    .transform((code) => code.toUpperCase())
    .pipe(z.string().regex(/^[0-9A-Z]{18}$/, 'must be an 18-character unified social credit code')),
  kind: z.enum(providerKinds),
  contactName: text(40),
  contactPhone: z
    .string()
    .trim()
    .regex(/^[0-9+\-\s()]{6,20}$/, 'must be a phone number'),
  address: optionalText(200),
  serviceCategories: z
    .array(z.enum(activityCategories))
    .min(1, 'needs at least one category')
    .transform((list) => [...new Set(list)]),
  qualifications: z.array(qualification).max(30, 'has too many qualifications'),
  staff: z.array(staffMember).max(200, 'has too many staff'),
};

export const createProviderSchema = z.object({
  ...fields,
  qualifications: fields.qualifications.nullish().transform((list) => list ?? []),
  staff: fields.staff.nullish().transform((list) => list ?? []),
});

export const updateProviderSchema = z.object({
  name: fields.name.optional(),
  creditCode: fields.creditCode.optional(),
  kind: fields.kind.optional(),
  contactName: fields.contactName.optional(),
  contactPhone: fields.contactPhone.optional(),
  address: fields.address.optional(),
  serviceCategories: fields.serviceCategories.optional(),
  qualifications: fields.qualifications.optional(),
  staff: fields.staff.optional(),
});

/** Fields a provider's own user may change; the rest is the district's. */
export const providerEditableBySelf = new Set(['contactName', 'contactPhone', 'address', 'qualifications', 'staff', 'serviceCategories']);
