import type { EvaluationRecord, StandingRecord } from './evaluationEntity';

/**
 * The standing after recording `evaluation` (which may replace `superseded`): the sum and count of current
 * totals, and the latest evaluation by date (ties go to the newer record). Pure, so the rules are unit-tested.
 */
export function nextStanding(
  current: StandingRecord | undefined,
  key: { providerId: string; scope: string },
  evaluation: Pick<EvaluationRecord, 'id' | 'date' | 'total'>,
  superseded?: Pick<EvaluationRecord, 'id' | 'total'>,
): StandingRecord {
  const base: StandingRecord = current ?? { ...key, sum: 0, count: 0, version: 0 };
  const next: StandingRecord = {
    ...base,
    sum: base.sum + evaluation.total - (superseded?.total ?? 0),
    count: base.count + (superseded ? 0 : 1),
    version: base.version + 1,
  };
  const replacesLatest = superseded && base.latestEvaluationId === superseded.id;
  if (replacesLatest || !base.latestDate || evaluation.date >= base.latestDate) {
    next.latestScore = evaluation.total;
    next.latestDate = evaluation.date;
    next.latestEvaluationId = evaluation.id;
  }
  return next;
}

/** Mean of current totals, one decimal; null before the first evaluation. */
export const averageOf = (standing: StandingRecord | undefined) =>
  standing && standing.count > 0 ? Math.round((standing.sum / standing.count) * 10) / 10 : null;
