import { notFound } from '../core/errors';
import { typeOfId } from '../core/ids';
import type { NodeResolvers, QueryResolvers, ViewerResolvers } from '../generated/resolvers';
import type { GraphQLContext } from './context';

/** Loads any entity by global id through its service, so access rules apply exactly as in `school(id:)` etc. */
async function loadNode(id: string, { viewer, services }: GraphQLContext) {
  switch (typeOfId(id)) {
    case 'School':
      return services.schools.get(viewer, id);
    case 'Term':
      return services.terms.get(viewer, id);
    case 'DistrictPolicy': {
      const policy = await services.policy.get(viewer);
      if (policy.id === id) return policy;
      break;
    }
  }
  throw notFound('Node', id);
}

export const coreQueries: Pick<QueryResolvers, 'viewer' | 'node'> = {
  viewer: (_parent, _args, { viewer }) => viewer,
  node: (_parent, { id }, context) => loadNode(id, context),
};

/** The Node types the schema has (ids of other prefixes are never returned as nodes). */
const nodeTypeNames = ['DistrictPolicy', 'School', 'Term', 'Activity', 'Provider', 'Contract', 'Evaluation', 'Document', 'AuditEvent'] as const;
type NodeTypeName = (typeof nodeTypeNames)[number];

export const nodeResolvers: NodeResolvers = {
  __resolveType: (record) => {
    const typeName = typeOfId(record.id);
    return nodeTypeNames.includes(typeName as NodeTypeName) ? (typeName as NodeTypeName) : null;
  },
};

export const viewerFields: ViewerResolvers = {
  schoolId: (viewer) => viewer.schoolId ?? null,
  providerId: (viewer) => viewer.providerId ?? null,
  school: async (viewer, _args, { loaders }) => (viewer.schoolId ? ((await loaders.school.load(viewer.schoolId)) ?? null) : null),
};
