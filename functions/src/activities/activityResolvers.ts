import type { ActivityResolvers, MutationResolvers, QueryResolvers } from '../generated/resolvers';
import { minutesOf } from '../core/clock';

export const activityQueries: Pick<QueryResolvers, 'activity' | 'activities'> = {
  activity: (_parent, { id }, { viewer, services }) => services.activities.get(viewer, id),
  activities: (_parent, args, { viewer, services }) => services.activities.list(viewer, args),
};

export const activityMutations: Pick<MutationResolvers, 'createActivity' | 'updateActivity' | 'deleteActivity'> = {
  createActivity: (_parent, { input }, { viewer, services }) => services.activities.create(viewer, input),
  updateActivity: (_parent, { id, input, expectedVersion }, { viewer, services }) => services.activities.update(viewer, id, input, expectedVersion),
  deleteActivity: (_parent, { id }, { viewer, services }) => services.activities.delete(viewer, id),
};

export const activityFields: ActivityResolvers = {
  weekday: (activity) => activity.weekday,
  staffName: (activity) => activity.staffName ?? null,
  providerId: (activity) => activity.providerId ?? null,
  contractId: (activity) => activity.contractId ?? null,
  durationMinutes: (activity) => minutesOf(activity.endTime) - minutesOf(activity.startTime),
  school: (activity, _args, { loaders }) => loaders.school.require(activity.schoolId),
  term: (activity, _args, { loaders }) => loaders.term.require(activity.termId),
  provider: async (activity, _args, { loaders }) => (activity.providerId ? ((await loaders.provider.load(activity.providerId)) ?? null) : null),
  contract: async (activity, _args, { loaders }) => (activity.contractId ? ((await loaders.contract.load(activity.contractId)) ?? null) : null),
};
