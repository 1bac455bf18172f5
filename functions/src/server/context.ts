import type { Viewer } from '../auth/viewer';
import { createLoaders, type Loaders } from './loaders';
import type { Services } from './services';

/**
 * The services a resolver may call: the domain services, which apply the record-level access rules (SPEC §4). The
 * table client, the repositories and the document storage are left out, so no resolver can read around them; the
 * loaders, built from the whole set, pass every record through its access policy too.
 */
export type ResolverServices = Omit<Services, 'db' | 'repositories' | 'storage' | 'loadCareRepositories'>;

/** What every resolver receives: who asks, the domain services, and this request's loaders. */
export interface GraphQLContext {
  viewer: Viewer | null;
  services: ResolverServices;
  loaders: Loaders;
  /** True on the unauthenticated public route: only the public operations (surveys, published disclosures) may run there. */
  publicRoute?: boolean;
  /** The caller's network address (API Gateway's sourceIp; the socket's locally), for per-client rate limits only. */
  clientAddress?: string;
}

export function createContext(services: Services, viewer: Viewer | null, options: { publicRoute?: boolean; clientAddress?: string } = {}): GraphQLContext {
  return { viewer, services, loaders: createLoaders(services, viewer), publicRoute: options.publicRoute, clientAddress: options.clientAddress };
}
