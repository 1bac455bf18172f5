import type { MutationResolvers, PublicSurveyResolvers, QueryResolvers, SurveyResolvers } from '../generated/resolvers';

export const surveyQueries: Pick<QueryResolvers, 'survey' | 'surveys' | 'surveyResults' | 'publicSurvey'> = {
  survey: (_parent, { id }, { viewer, services }) => services.surveys.get(viewer, id),
  surveys: (_parent, args, { viewer, services }) => services.surveys.list(viewer, args),
  surveyResults: (_parent, { surveyId, groupBy }, { viewer, services }) => services.answers.results(viewer, surveyId, groupBy),
  publicSurvey: (_parent, { accessCode }, { services }) => services.answers.publicView(accessCode),
};

export const surveyMutations: Pick<
  MutationResolvers,
  'createSurvey' | 'updateSurvey' | 'deleteSurvey' | 'publishSurvey' | 'closeSurvey' | 'submitSurveyResponse' | 'issueRespondentKey'
> = {
  createSurvey: (_parent, { input }, { viewer, services }) => services.surveys.create(viewer, input),
  updateSurvey: (_parent, { id, input, expectedVersion }, { viewer, services }) => services.surveys.update(viewer, id, input, expectedVersion),
  deleteSurvey: (_parent, { id }, { viewer, services }) => services.surveys.delete(viewer, id),
  publishSurvey: (_parent, { id, expectedVersion }, { viewer, services }) => services.surveys.publish(viewer, id, expectedVersion),
  closeSurvey: (_parent, { id, expectedVersion }, { viewer, services }) => services.surveys.close(viewer, id, expectedVersion),
  // Anonymous by design: the viewer is not consulted, and nothing about the caller is stored (the address only
  // feeds the per-network rate limits, as a keyed hash).
  submitSurveyResponse: (_parent, args, { services, clientAddress }) => services.answers.submit(args, clientAddress),
  issueRespondentKey: (_parent, { accessCode }, { services, clientAddress }) => services.answers.issueKey(accessCode, clientAddress),
};

const orNull = <T>(value: T | undefined) => value ?? null;

export const surveyFields: SurveyResolvers = {
  intro: (survey) => orNull(survey.intro),
  scopeId: (survey) => orNull(survey.scopeId),
  termId: (survey) => orNull(survey.termId),
  schoolId: (survey) => (survey.schoolKey === 'district' ? null : survey.schoolKey),
  previousSurveyId: (survey) => orNull(survey.previousSurveyId),
  openedAt: (survey) => orNull(survey.openedAt),
  closedAt: (survey) => orNull(survey.closedAt),
  responseCount: (survey, _args, { loaders }) => loaders.surveyResponseCount.load(survey.id),
};

export const publicSurveyFields: PublicSurveyResolvers = {
  intro: (survey) => orNull(survey.intro),
};
