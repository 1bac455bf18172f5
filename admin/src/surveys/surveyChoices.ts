import { enumChoices } from '../common/enums';
import type { QuestionKind, SurveyGroupBy, SurveyKind, SurveyScope, SurveyStatus } from '../generated/graphql';

// Typed against the generated enums: a value renamed or removed in the SDL fails to compile here.
export const surveyKinds = enumChoices<SurveyKind>('surveyKind', ['SATISFACTION', 'DEMAND']);
export const SURVEY_SCOPES: readonly SurveyScope[] = ['DISTRICT', 'SCHOOL', 'PROVIDER', 'ACTIVITY'];
export const surveyScopes = enumChoices<SurveyScope>('surveyScope', SURVEY_SCOPES);
export const surveyStatuses = enumChoices<SurveyStatus>('surveyStatus', ['DRAFT', 'OPEN', 'CLOSED']);
export const questionKinds = enumChoices<QuestionKind>('questionKind', ['RATING', 'SINGLE_CHOICE', 'MULTI_CHOICE', 'TEXT']);
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
