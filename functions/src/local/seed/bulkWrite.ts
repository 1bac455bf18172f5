import { BatchWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { Db } from '../../db/client';

/**
 * Writes items with BatchWriteItem, a few batches in flight, retrying unprocessed items with back-off. For demo
 * data only: the items are shaped exactly as the services' transactions would write them (counters included).
 */
export async function bulkWrite(db: Db, items: Record<string, unknown>[], concurrency = 8): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const slice = items.slice(next, next + 25);
      next += 25;
      let requests = slice.map((Item) => ({ PutRequest: { Item } }));
      for (let attempt = 0; requests.length > 0; attempt++) {
        if (attempt > 0) await new Promise((wait) => setTimeout(wait, Math.min(1000, 20 * 2 ** attempt)));
        const out = await db.doc.send(new BatchWriteCommand({ RequestItems: { [db.config.tableName]: requests } }));
        requests = (out.UnprocessedItems?.[db.config.tableName] ?? []) as typeof requests;
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
}
