type AsyncMethods = Record<string, (...args: never[]) => Promise<unknown>>;

/**
 * A domain service whose code is loaded on its first call: `load` dynamically imports the module and builds the
 * service, once. In the Lambda bundle each such module is a chunk of its own, so a cold start does not load the
 * code of domains its request never touches (surveys, inspections, the dashboard…); the first call of one pays a
 * chunk load of a few milliseconds. Every method must return a promise — the type refuses a service with a
 * synchronous method, which could not wait for its code.
 */
export function lazyService<T extends { [K in keyof T]: (...args: never[]) => Promise<unknown> }>(load: () => Promise<T>): T {
  let loading: Promise<T> | undefined;
  const service = () =>
    (loading ??= load().catch((error: unknown) => {
      // A failed load (a missing chunk) is retried by the next call rather than remembered.
      loading = undefined;
      throw error;
    }));
  const methods = new Map<PropertyKey, (...args: never[]) => Promise<unknown>>();
  return new Proxy({} as T, {
    get: (_shell, key) => {
      if (typeof key === 'symbol' || key === 'then') return undefined;
      let method = methods.get(key);
      if (!method) {
        method = async (...args: never[]) => {
          const target = (await service()) as unknown as AsyncMethods;
          const fn = target[key];
          if (typeof fn !== 'function') throw new TypeError(`The service has no method "${key}"`);
          return fn.apply(target, args);
        };
        methods.set(key, method);
      }
      return method;
    },
  });
}
