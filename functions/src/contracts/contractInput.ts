// Namespace import: lets esbuild leave zod's locale bundle out of the Lambda.
import * as z from 'zod';
import { dateString, text } from '../core/validation';

/** At most two decimals, tolerating binary noise (0.29 × 100 = 28.999…96). */
const twoDecimals = (value: number) => Math.round(value * 100) === Math.round(value * 100 * 1e6) / 1e6;
/** Stored exactly at two decimals: the noise the check tolerates (and magnitudes like 5e-324 that DynamoDB cannot store) is rounded away. */
const toFen = (value: number) => Math.round(value * 100) / 100;

const yuan = z
  .number()
  .min(0, 'must not be negative')
  .max(10_000_000, 'is too large')
  .refine(twoDecimals, 'takes at most two decimals (yuan and fen)')
  .transform(toFen);

const hours = z
  .number()
  .max(10_000, 'is too large')
  .refine(twoDecimals, 'takes at most two decimals')
  .transform(toFen)
  .refine((value) => value > 0, 'must be more than 0');

export const createContractSchema = z.object({
  schoolId: z.string().min(1),
  providerId: z.string().min(1),
  termId: z.string().min(1),
  serviceMethod: text(2000),
  serviceContent: text(4000),
  safetyMeasures: text(4000),
  ratePerHour: yuan,
  hours,
  startDate: dateString.nullish(),
  endDate: dateString.nullish(),
});

export const updateContractSchema = z.object({
  serviceMethod: text(2000).optional(),
  serviceContent: text(4000).optional(),
  safetyMeasures: text(4000).optional(),
  ratePerHour: yuan.optional(),
  hours: hours.optional(),
  startDate: dateString.optional(),
  endDate: dateString.optional(),
});

/** Clause 4's total in yuan, rounded to the fen. */
export const totalOf = (ratePerHour: number, hours: number) => Math.round(ratePerHour * hours * 100) / 100;
