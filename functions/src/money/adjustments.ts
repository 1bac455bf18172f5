import * as z from 'zod';
import { nowIso } from '../core/clock';
import { randomToken } from '../core/ids';
import { text } from '../core/validation';
import { toFen } from './fees';

/** The amount and reason of a correction line on a confirmed sheet (stipend sheet or provider statement). */
export const adjustmentFields = {
  amount: z
    .number()
    .min(-1_000_000, 'is too small')
    .max(1_000_000, 'is too large')
    .refine((value) => value !== 0, 'must not be 0')
    .refine((value) => Math.round(value * 100) === value * 100, 'takes at most two decimals (yuan and fen)'),
  reason: text(300),
};

/** The stored part every adjustment line shares: its id, amount in fen, reason and who added it when. */
export function adjustmentLine(values: { amount: number; reason: string }, createdBy: string) {
  return { id: `adj_${randomToken(10)}`, amountFen: toFen(values.amount), reason: values.reason, createdAt: nowIso(), createdBy };
}
