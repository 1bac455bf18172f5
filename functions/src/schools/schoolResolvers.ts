import { keptIds } from '../db/memberLists';
import { keptTermItems } from './termCopies';
import type { MutationResolvers, QueryResolvers, SchoolResolvers } from '../generated/resolvers';

export const schoolQueries: Pick<QueryResolvers, 'school' | 'schools'> = {
  school: (_parent, { id }, { viewer, services }) => services.schools.get(viewer, id),
  schools: async (_parent, args, { viewer, services, loaders }) => {
    const page = await services.schools.list(viewer, args);
    // Nested fields that point back to these schools (Term.school, Activity.school) then need no BatchGetItem.
    for (const { record } of page.items) loaders.school.prime(record.id, record);
    return page;
  },
};

export const schoolMutations: Pick<MutationResolvers, 'createSchool' | 'updateSchool' | 'deleteSchool'> = {
  createSchool: (_parent, { input }, { viewer, services }) => services.schools.create(viewer, input),
  updateSchool: (_parent, { id, input, expectedVersion }, { viewer, services }) => services.schools.update(viewer, id, input, expectedVersion),
  deleteSchool: (_parent, { id }, { viewer, services }) => services.schools.delete(viewer, id),
};

export const schoolFields: SchoolResolvers = {
  address: (school) => school.address ?? null,
  principal: (school) => school.principal ?? null,
  terms: (school, { first, after }, { viewer, loaders }) => {
    // Every term of this connection belongs to this school: its Term.school is already known.
    loaders.school.prime(school.id, school);
    // The school's copies of its terms (schools/termCopies.ts) need no read; else kept term ids (db/memberLists.ts)
    // let a response's schools share one BatchGetItem.
    const memberItems = keptTermItems(school);
    return loaders.connections.schoolTerms.load({
      viewer,
      parentId: school.id,
      first,
      after,
      ...(memberItems ? { memberItems } : { memberIds: keptIds(school, 'termIds') }),
    });
  },
};
