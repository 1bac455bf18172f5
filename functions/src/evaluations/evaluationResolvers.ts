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
  provider: (evaluation, _args, { loaders }) => loaders.provider.require(evaluation.providerId),
  school: (evaluation, _args, { loaders }) => loaders.school.require(evaluation.schoolId),
};
