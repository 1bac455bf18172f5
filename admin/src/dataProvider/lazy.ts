import type { AppDataProvider } from './index';

const methods = [
  'getList',
  'getOne',
  'getMany',
  'getManyReference',
  'create',
  'update',
  'updateMany',
  'delete',
  'deleteMany',
  'copyTermToAllSchools',
  'execute',
  'uploadDocument',
  'documentUrl',
] as const satisfies readonly (keyof AppDataProvider)[];

type AnyMethod = (...args: unknown[]) => Promise<unknown>;

/**
 * A data provider that loads the real one (Apollo, GraphQL documents) on its first call. The sign-in
 * page and the dashboard need none of it, so it stays out of the first bundle.
 */
export function lazyDataProvider(load: () => Promise<AppDataProvider>): AppDataProvider {
  let loading: Promise<AppDataProvider> | undefined;
  const provider = (): Promise<AppDataProvider> => {
    loading ??= load().catch((error: unknown) => {
      loading = undefined; // a failed chunk download (offline) must be retried on the next call
      throw error;
    });
    return loading;
  };
  const entries = methods.map((method) => [
    method,
    // Each method forwards its own arguments unchanged; the union of their signatures cannot be named.
    (...args: unknown[]) => provider().then((real) => (real[method] as AnyMethod)(...args)),
  ]);
  return Object.fromEntries(entries) as AppDataProvider;
}
