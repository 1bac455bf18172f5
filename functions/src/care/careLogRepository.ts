import { conflict } from '../core/errors';
import type { Db } from '../db/client';
import { transactWrite, txItem, type GuardedWrite } from '../db/transactions';
import { careLogEntity, parseCareLogId, type CareLogRecord } from './careLogEntity';

/** Care logs (课后看护日志). */
export function createCareLogRepository(db: Db) {
  const careLog = careLogEntity(db);
  return {
    async ofDay(schoolId: string, date: string): Promise<CareLogRecord | undefined> {
      return ((await careLog.get({ schoolId, date }).go({ consistent: true })).data ?? undefined) as CareLogRecord | undefined;
    },

    async get(id: string): Promise<CareLogRecord | undefined> {
      const key = parseCareLogId(id);
      return key ? this.ofDay(key.schoolId, key.date) : undefined;
    },

    async getMany(ids: readonly string[]) {
      return Promise.all(ids.map((id) => this.get(id)));
    },

    /** A school's care logs of a date range (inclusive). */
    async ofRange(schoolId: string, from: string, to: string): Promise<CareLogRecord[]> {
      const { data } = await careLog.query.bySchool({ schoolId }).between({ date: from }, { date: to }).go({ pages: 'all' });
      return data as CareLogRecord[];
    },

    /** The first log of a day: CONFLICT when the day has one (a school day has one log). */
    createStep: (record: CareLogRecord): GuardedWrite => ({
      op: txItem(careLog.create(record)),
      onConditionFail: (existing) =>
        conflict(`The care log of ${record.date} exists already (version ${String(existing?.version)}); send your changes with expectedVersion`, {
          field: 'expectedVersion',
          currentVersion: existing?.version,
        }),
    }),

    updateStep(next: CareLogRecord, expectedVersion: number): GuardedWrite {
      const { schoolId, date, id: _i, createdAt: _c, ...rest } = next;
      return {
        op: txItem(
          careLog
            .patch({ schoolId, date })
            .set(rest)
            .where((attr, op) => op.eq(attr.version, expectedVersion)),
        ),
        onConditionFail: (existing) =>
          conflict(
            existing
              ? `The care log was changed by someone else (version ${String(existing.version)}, you sent ${expectedVersion}); reload and try again`
              : 'The care log does not exist yet: write it without expectedVersion',
            {
              field: 'expectedVersion',
              currentVersion: existing?.version,
            },
          ),
      };
    },

    write: (steps: GuardedWrite[]) => transactWrite(db, steps),
  };
}

export type CareLogRepository = ReturnType<typeof createCareLogRepository>;
