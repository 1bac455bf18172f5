import type { QueryResolvers } from '../generated/resolvers';

export const complianceQueries: Pick<QueryResolvers, 'complianceReport'> = {
  complianceReport: (_parent, { schoolId, termId }, { viewer, services }) => services.compliance.report(viewer, schoolId, termId),
};
