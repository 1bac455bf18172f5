import { invalidTransition, notFound, versionConflict } from '../core/errors';
import { getInOrder, recordAttributes, type AnyEntity } from './batches';
import { txItem, type GuardedWrite } from './transactions';

type WhereOps = { eq: (a: unknown, v: unknown) => string; lte: (a: unknown, v: unknown) => string };

/**
 * The transaction step of an optimistic-concurrency update: SET the given values, REMOVE the ones that are
 * null (a cleared optional field), and only if the stored `version` equals `expectedVersion`.
 */
export function versionedPatch(
  entity: AnyEntity,
  key: Record<string, string>,
  values: Record<string, unknown>,
  expectedVersion: number,
  /** A further condition the write needs at commit time (e.g. capacity not below the roster). */
  also?: (attr: Record<string, unknown>, op: WhereOps) => string,
) {
  return txItem(
    setOrRemove(entity.patch(key), values).where((attr: Record<string, unknown>, op: WhereOps) =>
      [op.eq(attr.version, expectedVersion), also?.(attr, op) ?? ''].filter(Boolean).join(' AND '),
    ),
  );
}

/** SETs the given values and REMOVEs the null ones (a cleared optional field: DynamoDB stores no nulls for it). */
function setOrRemove(chain: ReturnType<AnyEntity['patch']>, values: Record<string, unknown>) {
  const set: Record<string, unknown> = {};
  const remove: string[] = [];
  for (const [name, value] of Object.entries(values)) {
    if (value === null || value === undefined) remove.push(name);
    else set[name] = value;
  }
  const withSet = chain.set(set);
  return remove.length > 0 ? withSet.remove(remove) : withSet;
}

/**
 * The transaction step that deletes a record only if its version still matches and no other record counts on
 * it (`dependents` is 0 or absent). The failure says which: INVALID_TRANSITION, CONFLICT or NOT_FOUND.
 */
export function deleteUnused(entity: AnyEntity, typeName: string, record: { id: string; version: number }, dependentsMessage: string): GuardedWrite {
  const { id, version } = record;
  return {
    op: txItem(
      entity
        .delete({ id })
        .where(
          (attr: Record<string, unknown>, op: { eq: (a: unknown, v: unknown) => string; notExists: (a: unknown) => string }) =>
            `${op.eq(attr.version, version)} AND (${op.notExists(attr.dependents)} OR ${op.eq(attr.dependents, 0)})`,
        ),
    ),
    onConditionFail: (existing) => {
      if (!existing) return notFound(typeName, id);
      if (Number(existing.dependents ?? 0) > 0) return invalidTransition(dependentsMessage, { id, reason: 'HAS_DEPENDENTS' });
      return versionConflict(typeName, id, version, existing.version as number);
    },
  };
}

/** NOT_FOUND when the record is gone, CONFLICT with the current version when someone else saved first. */
export const versionGuard = (typeName: string, id: string, expectedVersion: number) => (existing?: Record<string, unknown>) =>
  existing ? versionConflict(typeName, id, expectedVersion, existing.version as number) : notFound(typeName, id);

/**
 * A workflow step: writes `values` only while the stored status is still `fromStatus` (and the version still
 * matches when the caller sent one), so two concurrent transitions can never both succeed. The failure says
 * which: NOT_FOUND, INVALID_TRANSITION (the status moved on) or CONFLICT (the version did).
 */
export function statusStep(
  entity: AnyEntity,
  typeName: string,
  id: string,
  values: Record<string, unknown>,
  fromStatus: string,
  expectedVersion?: number | null,
): GuardedWrite {
  return {
    op: txItem(
      // Null values are cleared fields (e.g. a survey intro set to ""): removed, not stored.
      setOrRemove(entity.patch({ id }), values).where((attr: Record<string, unknown>, op: { eq: (a: unknown, v: unknown) => string }) =>
        [op.eq(attr.status, fromStatus), expectedVersion == null ? '' : op.eq(attr.version, expectedVersion)].filter(Boolean).join(' AND '),
      ),
    ),
    onConditionFail: (existing) => {
      if (!existing) return notFound(typeName, id);
      if (existing.status !== fromStatus)
        return invalidTransition(`${typeName} is now ${String(existing.status)}, not ${fromStatus}; reload and try again`, {
          reason: 'WRONG_STATUS',
          status: existing.status,
          statusType: `${typeName}Status`,
        });
      return versionConflict(typeName, id, expectedVersion ?? 0, existing.version as number);
    },
  };
}

/** GetItem and BatchGetItem by id for an entity keyed `{ id }` — every repository's first two access patterns. */
export function readsById<T>(entity: AnyEntity) {
  return {
    /** One record by id (GetItem); `consistent` when a write will be conditioned on what it read. */
    async get(id: string, options: { consistent?: boolean } = {}): Promise<T | undefined> {
      // originalErr: ElectroDB otherwise builds an error (with its stack) on every call, used only if the call fails.
      // attributes: the record's own, not the keys of its other indexes (see recordAttributes).
      const { data } = await entity
        .get({ id })
        .go({ originalErr: true, attributes: recordAttributes(entity).names, ...(options.consistent ? { consistent: true } : {}) });
      return (data ?? undefined) as T | undefined;
    },
    /** Records by id in the order asked (BatchGetItem, unprocessed keys retried; DataLoader's batch function). */
    async getMany(ids: readonly string[]): Promise<(T | undefined)[]> {
      return getInOrder<T>(
        entity,
        ids.map((id) => ({ id })),
      );
    },
  };
}
