import { conflict, notFound } from '../core/errors';
import type { Db } from '../db/client';
import { transactWrite, txItem, type GuardedWrite } from '../db/transactions';
import { readsById, versionGuard } from '../db/versionedPatch';
import { authorizedPickupEntity, handoverEntity, type AuthorizedPickupRecord, type HandoverRecord } from './pickupEntity';

/** Authorized pickup persons and handovers. */
export function createPickupRepository(db: Db) {
  const pickup = authorizedPickupEntity(db);
  const handover = handoverEntity(db);
  const pickupReads = readsById<AuthorizedPickupRecord>(pickup);
  const handoverReads = readsById<HandoverRecord>(handover);

  return {
    getPickup: pickupReads.get,
    getManyPickups: pickupReads.getMany,
    getHandover: handoverReads.get,
    getManyHandovers: handoverReads.getMany,

    /** A child's authorized pickup persons (Query on gsi1; a family names a few). */
    async pickupsOf(studentId: string): Promise<AuthorizedPickupRecord[]> {
      const { data } = await pickup.query.byStudent({ studentId }).go({ pages: 'all' });
      return data as AuthorizedPickupRecord[];
    },

    addPickupStep: (record: AuthorizedPickupRecord): GuardedWrite => ({ op: txItem(pickup.create(record)) }),

    updatePickupStep(next: AuthorizedPickupRecord, expectedVersion: number): GuardedWrite {
      const { id, studentId: _s, createdAt: _c, ...rest } = next;
      return {
        op: txItem(
          pickup
            .patch({ id })
            .set(rest)
            .where((attr, op) => op.eq(attr.version, expectedVersion)),
        ),
        onConditionFail: versionGuard('AuthorizedPickup', id, expectedVersion),
      };
    },

    removePickupStep: (record: AuthorizedPickupRecord): GuardedWrite => ({
      op: txItem(pickup.delete({ id: record.id }).where((attr, op) => op.eq(attr.version, record.version))),
      onConditionFail: versionGuard('AuthorizedPickup', record.id, record.version),
    }),

    /**
     * A handover; a RELEASE (derived id) is refused with CONFLICT when the child was already released that day, a
     * SEGMENT (derived id) when the same handover is recorded already (the service answers that one with the record).
     */
    handoverStep: (record: HandoverRecord): GuardedWrite => ({
      op: txItem(handover.create(record)),
      onConditionFail: (existing) =>
        existing && record.kind === 'SEGMENT'
          ? conflict('This handover between segments is recorded already', { field: 'toActivityId' })
          : existing
            ? conflict(`The child was already released today at ${String(existing.at)} to ${String(existing.toGuardian ?? '')}`, {
                field: 'studentId',
                releasedAt: existing.at,
              })
            : notFound('Handover', record.id),
    }),

    /** A school's handovers of a date (Query on gsi1), optionally only one kind. */
    async ofSchoolDate(schoolId: string, date: string, kind?: HandoverRecord['kind']): Promise<HandoverRecord[]> {
      const { data } = await handover.query
        .bySchool({ schoolId, date })
        .where((attr, op) => (kind ? op.eq(attr.kind, kind) : ''))
        .go({ pages: 'all' });
      return data as HandoverRecord[];
    },

    /** A child's handovers, latest first. */
    async ofStudent(studentId: string, limit = 50): Promise<HandoverRecord[]> {
      const { data } = await handover.query.byStudent({ studentId }).go({ order: 'desc', limit });
      return data as HandoverRecord[];
    },

    /**
     * Retention (SPEC §3.11): the steps deleting everything of a child kept here — its authorized pickup persons (names,
     * codes) and every handover (to whom it was released).
     */
    async purgeSteps(studentId: string): Promise<GuardedWrite[]> {
      const [people, handovers] = await Promise.all([
        pickup.query.byStudent({ studentId }).go({ pages: 'all' }),
        handover.query.byStudent({ studentId }).go({ pages: 'all' }),
      ]);
      return [
        ...(people.data as AuthorizedPickupRecord[]).map((record) => ({ op: txItem(pickup.delete({ id: record.id })) })),
        ...(handovers.data as HandoverRecord[]).map((record) => ({ op: txItem(handover.delete({ id: record.id })) })),
      ];
    },

    write: (steps: GuardedWrite[]) => transactWrite(db, steps),
  };
}

export type PickupRepository = ReturnType<typeof createPickupRepository>;
