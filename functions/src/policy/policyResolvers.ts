import type { MutationResolvers, QueryResolvers } from '../generated/resolvers';

export const policyQueries: Pick<QueryResolvers, 'districtPolicy'> = {
  districtPolicy: (_parent, _args, { viewer, services }) => services.policy.get(viewer),
};

export const policyMutations: Pick<MutationResolvers, 'updateDistrictPolicy'> = {
  updateDistrictPolicy: (_parent, { input, expectedVersion }, { viewer, services }) => services.policy.update(viewer, input, expectedVersion),
};
