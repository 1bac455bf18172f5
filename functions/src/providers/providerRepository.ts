import { conflict, invalidTransition, notFound } from '../core/errors';
import { getInOrder, recordAttributes } from '../db/batches';
import type { Db } from '../db/client';
import { queryPage, type Page, type PageArgs } from '../db/paging';
import { isRetired, keptLists, withMember, type MemberList } from '../db/memberLists';
import { transactWrite, txItem, type GuardedWrite, type WriteChain } from '../db/transactions';
import { deleteUnused, readsById, statusStep, versionedPatch, versionGuard } from '../db/versionedPatch';
import { providerCreditCodeEntity, providerEntity, type ProviderRecord, type ProviderStatus } from './providerEntity';

export interface ProviderListArgs extends PageArgs {
  status?: ProviderStatus | null;
  kind?: ProviderRecord['kind'] | null;
  q?: string | null;
  serviceCategory?: string | null;
}

const duplicateCreditCode = (creditCode: string) => () =>
  conflict(`Unified social credit code ${creditCode} is already registered`, { field: 'creditCode', reason: 'DUPLICATE_CREDIT_CODE', creditCode });

/** Values a patch may write: never the id, creation time or the counter other transactions keep. */
/** Kept by other records' transactions (db/memberLists.ts): a provider's own writes never set them from a stale read. */
const memberFields = ['contractIds', 'contractIdsKept', 'documentIds', 'documentIdsKept', 'evaluationIds', 'evaluationIdsKept'] as const;

function writable(record: ProviderRecord) {
  const { id: _id, createdAt: _createdAt, dependents: _dependents, ...values } = record;
  for (const field of memberFields) delete (values as Record<string, unknown>)[field];
  return values;
}

