import type { Viewer } from '../auth/viewer';
import type { Counters } from './responseRepository';
import { DISTRICT_KEY, type SurveyRecord } from './surveyEntity';
import { groupSummary, questionResults } from './surveyResults';

/**
 * A school admin's slice of a district survey: the answers given for their school only. Figures of a slice are shown
 * only where at least this many answers stand behind them — fewer, and a head teacher who knows which families
 * answered could tell one family's answer. Ten is the smallest group the district publishes results for (a class
 * has 30–45 families); below it the slice shows how many answered, not what.
 */
export const SLICE_MIN_ANSWERS = 10;

/** A survey as a school admin reads it: the district's questionnaire, seen through their school's slice. */
export type SurveyView = SurveyRecord & { schoolSlice?: string };

/** Whether the viewer reads this survey as their school's slice: a published district-wide survey, a school admin. */
export function readsSchoolSlice(viewer: Viewer, survey: SurveyRecord): boolean {
  return viewer.role === 'SCHOOL_ADMIN' && Boolean(viewer.schoolId) && survey.schoolKey === DISTRICT_KEY && survey.scope === 'DISTRICT' && survey.status !== 'DRAFT';
}

export const withSchoolSlice = (survey: SurveyRecord, schoolId: string): SurveyRecord => Object.assign({}, survey, { schoolSlice: schoolId });

export const schoolSliceOf = (survey: SurveyRecord): string | undefined => (survey as SurveyView).schoolSlice;

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
