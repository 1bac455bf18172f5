import type { Db } from '../db/client';
import { lockedSheets } from './lockedSheets';
import { stipendSheetEntity, type StipendSheetRecord } from './stipendEntity';

export function createStipendRepository(db: Db) {
  const sheet = stipendSheetEntity(db);
  return {
    // get, getMany; confirm (conditional create); adjust (adjustment lines under the version read).
    ...lockedSheets<StipendSheetRecord>(db, sheet, 'StipendSheet', 'stipend sheet'),

    /** A school's confirmed sheets between two months inclusive (Query on gsi1): the disclosure's totals. */
    async ofSchoolBetween(schoolId: string, fromMonth: string, toMonth: string): Promise<StipendSheetRecord[]> {
      const { data } = await sheet.query.bySchool({ schoolId }).between({ month: fromMonth }, { month: toMonth }).go({ pages: 'all' });
      return data as StipendSheetRecord[];
    },
  };
}

export type StipendRepository = ReturnType<typeof createStipendRepository>;