export function createProviderRepository(db: Db) {
  const provider = providerEntity(db);
  const creditCode = providerCreditCodeEntity(db);

  return {
    ...readsById<ProviderRecord>(provider),

    /** Providers sorted by name: of one status (gsi3) or all (gsi1), filtered. Query only. */
    async list(args: ProviderListArgs): Promise<Page<ProviderRecord>> {
      const base = args.status ? provider.query.byStatus({ status: args.status }) : provider.query.byName({});
      const query = base.where((attr, op) =>
        [
          args.q ? `(${op.contains(attr.name, args.q)} OR ${op.begins(attr.creditCode, args.q.toUpperCase())})` : '',
          args.kind ? op.eq(attr.kind, args.kind) : '',
          args.serviceCategory ? op.contains(attr.serviceCategories, args.serviceCategory) : '',
        ]
          .filter(Boolean)
          .join(' AND '),
      );
      const { first: _first, after: _after, ...filter } = args;
      return queryPage<ProviderRecord>(db, query, { ...args, listId: `providers:${JSON.stringify(filter)}`, attributes: recordAttributes(provider).fields });
    },

    /** Which of these credit codes are registered (BatchGetItem on the uniqueness items). */
    async takenCreditCodes(codes: readonly string[]): Promise<Set<string>> {
      if (codes.length === 0) return new Set();
      const found = await getInOrder<{ creditCode: string }>(
        creditCode,
        [...new Set(codes)].map((code) => ({ creditCode: code })),
      );
      return new Set(found.flatMap((item) => (item ? [item.creditCode] : [])));
    },

    /** Creates the provider and claims its credit code, in one transaction. */
    async create(record: ProviderRecord, extra: GuardedWrite[] = []): Promise<ProviderRecord> {
      await transactWrite(db, [
        { op: txItem(provider.create({ ...record, ...keptLists('contractIds', 'documentIds', 'evaluationIds') })) },
        { op: txItem(creditCode.create({ creditCode: record.creditCode, providerId: record.id })), onConditionFail: duplicateCreditCode(record.creditCode) },
        ...extra,
      ]);
      return record;
    },

    /** Saves edited fields if the version still matches; a new credit code moves its uniqueness item. */
    async update(previous: ProviderRecord, next: ProviderRecord, expectedVersion: number, extra: GuardedWrite[] = []) {
      const writes: GuardedWrite[] = [
        { op: versionedPatch(provider, { id: next.id }, writable(next), expectedVersion), onConditionFail: versionGuard('Provider', next.id, expectedVersion) },
      ];
      if (next.creditCode !== previous.creditCode) {
        writes.push(
          { op: txItem(creditCode.delete({ creditCode: previous.creditCode })) },
          { op: txItem(creditCode.create({ creditCode: next.creditCode, providerId: next.id })), onConditionFail: duplicateCreditCode(next.creditCode) },
        );
      }
      await transactWrite(db, [...writes, ...extra]);
      return next;
    },

    /** A workflow step: `next` is written only while the provider is still in `previous.status`. */
    transitionStep(previous: ProviderRecord, next: ProviderRecord, expectedVersion?: number | null): GuardedWrite {
      return statusStep(provider, 'Provider', next.id, writable(next), previous.status, expectedVersion);
    },

    /** Runs a workflow step with its companions (audit, archived documents) as one transaction. */
    async transition(previous: ProviderRecord, next: ProviderRecord, expectedVersion: number | null | undefined, extra: GuardedWrite[] = []) {
      await transactWrite(db, [this.transitionStep(previous, next, expectedVersion), ...extra]);
      return next;
    },

    /** Deletes an unreviewed provider nothing refers to, and frees its credit code. */
    async delete(previous: ProviderRecord, extra: GuardedWrite[] = []) {
      await transactWrite(db, [
        deleteUnused(provider, 'Provider', previous, `Provider ${previous.name} has contracts, evaluations, activities or documents`),
        { op: txItem(creditCode.delete({ creditCode: previous.creditCode })) },
        ...extra,
      ]);
    },

    /** A transaction step proving the provider is in one of `allowedStatuses` when the transaction commits. */
    statusCheck(id: string, allowedStatuses: readonly ProviderStatus[]): GuardedWrite {
      const check = (
        provider as unknown as {
          check(key: { id: string }): { where(fn: (attr: Record<string, unknown>, op: { eq(a: unknown, v: unknown): string }) => string): WriteChain };
        }
      ).check({ id });
      return {
        op: txItem(check.where((attr, op) => `(${allowedStatuses.map((status) => op.eq(attr.status, status)).join(' OR ')})`)),
        onConditionFail: (existing) =>
          existing
            ? invalidTransition(`Provider is ${String(existing.status)}, needs ${allowedStatuses.join(' or ')}`, {
                providerId: id,
                reason: 'WRONG_STATUS',
                status: existing.status,
                statusType: 'ProviderStatus',
              })
            : notFound('Provider', id),
      };
    },

    /**
     * A transaction step that counts a record referring to the provider (+1) or its removal (-1), and — for new
     * records — proves the provider is in one of `allowedStatuses` at that very moment.
     */
    dependentDelta(
      id: string,
      delta: 1 | -1,
      allowedStatuses?: readonly ProviderStatus[],
      member?: { list: MemberList; id: string; provider?: ProviderRecord },
    ): GuardedWrite {
      const counted = provider.patch({ id }).add({ dependents: delta });
      return {
        op: txItem(
          // A child's id joins (or leaves) the provider's kept list in the same UpdateItem: one write per item per transaction.
          (member ? withMember(counted, member.list, delta, member.id, member.provider) : counted).where((attr, op) =>
            allowedStatuses ? `(${allowedStatuses.map((status) => op.eq(attr.status, status)).join(' OR ')})` : '',
          ),
        ),
        onConditionFail: (existing) =>
          existing
            ? invalidTransition(`Provider is ${String(existing.status)}: it cannot take this (needs ${allowedStatuses?.join(' or ')})`, {
                providerId: id,
                reason: 'WRONG_STATUS',
                status: existing.status,
                statusType: 'ProviderStatus',
              })
            : notFound('Provider', id),
      };
    },

    /**
     * A child not counted in `dependents` (a document) joins (+1) or leaves (-1) the provider's kept list: one step,
     * or none when the list is retired (`read`: the provider as the service read it).
     */
    memberSteps(id: string, list: MemberList, delta: 1 | -1, childId: string, read?: ProviderRecord): GuardedWrite[] {
      if (read && isRetired(read, list)) return [];
      // ElectroDB types a patch chain as sendable only after its first operation; withMember adds that operation.
      const chain = provider.patch({ id }) as unknown as WriteChain;
      return [{ op: txItem(withMember(chain, list, delta, childId, read)), onConditionFail: () => notFound('Provider', id) }];
    },
  };
}

export type ProviderRepository = ReturnType<typeof createProviderRepository>;
