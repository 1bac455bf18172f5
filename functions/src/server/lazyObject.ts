/**
 * An object made on first use: `make` runs when a property is first read, and every later read goes to what it
 * made. Repositories are built this way so that a cold start does not construct the ElectroDB entities of
 * every table access pattern (about a fifth of module init) before the first request needs a few of them.
 */
export function lazyObject<T extends object>(make: () => T): T {
  let made: T | undefined;
  const target = () => (made ??= make());
  return new Proxy({} as T, {
    get: (_shell, key) => Reflect.get(target(), key),
    has: (_shell, key) => Reflect.has(target(), key),
    ownKeys: () => Reflect.ownKeys(target()),
    getOwnPropertyDescriptor: (_shell, key) => {
      const descriptor = Reflect.getOwnPropertyDescriptor(target(), key);
      // The shell is an ordinary extensible object: a property the made object has must be reported configurable.
      return descriptor && { ...descriptor, configurable: true };
    },
  });
}
