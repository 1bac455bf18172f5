import type { Resolvers } from '../generated/resolvers';
import { policyMutations, policyQueries } from '../policy/policyResolvers';
import { schoolFields, schoolMutations, schoolQueries } from '../schools/schoolResolvers';
import { termFields, termMutations, termQueries } from '../terms/termResolvers';
import { connectionFields, edgeFields } from './connection';
import { coreQueries, nodeResolvers, viewerFields } from './coreResolvers';
import { scalarResolvers } from './scalars';

/** All resolvers, one module per domain, merged here and nowhere else. */
export const resolvers: Resolvers = {
  ...scalarResolvers,
  Query: { ...coreQueries, ...policyQueries, ...schoolQueries, ...termQueries },
  Mutation: { ...policyMutations, ...schoolMutations, ...termMutations },
  Node: nodeResolvers,
  Viewer: viewerFields,
  School: schoolFields,
  SchoolConnection: connectionFields,
  SchoolEdge: edgeFields,
  Term: termFields,
  TermConnection: connectionFields,
  TermEdge: edgeFields,
};
