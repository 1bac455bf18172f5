import { badInput } from '../core/errors';
import type { MutationResolvers, QueryResolvers, TermResolvers } from '../generated/resolvers';

export const termQueries: Pick<QueryResolvers, 'term' | 'terms'> = {
  term: (_parent, { id }, { viewer, services }) => services.terms.get(viewer, id),
  terms: (_parent, args, { viewer, services }) => services.terms.list(viewer, args),
};

export const termMutations: Pick<MutationResolvers, 'createTerm' | 'copyTermToAllSchools' | 'updateTerm' | 'deleteTerm'> = {
  createTerm: (_parent, { input }, { viewer, services }) => services.terms.create(viewer, input),
  copyTermToAllSchools: (_parent, { termId }, { viewer, services }) => services.terms.copyToAllSchools(viewer, termId),
  updateTerm: (_parent, { id, input, expectedVersion }, { viewer, services }) => services.terms.update(viewer, id, input, expectedVersion),
  deleteTerm: (_parent, { id }, { viewer, services }) => services.terms.delete(viewer, id),
};

export const termFields: TermResolvers = {
  // Whoever could read the term may read its school: batched by the per-request loader.
  school: (term, _args, { loaders }) => loaders.school.require(term.schoolId),
  makeUpDays: (term) => term.makeUpDays ?? [],
  calendar: async (term, { month }, { services }) => {
    if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) throw badInput('month', 'month must look like 2026-10 (YYYY-MM)');
    return (await services.calendar.forTerm(term)).month(month);
  },
  serviceDayCount: async (term, _args, { services }) => (await services.calendar.forTerm(term)).serviceDays().length,
};
