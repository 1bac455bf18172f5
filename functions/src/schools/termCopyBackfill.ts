import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { batchGetItems } from '../db/batches';
import type { Db } from '../db/client';
import { keysOfIds } from '../db/idKeys';
import { termEntity } from '../terms/termEntity';
import { schoolEntity, type SchoolRecord } from './schoolEntity';
import { MAX_TERM_COPIES, storedTermCopies, termCopy } from './termCopies';

/** Term writes that may slip between one school's reads and its write before the backfill gives up on it. */
const ATTEMPTS = 5;

/**
 * Gives schools stored before term copies existed their copies (schools/termCopies.ts), after the member lists
 * (db/memberBackfill.ts) gave them their kept term ids: the school read consistently, its terms' stored items read
 * consistently by those ids, then one UpdateItem that stores them and marks the copies kept (retired past
 * MAX_TERM_COPIES). The write is conditioned on `termsRevision` being what the read saw: a term written meanwhile
 * (its transaction counts the revision) makes it read that school again, so no copy is ever missed or stale (no
 * index is read: an index lags its table). Safe while the API runs; a school that keeps (or retired) its copies is
 * left alone, so a second run changes nothing.
 */
export async function backfillTermCopies(db: Db, log: (line: string) => void = () => {}): Promise<number> {
  const school = schoolEntity(db);
  const term = termEntity(db);
  const read = async (id: string) => (await school.get({ id }).go({ consistent: true })).data as SchoolRecord | null;

  /** One school's copies from its terms as they are now; false when a term changed in between (read it again). */
  async function fill(record: SchoolRecord): Promise<boolean> {
    // Kept ids, or a retired list (false): more terms than a list keeps, far more than its copies may hold.
    const ids = record.termIdsKept === true ? [...(record.termIds ?? [])] : [];
    const kept = record.termIdsKept === true && ids.length <= MAX_TERM_COPIES;
    const items = kept && ids.length > 0 ? await batchGetItems(db, keysOfIds(term, ids), { ConsistentRead: true }) : [];
    const { Key, TableName } = school.get({ id: record.id }).params() as { Key: Record<string, unknown>; TableName: string };
    const revision = record.termsRevision;
    try {
      await db.doc.send(
        new UpdateCommand({
          TableName,
          Key,
          UpdateExpression: kept ? 'SET #itemsKept = :kept, #items = :items' : 'SET #itemsKept = :kept',
          ConditionExpression: `attribute_exists(#pk) AND attribute_not_exists(#itemsKept) AND ${revision === undefined ? 'attribute_not_exists(#revision)' : '#revision = :revision'}`,
          ExpressionAttributeNames: {
            '#pk': Object.keys(Key)[0],
            '#itemsKept': 'termItemsKept',
            '#revision': 'termsRevision',
            ...(kept ? { '#items': 'termItems' } : {}),
          },
          ExpressionAttributeValues: {
            ':kept': kept,
            ...(kept ? { ':items': storedTermCopies(Object.fromEntries(items.map((item) => [String(item.id), termCopy(item)]))) } : {}),
            ...(revision === undefined ? {} : { ':revision': revision }),
          },
        }),
      );
      return true;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return false;
      throw error;
    }
  }

  let done = 0;
  let skipped = 0;
  for (const listed of (await school.query.byCode({}).go({ pages: 'all' })).data as SchoolRecord[]) {
    if (listed.termItemsKept !== undefined) continue;
    let record = await read(listed.id);
    // Its term ids are given by the member lists' backfill (the same command runs it first).
    if (record && record.termIdsKept === undefined) {
      skipped++;
      continue;
    }
    for (let attempt = 1; record && record.termItemsKept === undefined; attempt++) {
      if (await fill(record)) {
        done++;
        break;
      }
      if (attempt === ATTEMPTS) throw new Error(`School ${record.id}: its terms kept changing; run the backfill again later`);
      // Deleted, filled by another run, or a term written meanwhile: read it again.
      record = await read(record.id);
    }
  }
  log(`termItems: ${done} school(s) backfilled${skipped ? `, ${skipped} without kept term ids (run db/memberBackfill.ts first)` : ''}`);
  return done;
}
