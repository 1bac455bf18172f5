// Namespace import: lets esbuild leave zod's locale bundle out of the Lambda.
import * as z from 'zod';
import { dateString, text } from '../core/validation';

const yuan = z
  .number()
  .min(0, 'must not be negative')
  .max(10_000_000, 'is too large')
  .refine((value) => Math.round(value * 100) === Math.round(value * 100 * 1e6) / 1e6, 'takes at most two decimals (yuan and fen)');

/** At most two decimals like money: this also keeps out magnitudes DynamoDB cannot store (e.g. 1e-300). */
const twoDecimals = (value: number) => Math.round(value * 100) === Math.round(value * 100 * 1e6) / 1e6;

const hours = z.number().gt(0, 'must be more than 0').max(10_000, 'is too large').refine(twoDecimals, 'takes at most two decimals');

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
