import type { MutationResolvers, QueryResolvers, SchoolResolvers } from '../generated/resolvers';

export const schoolQueries: Pick<QueryResolvers, 'school' | 'schools'> = {
  school: (_parent, { id }, { viewer, services }) => services.schools.get(viewer, id),
  schools: (_parent, args, { viewer, services }) => services.schools.list(viewer, args),
};

export const schoolMutations: Pick<MutationResolvers, 'createSchool' | 'updateSchool' | 'deleteSchool'> = {
  createSchool: (_parent, { input }, { viewer, services }) => services.schools.create(viewer, input),
  updateSchool: (_parent, { id, input, expectedVersion }, { viewer, services }) =>
    services.schools.update(viewer, id, input, expectedVersion),
  deleteSchool: (_parent, { id }, { viewer, services }) => services.schools.delete(viewer, id),
};

export const schoolFields: SchoolResolvers = {
  address: (school) => school.address ?? null,
  principal: (school) => school.principal ?? null,
  terms: (school, { first, after }, { viewer, services }) =>
    services.terms.list(viewer, { first, after, filter: { schoolId: school.id } }),
};
