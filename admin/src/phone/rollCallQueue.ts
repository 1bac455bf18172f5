/**
 * The teacher's offline outbox for roll calls (点名离线队列): a classroom's Wi-Fi is not to be trusted, so a roll call
 * is first written to IndexedDB on the phone, then sent; what could not be sent stays queued (surviving a reload)
 * and goes out when the phone is back online (outbox.ts). Each entry carries the idempotency key made when it was
 * queued, so a submission that reached the server but whose answer was lost is recorded once however often it is resent.
 */
import { idbStore, outbox, type FlushResult, type SendOutcome } from './outbox';

export type { SendOutcome } from './outbox';

export interface QueuedRollCall {
  idempotencyKey: string;
  activityId: string;
  date: string;
  marks: { studentId: string; status: 'PRESENT' | 'ABSENT' | 'LEAVE' | 'LATE' }[];
  /** To correct a recorded roll call: the version read. */
  expectedVersion?: number;
  queuedAt: string;
}

export interface RollCallQueue {
  add(entry: Omit<QueuedRollCall, 'idempotencyKey' | 'queuedAt'>): Promise<QueuedRollCall>;
  pending(): Promise<QueuedRollCall[]>;
  /** Sends every queued entry in order; stops at the first one the network does not carry. */
  flush(send: (entry: QueuedRollCall) => Promise<SendOutcome>): Promise<FlushResult<QueuedRollCall>>;
}

/** The queue of one user on this phone (one database per user, so a shared phone never sends another's marks). */
export function openRollCallQueue(user: string): RollCallQueue {
  const box = outbox<QueuedRollCall>(idbStore(`kehou-rollcalls-${user}`, 'rollCalls', 'idempotencyKey'), (entry) => entry.idempotencyKey);
  return {
    async add(entry) {
      const queued: QueuedRollCall = { ...entry, idempotencyKey: crypto.randomUUID(), queuedAt: new Date().toISOString() };
      await box.put(queued);
      return queued;
    },
    pending: () => box.pending(),
    flush: (send) => box.flush(send),
  };
}
