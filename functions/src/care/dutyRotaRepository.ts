import { badInput, conflict } from '../core/errors';
import type { Db } from '../db/client';
import { transactWrite, txItem, type GuardedWrite, type WriteChain } from '../db/transactions';
import { staffEntity } from '../people/staffEntity';
import { dutyRotaEntity, parseDutyRotaId, type DutyRotaRecord } from './dutyRotaEntity';

type Checkable = {
  check(key: { id: string }): { where(fn: (attr: Record<string, unknown>, op: Record<string, (...args: unknown[]) => string>) => string): WriteChain };
};

/** Duty rotas (值班表): one per school. */
export function createDutyRotaRepository(db: Db) {
  const rota = dutyRotaEntity(db);
  const staff = staffEntity(db) as unknown as Checkable;
  return {
    /** A school's rota, or undefined when none was set. */
    async ofSchool(schoolId: string): Promise<DutyRotaRecord | undefined> {
      return ((await rota.get({ schoolId }).go({ consistent: true })).data ?? undefined) as DutyRotaRecord | undefined;
    },

    async get(id: string): Promise<DutyRotaRecord | undefined> {
      const schoolId = parseDutyRotaId(id);
      return schoolId ? this.ofSchool(schoolId) : undefined;
    },

    async getMany(ids: readonly string[]) {
      return Promise.all(ids.map((id) => this.get(id)));
    },

    /** The first rota of a school: CONFLICT when one exists (send its version). */
    createStep: (record: DutyRotaRecord): GuardedWrite => ({
      op: txItem(rota.create(record)),
      onConditionFail: (existing) =>
        conflict(`The school has a duty rota already (version ${String(existing?.version)}); send your changes with expectedVersion`, {
          field: 'expectedVersion',
          currentVersion: existing?.version,
        }),
    }),

    updateStep(next: DutyRotaRecord, expectedVersion: number): GuardedWrite {
      const { schoolId, id: _i, createdAt: _c, ...rest } = next;
      return {
        op: txItem(
          rota
            .patch({ schoolId })
            .set(rest)
            .where((attr, op) => op.eq(attr.version, expectedVersion)),
        ),
        onConditionFail: (existing) =>
          conflict(
            existing
              ? `The duty rota was changed by someone else (version ${String(existing.version)}, you sent ${expectedVersion}); reload and try again`
              : 'The school has no duty rota yet: set it without expectedVersion',
            { field: 'expectedVersion', currentVersion: existing?.version },
          ),
      };
    },

    /**
     * Proves, when the transaction commits, that the member is an active DUTY_LEADER of the school: a duty removed
     * concurrently cannot slip into the rota between our read and the write.
     */
    dutyLeaderCheck(staffId: string, schoolId: string, field: string): GuardedWrite {
      const check = staff.check({ id: staffId });
      return {
        op: txItem(
          check.where((attr, op) => `${op.eq(attr.schoolId, schoolId)} AND ${op.eq(attr.active, true)} AND ${op.contains(attr.duties, 'DUTY_LEADER')}`),
        ),
        onConditionFail: () => badInput(field, 'Not an active duty leader (值班领导) of the school', { reason: 'WRONG_RECORD' }),
      };
    },

    write: (steps: GuardedWrite[]) => transactWrite(db, steps),
  };
}

export type DutyRotaRepository = ReturnType<typeof createDutyRotaRepository>;
