import { conflict, versionConflict } from '../core/errors';
import type { Db } from '../db/client';
import { versionedPatch } from '../db/versionedPatch';
import { transactWrite, txItem, type GuardedWrite } from '../db/transactions';
import { DISTRICT_POLICY_ID, policyEntity, type DistrictPolicyRecord } from './policyEntity';

export function createPolicyRepository(db: Db) {
  const policy = policyEntity(db);

  return {
    /** The stored district policy (GetItem), or undefined before the first save. */
    async get(): Promise<DistrictPolicyRecord | undefined> {
      const { data } = await policy.get({ id: DISTRICT_POLICY_ID }).go();
      // Only the service writes serviceDays, always from the Weekday enum.
      return (data as DistrictPolicyRecord | null) ?? undefined;
    },

    /**
     * Saves the policy if the stored version equals `expectedVersion`; version 0 means "never saved" and
     * creates the item only if it is still absent. Either way a concurrent save makes this one CONFLICT.
     */
    async save(next: DistrictPolicyRecord, expectedVersion: number, extra: GuardedWrite[] = []) {
      const guard = (existing?: Record<string, unknown>) =>
        existing
          ? versionConflict('DistrictPolicy', DISTRICT_POLICY_ID, expectedVersion, existing.version as number)
          : conflict('The district policy was removed meanwhile; reload and try again', { field: 'expectedVersion' });
      const { id, createdAt: _createdAt, ...values } = next;
      const op = expectedVersion === 0 ? txItem(policy.create(next)) : versionedPatch(policy, { id }, values, expectedVersion);
      await transactWrite(db, [{ op, onConditionFail: guard }, ...extra]);
      return next;
    },
  };
}

export type PolicyRepository = ReturnType<typeof createPolicyRepository>;
