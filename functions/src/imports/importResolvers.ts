import type { MutationResolvers } from '../generated/resolvers';

export const importMutations: Pick<MutationResolvers, 'importSchools' | 'importProviders'> = {
  importSchools: (_parent, { rows, ...options }, { viewer, services }) => services.imports.importSchools(viewer, rows, options),
  importProviders: (_parent, { rows, ...options }, { viewer, services }) => services.imports.importProviders(viewer, rows, options),
};
