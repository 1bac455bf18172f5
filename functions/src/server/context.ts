import type { Viewer } from '../auth/viewer';
import { createLoaders, type Loaders } from './loaders';
import type { Services } from './services';

/** What every resolver receives: who asks, the domain services, and this request's loaders. */
export interface GraphQLContext {
  viewer: Viewer | null;
  services: Services;
  loaders: Loaders;
  /** True on the unauthenticated public route: only the public survey operations may run there. */
  publicRoute?: boolean;
  /** The caller's network address (API Gateway's sourceIp; the socket's locally), for per-client rate limits only. */
  clientAddress?: string;
}

export function createContext(services: Services, viewer: Viewer | null, options: { publicRoute?: boolean; clientAddress?: string } = {}): GraphQLContext {
  return { viewer, services, loaders: createLoaders(services, viewer), publicRoute: options.publicRoute, clientAddress: options.clientAddress };
}
