import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { ScanCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { Db } from '../db/client';
import { notificationEntity } from './alertEntity';

/**
 * Gives notifications stored before their id index (gsi1, `byId`) existed its keys, so `node(id:)` finds them as the
 * bell's list does. One Scan of the table for notification items without `gsi1pk` (a one-off job: there is no index
 * to find them by), then for each one UpdateItem that SETs the two index keys, worked out by the entity itself.
 * Safe while the API runs: each update is conditioned on the item still existing and still lacking the key (a
 * notification deleted meanwhile is not brought back, a concurrent read mark is kept: only the keys are written).
 * Idempotent: a second run finds nothing to do.
 */
export async function backfillNotificationIds(db: Db, log: (line: string) => void = () => {}) {
  const notification = notificationEntity(db);
  let done = 0;
  let startKey: Record<string, unknown> | undefined;
  do {
    const page = await db.doc.send(
      new ScanCommand({
        TableName: db.config.tableName,
        FilterExpression: '#entity = :entity AND attribute_not_exists(#gsi1pk)',
        ExpressionAttributeNames: { '#entity': '__edb_e__', '#gsi1pk': 'gsi1pk' },
        ExpressionAttributeValues: { ':entity': 'notification' },
        ExclusiveStartKey: startKey,
      }),
    );
    for (const item of page.Items ?? []) {
      const record = notification.parse({ Item: item }).data;
      if (!record) continue;
      const keys = notification.put(record).params<{ Item: Record<string, string> }>().Item;
      try {
        await db.doc.send(
          new UpdateCommand({
            TableName: db.config.tableName,
            Key: { pk: item.pk, sk: item.sk },
            UpdateExpression: 'SET #gsi1pk = :gsi1pk, #gsi1sk = :gsi1sk',
            ConditionExpression: 'attribute_exists(#pk) AND attribute_not_exists(#gsi1pk)',
            ExpressionAttributeNames: { '#pk': 'pk', '#gsi1pk': 'gsi1pk', '#gsi1sk': 'gsi1sk' },
            ExpressionAttributeValues: { ':gsi1pk': keys.gsi1pk, ':gsi1sk': keys.gsi1sk },
          }),
        );
        done++;
      } catch (error) {
        // Deleted meanwhile, or given its keys by another run: nothing to do.
        if (!(error instanceof ConditionalCheckFailedException)) throw error;
      }
    }
    startKey = page.LastEvaluatedKey;
  } while (startKey);
  log(`notification id index: ${done} notification(s) backfilled`);
  return done;
}
