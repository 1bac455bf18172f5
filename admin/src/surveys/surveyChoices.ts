import { enumChoices } from '../common/enums';
import { questionKindValues, surveyKindValues, surveyScopeValues, surveyStatusValues } from '../generated/enumValues';
import type { QuestionKind, SurveyGroupBy, SurveyKind, SurveyScope, SurveyStatus } from '../generated/graphql';

// The values come from the SDL (generated/enumValues.ts, in the SDL's order). The grouping choices keep their own
// order (school first, the usual reading), typed against the generated enum.
export const surveyKinds = enumChoices<SurveyKind>('surveyKind', surveyKindValues);
export const SURVEY_SCOPES: readonly SurveyScope[] = surveyScopeValues;
export const surveyScopes = enumChoices<SurveyScope>('surveyScope', SURVEY_SCOPES);
export const surveyStatuses = enumChoices<SurveyStatus>('surveyStatus', surveyStatusValues);
export const questionKinds = enumChoices<QuestionKind>('questionKind', questionKindValues);
export const surveyGroupBys = enumChoices<SurveyGroupBy>('surveyGroupBy', ['SCHOOL', 'GRADE', 'PROVIDER', 'ACTIVITY']);

/** The resource a scope's `scopeId` points at (DISTRICT has none). */
export const scopeResource: Record<SurveyScope, string | null> = {
  DISTRICT: null,
  SCHOOL: 'schools',
  PROVIDER: 'providers',
  ACTIVITY: 'activities',
};

/** School admins survey their own school and its activities; district and provider surveys are the district's. */
export const scopesForRole = (role: string | undefined): readonly SurveyScope[] => (role === 'SCHOOL_ADMIN' ? ['SCHOOL', 'ACTIVITY'] : SURVEY_SCOPES);

/** Whether the public page asks parents for their school (as the API decides: district- or provider-wide). */
export const asksForSchool = (scope: SurveyScope | undefined) => scope === 'DISTRICT' || scope === 'PROVIDER';
