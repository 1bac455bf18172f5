/**
 * Fee and refund arithmetic (收费与退费), in integer fen so that no total ever drifts from the sum of its lines.
 * Pure functions over the terms a bill carries: a bill stores its own rates, so a later policy change never rewrites
 * a past bill, and a refund is computed from the rates the bill was made with.
 *
 * How a month is counted:
 * - PER_DAY: `dailyFee` × the service days of the month (term calendar: holidays out, make-up days in) whose
 *   timetable weekday is one of the days the family applied for, from the day the school approved the enrolment,
 *   before the withdrawal date if any.
 * - MONTHLY: `monthlyFee` for a month with at least one such day (a partial month at the start of a term is a month).
 * - Withdrawal (district rule, `refundDeadlineDay`): effective on or before that day of the month → the month is
 *   not charged at all; later → charged pro rata, `fee × days used / days enrolled`, rounded down to the fen in the
 *   family's favour. PER_DAY needs no rule: unused days are simply not charged.
 * - Hardship (家庭困难): `hardshipDiscountPercent` of the charge off, rounded up to the fen, so the family's share is
 *   rounded down: every rounding of a fee is in the family's favour (公益性, 成本补偿和非营利), as the refund's is.
 */

export type ChargedFeeModel = 'MONTHLY' | 'PER_DAY';

/** The rates a bill is made with (copied from the policy at generation time). */
export interface FeeTerms {
  feeModel: ChargedFeeModel;
  /** `monthlyFee` (MONTHLY) or `dailyFee` (PER_DAY), in fen. */
  unitFeeFen: number;
  discountPercent: number;
  refundDeadlineDay: number;
}

export interface MonthCharge {
  /** The fee before the hardship discount, in fen. */
  fullFen: number;
  discountFen: number;
  /** What the family owes: `fullFen − discountFen`. */
  amountFen: number;
  /** Enrolled service days of the month (the child's weekdays, term calendar applied). */
  enrolledDays: number;
  /** Of those, the days before the withdrawal (all of them without one). */
  usedDays: number;
}

/** Yuan (at most two decimals) → fen, exactly: 80.1 → 8010 (never 8009.999…). */
export const toFen = (yuan: number): number => Math.round(yuan * 100);
/** Fen → yuan for the API (a decimal with at most two places). */
export const toYuan = (fen: number): number => fen / 100;

/** Day of the month of a `YYYY-MM-DD` date. */
const dayOfMonth = (date: string) => Number(date.slice(8, 10));

/**
 * What one child owes for one month. `enrolledDates` are the month's service dates the child is enrolled for, in any
 * order; `withdrawnFrom` is the first date the child no longer attends (absent: still enrolled).
 */
export function monthCharge(terms: FeeTerms, enrolledDates: readonly string[], hardship: boolean, withdrawnFrom?: string | null): MonthCharge {
  const enrolledDays = enrolledDates.length;
  const usedDays = withdrawnFrom ? enrolledDates.filter((date) => date < withdrawnFrom).length : enrolledDays;
  let fullFen = 0;
  if (terms.feeModel === 'PER_DAY') {
    fullFen = terms.unitFeeFen * usedDays;
  } else if (usedDays > 0) {
    const month = enrolledDates[0]?.slice(0, 7);
    const withdrawnThisMonth = Boolean(withdrawnFrom && month && withdrawnFrom.slice(0, 7) === month);
    if (!withdrawnThisMonth || usedDays === enrolledDays) fullFen = terms.unitFeeFen;
    else if (dayOfMonth(withdrawnFrom!) <= terms.refundDeadlineDay) fullFen = 0;
    else fullFen = Math.floor((terms.unitFeeFen * usedDays) / enrolledDays);
  }
  // Integers over 100: the quotient is exact when whole, so ceil never lifts an exact discount by a fen.
  const discountFen = hardship ? Math.ceil((fullFen * terms.discountPercent) / 100) : 0;
  return { fullFen, discountFen, amountFen: fullFen - discountFen, enrolledDays, usedDays };
}

/** The sum of fen amounts (integers: exact for any number of lines). */
export const sumFen = (amounts: Iterable<number>): number => {
  let total = 0;
  for (const amount of amounts) total += amount;
  return total;
};
