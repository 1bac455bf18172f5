import { BatchWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { Db } from '../../src/db/client';
import { progressLogger } from '../lifecycle';

const BATCH = 25; // BatchWriteItem's maximum

/**
 * Writes items with BatchWriteItem, `concurrency` batches in flight, retrying unprocessed items with backoff
 * (DynamoDB returns them under throttling; the local engine rarely does). Logs every 10 %.
 */
export async function batchWriteAll(db: Db, label: string, items: Record<string, unknown>[], concurrency: number): Promise<void> {
  const progress = progressLogger(label, items.length);
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < items.length) {
      const slice = items.slice(next, next + BATCH);
      next += BATCH;
      let requests = slice.map((Item) => ({ PutRequest: { Item } }));
      for (let attempt = 0; requests.length > 0; attempt++) {
        if (attempt > 0) await new Promise((wait) => setTimeout(wait, Math.min(1000, 20 * 2 ** attempt)));
        const out = await db.doc.send(new BatchWriteCommand({ RequestItems: { [db.config.tableName]: requests } }));
        requests = (out.UnprocessedItems?.[db.config.tableName] ?? []) as typeof requests;
      }
      done += slice.length;
      progress(done);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
}

/** A small deterministic PRNG (mulberry32), so every run seeds the same district. */
export function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const alphabet = 'abcdefghijklmnopqrstuvwxyz234567';
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)],
    /** An id in the API's format (`<prefix>_<20 base32 chars>`), from this seed. */
    id: (prefix: string) => `${prefix}_${Array.from({ length: 20 }, () => alphabet[Math.floor(next() * 32)]).join('')}`,
  };
}
