import type { QueryResolvers } from '../generated/resolvers';

export const dashboardQueries: Pick<QueryResolvers, 'dashboard'> = {
  dashboard: (_parent, { schoolId }, { viewer, services }) => services.dashboard.get(viewer, schoolId),
};
