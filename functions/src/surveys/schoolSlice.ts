import type { Viewer } from '../auth/viewer';
import { DISTRICT_KEY, type SurveyRecord } from './surveyEntity';

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
  return viewer.role === 'SCHOOL_ADMIN' && survey.schoolKey === DISTRICT_KEY && survey.scope === 'DISTRICT' && survey.status !== 'DRAFT';
}

export const withSchoolSlice = (survey: SurveyRecord, schoolId: string): SurveyRecord => Object.assign({}, survey, { schoolSlice: schoolId });

export const schoolSliceOf = (survey: SurveyRecord): string | undefined => (survey as SurveyView).schoolSlice;
