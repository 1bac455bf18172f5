import { conflict, notFound, versionConflict } from '../core/errors';
import type { Db } from '../db/client';
import { transactWrite, txItem, type GuardedWrite } from '../db/transactions';
import { readsById } from '../db/versionedPatch';
import { stipendSheetEntity, type StipendSheetRecord } from './stipendEntity';

export function createStipendRepository(db: Db) {
  const sheet = stipendSheetEntity(db);
  return {
    ...readsById<StipendSheetRecord>(sheet),

    /** A school's confirmed sheets between two months inclusive (Query on gsi1): the disclosure's totals. */
    async ofSchoolBetween(schoolId: string, fromMonth: string, toMonth: string): Promise<StipendSheetRecord[]> {
      const { data } = await sheet.query.bySchool({ schoolId }).between({ month: fromMonth }, { month: toMonth }).go({ pages: 'all' });
      return data as StipendSheetRecord[];
    },

    /** Stores a confirmed sheet: only if no one confirmed it first (CONFLICT otherwise). */
    async confirm(record: StipendSheetRecord, extra: GuardedWrite[]) {
      await transactWrite(db, [
        { op: txItem(sheet.create(record)), onConditionFail: () => conflict('The stipend sheet was confirmed meanwhile; reload it', { field: 'id' }) },
        ...extra,
      ]);
      return record;
    },

    /** Appends adjustment lines under the version read; rows never change. */
    async adjust(previous: StipendSheetRecord, next: StipendSheetRecord, extra: GuardedWrite[]) {
      const op = txItem(
        sheet
          .patch({ id: previous.id })
          .set({ adjustments: next.adjustments, version: next.version, updatedAt: next.updatedAt })
          .where((attr, op) => op.eq(attr.version, previous.version)),
      );
      await transactWrite(db, [
        {
          op,
          onConditionFail: (existing) =>
            existing ? versionConflict('StipendSheet', previous.id, previous.version, Number(existing.version)) : notFound('StipendSheet', previous.id),
        },
        ...extra,
      ]);
      return next;
    },
  };
}

export type StipendRepository = ReturnType<typeof createStipendRepository>;
