import type { MutationResolvers, QueryResolvers, RollCallMarkResolvers, RollCallResolvers } from '../generated/resolvers';

export const careQueries: Pick<QueryResolvers, 'rollCall'> = {
  rollCall: (_parent, { activityId, date }, { viewer, services }) => services.rollCalls.ofSession(viewer, activityId, date),
};

export const careMutations: Pick<MutationResolvers, 'recordRollCall'> = {
  recordRollCall: (_parent, { input }, { viewer, services }) => services.rollCalls.record(viewer, input),
};

export const rollCallFields: RollCallResolvers = {
  recorded: (rollCall) => (rollCall as { recorded?: boolean }).recorded ?? true,
  activity: async (rollCall, _args, { loaders }) => (await loaders.activity.load(rollCall.activityId)) ?? null,
};

export const rollCallMarkFields: RollCallMarkResolvers = {
  student: async (mark, _args, { loaders }) => (await loaders.student.load(mark.studentId)) ?? null,
};
