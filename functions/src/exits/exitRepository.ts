import { conflict } from '../core/errors';
import type { Db } from '../db/client';
import { whereEquals } from '../db/filters';
import { queryPage, type Page, type PageArgs } from '../db/paging';
import { transactWrite, txItem, type GuardedWrite } from '../db/transactions';
import { readsById, statusStep } from '../db/versionedPatch';
import { exitEntity, openExitEntity, type ProviderExitRecord } from './exitEntity';

export function createExitRepository(db: Db) {
  const exit = exitEntity(db);
  const openExit = openExitEntity(db);

  const writable = (record: ProviderExitRecord) => {
    const { id: _id, createdAt: _createdAt, ...values } = record;
    return values;
  };

  return {
    /** The case in progress (OPEN or APPROVED) of a provider, if any (GetItem on the marker, then the case). */
    async openCaseOf(providerId: string): Promise<ProviderExitRecord | undefined> {
      const { data } = await openExit.get({ providerId }).go();
      return data ? this.get(data.exitId) : undefined;
    },

    ...readsById<ProviderExitRecord>(exit),

    async list(
      args: PageArgs & { providerId?: string | null; status?: string | null; trigger?: string | null; schoolId?: string | null },
    ): Promise<Page<ProviderExitRecord>> {
      const { providerId, status, trigger, schoolId } = args;
      const base = (providerId ? exit.query.byProvider({ providerId }) : exit.query.all({})).where(whereEquals({ status, trigger }));
      const query = schoolId ? base.where((attr, op) => op.contains(attr.schoolIds, schoolId)) : base;
      return queryPage<ProviderExitRecord>(db, query, {
        ...args,
        listId: `exits:${JSON.stringify({ providerId, status, trigger, schoolId })}`,
        order: 'desc',
      });
    },

    /** Creates the case and its "in progress" marker: CONFLICT when the provider already has a case in progress. */
    async create(record: ProviderExitRecord, extra: GuardedWrite[]) {
      await transactWrite(db, [
        { op: txItem(exit.create(record)) },
        {
          op: txItem(openExit.create({ providerId: record.providerId, exitId: record.id })),
          onConditionFail: (existing) =>
            conflict(`Provider already has an exit case in progress (${String(existing?.exitId ?? '')})`, { existingExitId: existing?.exitId }),
        },
        ...extra,
      ]);
      return record;
    },

    /** A step of the case written only while it is still in `fromStatus` (and at `expectedVersion` when given). */
    step(next: ProviderExitRecord, fromStatus: ProviderExitRecord['status'], expectedVersion?: number | null): GuardedWrite {
      return statusStep(exit, 'ProviderExit', next.id, writable(next), fromStatus, expectedVersion);
    },

    /** Removes the "in progress" marker when a case is rejected or completed. */
    closeMarker(providerId: string): GuardedWrite {
      return { op: txItem(openExit.delete({ providerId })) };
    },

    run(writes: GuardedWrite[]) {
      return transactWrite(db, writes);
    },
  };
}

export type ExitRepository = ReturnType<typeof createExitRepository>;
