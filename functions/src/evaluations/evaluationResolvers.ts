import { notFound } from '../core/errors';
import type { EvaluationResolvers, MutationResolvers, QueryResolvers } from '../generated/resolvers';

export const evaluationQueries: Pick<QueryResolvers, 'evaluation' | 'evaluations'> = {
  evaluation: (_parent, { id }, { viewer, services }) => services.evaluations.get(viewer, id),
  evaluations: (_parent, args, { viewer, services }) => services.evaluations.list(viewer, args),
};

export const evaluationMutations: Pick<MutationResolvers, 'recordEvaluation'> = {
  recordEvaluation: (_parent, { input }, { viewer, services }) => services.evaluations.record(viewer, input),
};

export const evaluationFields: EvaluationResolvers = {
  findings: (evaluation) => evaluation.findings ?? null,
  supersedesId: (evaluation) => evaluation.supersedesId ?? null,
  supersededById: (evaluation) => evaluation.supersededById ?? null,
  provider: async (evaluation, _args, { loaders }) => (await loaders.provider.load(evaluation.providerId)) ?? Promise.reject(notFound('Provider', evaluation.providerId)),
  school: async (evaluation, _args, { loaders }) => (await loaders.school.load(evaluation.schoolId)) ?? Promise.reject(notFound('School', evaluation.schoolId)),
};
