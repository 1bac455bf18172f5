/**
 * The duty leader's unsent care log (看护日志离线保存): a school yard's signal is poor, so a save is first kept on the
 * phone (the outbox of outbox.ts, IndexedDB), then sent; one entry per school and day, a later save replacing an
 * unsent earlier one. Each entry carries the version its edits were made on, so a log changed meanwhile is still a
 * CONFLICT when the entry finally goes out (never a silent overwrite).
 */
import type { WriteCareLogInput } from '@kehou/client';
import { phoneErrorCode } from './api';
import { idbStore, outbox, type FlushResult, type OutboxStore, type SendOutcome } from './outbox';

export interface QueuedCareLog {
  /** `schoolId|date`: one unsent log per school and day. */
  key: string;
  /** The checked input, with the version read as expectedVersion (none for the day's first log). */
  input: WriteCareLogInput;
  queuedAt: string;
}

export interface CareLogQueue {
  save(input: WriteCareLogInput): Promise<QueuedCareLog>;
  /** The unsent log of a school and day, if any. */
  pendingFor(schoolId: string, date: string): Promise<QueuedCareLog | undefined>;
  flush(send: (entry: QueuedCareLog) => Promise<SendOutcome>): Promise<FlushResult<QueuedCareLog>>;
}

const keyOf = (schoolId: string | number, date: string | number) => `${schoolId}|${date}`;

export function careLogQueue(store: OutboxStore<QueuedCareLog>): CareLogQueue {
  const box = outbox(store, (entry: QueuedCareLog) => entry.key);
  return {
    async save(input) {
      const queued = { key: keyOf(input.schoolId, input.date), input, queuedAt: new Date().toISOString() };
      await box.put(queued);
      return queued;
    },
    pendingFor: async (schoolId, date) => (await box.pending()).find((entry) => entry.key === keyOf(schoolId, date)),
    flush: (send) => box.flush(send),
  };
}

/** The queue of one user on this phone (one database per user, so a shared phone never sends another's log). */
export const openCareLogQueue = (user: string) => careLogQueue(idbStore(`kehou-carelogs-${user}`, 'careLogs', 'key'));

interface LogContent {
  summary: string;
  incidents: readonly { at: string; kind: string; description: string; action: string }[];
}

/** Whether the server's log already says what an entry would write (compared as the input is built: trimmed, in time order). */
export const sameContent = (input: WriteCareLogInput, log: LogContent | null | undefined): boolean =>
  !!log &&
  log.summary === input.summary &&
  log.incidents.length === input.incidents.length &&
  log.incidents.every((incident, index) => {
    const sent = input.incidents[index];
    return incident.at === sent.at && incident.kind === sent.kind && incident.description === sent.description && incident.action === sent.action;
  });

/**
 * Sends one entry. Not reached (a network failure, or the phone offline) keeps it. A CONFLICT whose server log already
 * says what the entry says is a save that arrived while its answer was lost: sent. Any other refusal is final.
 */
export const careLogSender =
  (write: (input: WriteCareLogInput) => Promise<unknown>, read: (schoolId: string, date: string) => Promise<LogContent | null>, online: () => boolean) =>
  async (entry: QueuedCareLog): Promise<SendOutcome> => {
    try {
      await write(entry.input);
      return { kind: 'sent' };
    } catch (error) {
      const code = phoneErrorCode(error);
      if (code === 'NETWORK' || code === 'UNKNOWN' || !online()) return { kind: 'offline' };
      if (code === 'CONFLICT') {
        const latest = await read(String(entry.input.schoolId), String(entry.input.date)).catch(() => undefined);
        if (latest === undefined) return { kind: 'offline' };
        if (sameContent(entry.input, latest)) return { kind: 'sent' };
      }
      return { kind: 'refused', error };
    }
  };
