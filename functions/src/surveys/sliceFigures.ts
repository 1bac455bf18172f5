import type { Counters } from './responseRepository';
import { SLICE_MIN_ANSWERS } from './schoolSlice';
import type { SurveyRecord } from './surveyEntity';
import { groupSummary, questionResults } from './surveyResults';

// Kept apart from schoolSlice.ts, which the access policies load at every cold start: only reading results needs this.
type Results = ReturnType<typeof questionResults>;

/** A slice's figures from its school's counters: withheld (no counts, rates or means) where fewer than N answered. */
export function sliceFigures(questions: SurveyRecord['questions'], counters: Counters | undefined) {
  const summary = groupSummary(counters);
  const withheld = summary.responseCount < SLICE_MIN_ANSWERS;
  const perQuestion: (Results[number] & { withheld: boolean })[] = questionResults(questions, counters ?? new Map()).map((question) =>
    withheld || question.responseCount < SLICE_MIN_ANSWERS
      ? { ...question, meanRating: null, satisfactionRate: null, options: [], withheld: true }
      : { ...question, withheld: false },
  );
  return { responseCount: summary.responseCount, satisfactionRate: withheld ? null : summary.satisfactionRate, questions: perQuestion, withheld };
}
