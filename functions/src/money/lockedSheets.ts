import { conflict, notFound, versionConflict } from '../core/errors';
import type { AnyEntity } from '../db/batches';
import type { Db } from '../db/client';
import { transactWrite, txItem, type GuardedWrite } from '../db/transactions';
import { readsById } from '../db/versionedPatch';

/**
 * The storage of a money sheet that is computed while DRAFT and stored only when confirmed (stipend sheets, provider
 * statements): confirming is one conditional create (two confirmations at once: one wins, the other gets CONFLICT), and
 * afterwards only the adjustment lines and the version change, under the version read. Both go in one transaction with
 * the audit event.
 */
export function lockedSheets<T extends { id: string; version: number; adjustments: readonly unknown[]; updatedAt: string }>(
  db: Db,
  entity: AnyEntity,
  typeName: string,
  label: string,
) {
  return {
    ...readsById<T>(entity),

    /** Stores a confirmed sheet: only if no one confirmed it first (CONFLICT otherwise). */
    async confirm(record: T, extra: GuardedWrite[]): Promise<T> {
      await transactWrite(db, [
        { op: txItem(entity.create(record as never)), onConditionFail: () => conflict(`The ${label} was confirmed meanwhile; reload it`, { field: 'id' }) },
        ...extra,
      ]);
      return record;
    },

    /** Appends adjustment lines under the version read; the confirmed lines never change. */
    async adjust(previous: T, next: T, extra: GuardedWrite[]): Promise<T> {
      const op = txItem(
        entity
          .patch({ id: previous.id })
          .set({ adjustments: next.adjustments, version: next.version, updatedAt: next.updatedAt } as never)
          .where((attr: Record<string, unknown>, op: { eq: (a: unknown, b: unknown) => string }) => op.eq(attr.version, previous.version)),
      );
      await transactWrite(db, [
        {
          op,
          onConditionFail: (existing) =>
            existing ? versionConflict(typeName, previous.id, previous.version, Number(existing.version)) : notFound(typeName, previous.id),
        },
        ...extra,
      ]);
      return next;
    },
  };
}
