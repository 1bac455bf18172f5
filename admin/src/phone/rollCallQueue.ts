/**
 * The teacher's offline outbox for roll calls (点名离线队列): a classroom's Wi-Fi is not to be trusted, so a roll call
 * is first written to IndexedDB on the phone, then sent; what could not be sent stays queued (surviving a reload)
 * and goes out when the phone is back online. Each entry carries the idempotency key made when it was queued, so a
 * submission that reached the server but whose answer was lost is recorded once however often it is resent.
 */
import { openDB, type IDBPDatabase } from 'idb';

export interface QueuedRollCall {
  idempotencyKey: string;
  activityId: string;
  date: string;
  marks: { studentId: string; status: 'PRESENT' | 'ABSENT' | 'LEAVE' | 'LATE' }[];
  /** To correct a recorded roll call: the version read. */
  expectedVersion?: number;
  queuedAt: string;
}

/** What sending one entry ended in: sent, or refused for good (the entry is dropped), or not reached (kept). */
export type SendOutcome = { kind: 'sent' } | { kind: 'refused'; error: unknown } | { kind: 'offline' };

const STORE = 'rollCalls';

export interface RollCallQueue {
  add(entry: Omit<QueuedRollCall, 'idempotencyKey' | 'queuedAt'>): Promise<QueuedRollCall>;
  pending(): Promise<QueuedRollCall[]>;
  /** Sends every queued entry in order; stops at the first one the network does not carry. */
  flush(send: (entry: QueuedRollCall) => Promise<SendOutcome>): Promise<{ sent: number; refused: { entry: QueuedRollCall; error: unknown }[]; left: number }>;
}

/** The queue of one user on this phone (one database per user, so a shared phone never sends another's marks). */
export function openRollCallQueue(user: string): RollCallQueue {
  let db: Promise<IDBPDatabase> | undefined;
  const open = () => (db ??= openDB(`kehou-rollcalls-${user}`, 1, { upgrade: (database) => database.createObjectStore(STORE, { keyPath: 'idempotencyKey' }) }));
  let flushing: Promise<{ sent: number; refused: { entry: QueuedRollCall; error: unknown }[]; left: number }> | undefined;

  const queue: RollCallQueue = {
    async add(entry) {
      const queued: QueuedRollCall = { ...entry, idempotencyKey: crypto.randomUUID(), queuedAt: new Date().toISOString() };
      await (await open()).put(STORE, queued);
      return queued;
    },
    async pending() {
      const all = (await (await open()).getAll(STORE)) as QueuedRollCall[];
      return all.sort((a, b) => a.queuedAt.localeCompare(b.queuedAt));
    },
    flush(send) {
      // One flush at a time: the 'online' event and a button press must not send the same entry side by side.
      flushing ??= (async () => {
        let sent = 0;
        const refused: { entry: QueuedRollCall; error: unknown }[] = [];
        const entries = await queue.pending();
        for (const entry of entries) {
          const outcome = await send(entry);
          if (outcome.kind === 'offline') break;
          await (await open()).delete(STORE, entry.idempotencyKey);
          if (outcome.kind === 'sent') sent += 1;
          else refused.push({ entry, error: outcome.error });
        }
        return { sent, refused, left: (await queue.pending()).length };
      })().finally(() => {
        flushing = undefined;
      });
      return flushing;
    },
  };
  return queue;
}
