import { TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { Db } from '../../db/client';

/**
 * Writes demo items in transactions of 100 Puts, one after another. For DynamoDB Local this is the fastest bulk
 * path: each transaction is one commit of its store (on disk, one SQLite commit instead of one per item as with
 * BatchWriteItem) — measured 2.5× faster on disk and 4× in memory than 8 BatchWriteItems in flight. Demo data only:
 * the items are shaped exactly as the services' transactions would write them (counters included), and each key is
 * written once.
 */
export async function bulkWrite(db: Db, items: Record<string, unknown>[], progress?: (done: number) => void): Promise<void> {
  for (let i = 0; i < items.length; i += 100) {
    await db.doc.send(new TransactWriteCommand({ TransactItems: items.slice(i, i + 100).map((Item) => ({ Put: { TableName: db.config.tableName, Item } })) }));
    progress?.(Math.min(i + 100, items.length));
  }
}
