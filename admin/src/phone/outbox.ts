/**
 * The phone's offline outbox (离线待发送): what a teacher saves is first kept on the phone, then sent; what the network
 * did not carry stays (surviving a reload, in IndexedDB) and goes out when the phone is back online. Shared by the
 * roll calls (rollCallQueue.ts) and the duty leader's care log (careLogQueue.ts); the store is passed in so the
 * sending logic is tested without a browser.
 */
import { openDB, type IDBPDatabase } from 'idb';

/** What sending one entry ended in: sent, or refused for good (the entry is dropped), or not reached (kept). */
export type SendOutcome = { kind: 'sent' } | { kind: 'refused'; error: unknown } | { kind: 'offline' };

export interface FlushResult<T> {
  sent: number;
  refused: { entry: T; error: unknown }[];
  left: number;
}

/** Where entries are kept, by key (put replaces the entry of the same key). */
export interface OutboxStore<T> {
  put(entry: T): Promise<void>;
  all(): Promise<T[]>;
  delete(key: string): Promise<void>;
}

export interface Outbox<T> {
  put(entry: T): Promise<void>;
  /** Oldest first. */
  pending(): Promise<T[]>;
  /** Sends every entry in order; stops at the first one the network does not carry. */
  flush(send: (entry: T) => Promise<SendOutcome>): Promise<FlushResult<T>>;
}

/** One IndexedDB database with one object store (one database per user, so a shared phone never sends another's work). */
export function idbStore<T>(database: string, store: string, keyPath: string): OutboxStore<T> {
  let db: Promise<IDBPDatabase> | undefined;
  const open = () => (db ??= openDB(database, 1, { upgrade: (opened) => opened.createObjectStore(store, { keyPath }) }));
  return {
    put: async (entry) => void (await (await open()).put(store, entry)),
    all: async () => (await (await open()).getAll(store)) as T[],
    delete: async (key) => (await open()).delete(store, key),
  };
}

/** A store in memory (tests). */
export function memoryStore<T>(keyOf: (entry: T) => string): OutboxStore<T> {
  const entries = new Map<string, T>();
  return {
    put: async (entry) => void entries.set(keyOf(entry), entry),
    all: async () => [...entries.values()],
    delete: async (key) => void entries.delete(key),
  };
}

export function outbox<T extends { queuedAt: string }>(store: OutboxStore<T>, keyOf: (entry: T) => string): Outbox<T> {
  let flushing: Promise<FlushResult<T>> | undefined;
  const box: Outbox<T> = {
    put: (entry) => store.put(entry),
    pending: async () => (await store.all()).sort((a, b) => a.queuedAt.localeCompare(b.queuedAt)),
    flush(send) {
      // One flush at a time: the 'online' event and a button press must not send the same entry side by side.
      flushing ??= (async () => {
        let sent = 0;
        const refused: { entry: T; error: unknown }[] = [];
        for (const entry of await box.pending()) {
          const outcome = await send(entry);
          if (outcome.kind === 'offline') break;
          await store.delete(keyOf(entry));
          if (outcome.kind === 'sent') sent += 1;
          else refused.push({ entry, error: outcome.error });
        }
        return { sent, refused, left: (await box.pending()).length };
      })().finally(() => {
        flushing = undefined;
      });
      return flushing;
    },
  };
  return box;
}
