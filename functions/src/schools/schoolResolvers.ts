import { keptIds } from '../db/memberLists';
import type { MutationResolvers, QueryResolvers, SchoolResolvers } from '../generated/resolvers';
import { nodeFieldArgs, startNestedLoads } from '../server/connectionPrefetch';
import type { GraphQLContext } from '../server/context';
import type { SchoolRecord } from './schoolEntity';

/** A school's terms page, through the per-request loader (kept term ids: a response's schools share one BatchGetItem). */
const termsOf = (school: SchoolRecord, { first, after }: { first?: number | null; after?: string | null }, { viewer, loaders }: GraphQLContext) =>
  loaders.connections.schoolTerms.load({ viewer, parentId: school.id, first, after, memberIds: keptIds(school, 'termIds') });

export const schoolQueries: Pick<QueryResolvers, 'school' | 'schools'> = {
  school: (_parent, { id }, { viewer, services }) => services.schools.get(viewer, id),
  schools: async (_parent, args, context, info) => {
    const { viewer, services, loaders } = context;
    const page = await services.schools.list(viewer, args);
    // The page's School.terms reads start now, not after GraphQL has walked every school.
    startNestedLoads(nodeFieldArgs(info, 'School', 'terms'), page.items, ({ record }, termArgs: { first?: number | null; after?: string | null }) =>
      termsOf(record, termArgs, context),
    );
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
  terms: (school, args, context) => {
    // Every term of this connection belongs to this school: its Term.school is already known.
    context.loaders.school.prime(school.id, school);
    return termsOf(school, args, context);
  },
};
