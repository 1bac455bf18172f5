/**
 * This device's respondent key for one survey, as the server issued it (`issueRespondentKey`), kept in localStorage:
 * answering again sends the same key, so the new answer replaces the earlier one instead of counting twice. Only
 * server-issued keys are accepted, so the page asks for one the first time a parent submits.
 */
export interface KeyStore {
  get(accessCode: string): string | undefined;
  set(accessCode: string, key: string): void;
  forget(accessCode: string): void;
}

const storageKey = (accessCode: string) => `kehou.survey.${accessCode}`;

/** Keys the server issues look like `rk1.<random>.<signature>`; anything else kept here is from an older page. */
export const looksIssued = (key: string | null | undefined): key is string => Boolean(key && /^rk1\.[\w-]+\.[\w-]+$/.test(key));

/**
 * localStorage, plus a copy in memory: without storage (private mode, blocked) the key still lasts as long as the
 * page, so changing an answer replaces it there too.
 */
export function keyStore(storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | undefined = globalThis.localStorage): KeyStore {
  const memory = new Map<string, string>();
  const attempt = <T>(action: () => T): T | undefined => {
    try {
      return action();
    } catch {
      return undefined;
    }
  };
  return {
    get(accessCode) {
      const kept = memory.get(accessCode) ?? attempt(() => storage?.getItem(storageKey(accessCode)));
      return looksIssued(kept) ? kept : undefined;
    },
    set(accessCode, key) {
      memory.set(accessCode, key);
      attempt(() => storage?.setItem(storageKey(accessCode), key));
    },
    forget(accessCode) {
      memory.delete(accessCode);
      attempt(() => storage?.removeItem(storageKey(accessCode)));
    },
  };
}
