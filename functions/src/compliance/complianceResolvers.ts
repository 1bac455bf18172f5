import type { ComplianceOverviewRowResolvers, QueryResolvers } from '../generated/resolvers';

export const complianceQueries: Pick<QueryResolvers, 'complianceReport' | 'complianceOverview'> = {
  complianceReport: (_parent, { schoolId, termId }, { viewer, services }) => services.compliance.report(viewer, schoolId, termId),
  complianceOverview: (_parent, { schoolYear, semester }, { viewer, services }) => services.complianceOverview.overview(viewer, { schoolYear, semester }),
};

export const complianceOverviewRowFields: ComplianceOverviewRowResolvers = {
  // Rows are of schools the viewer may read; the loaders check again (and batch a page of rows into one request).
  school: (row, _args, { loaders }) => loaders.school.require(row.schoolId),
  term: (row, _args, { loaders }) => loaders.term.require(row.termId),
};
