import { invalidTransition, notFound } from '../core/errors';
import type { Db } from '../db/client';
import { recordAttributes } from '../db/batches';
import { queryPage, type Page, type PageArgs } from '../db/paging';
import { memberItems, memberPage, parseWith, type MemberSource } from '../db/memberLists';
import { transactWrite, txItem, type GuardedWrite } from '../db/transactions';
import { whereEquals } from '../db/filters';
import { deleteUnused, readsById, statusStep, versionedPatch, versionGuard } from '../db/versionedPatch';
import { contractEntity, type ContractRecord, type StoredContractStatus } from './contractEntity';
import { createComplianceMarks } from '../compliance/complianceMarks';

export interface ContractListArgs extends PageArgs {
  schoolId?: string | null;
  providerId?: string | null;
  termId?: string | null;
  status?: StoredContractStatus | null;
  endDateFrom?: string | null;
  endDateTo?: string | null;
}

function writable(record: ContractRecord) {
  const { id: _id, createdAt: _createdAt, dependents: _dependents, activityIdSet: _activityIds, ...values } = record;
  return values;
}

export function createContractRepository(db: Db) {
  const contract = contractEntity(db);
  // Pages and kept lists read the record's own attributes (recordAttributes): the same items, so the same cursors.
  const ownFields = recordAttributes(contract).fields;
  // Contract writes mark their school's term for the compliance overview, in the same transaction (exit completion,
  // which uses `transitionStep` in batches, marks before and after instead).
  const marks = createComplianceMarks(db);
  const parseContract = parseWith<ContractRecord>(contract);

  return {
    ...readsById<ContractRecord>(contract),

    /**
     * Contracts of a school (gsi1) or a provider (gsi2) newest first, or of the whole district by end date (gsi3,
     * optionally within an end-date range); the other filters narrow the Query. Never a Scan.
     */
    async list(args: ContractListArgs, members?: MemberSource): Promise<Page<ContractRecord>> {
      const { schoolId, providerId, termId, status, endDateFrom, endDateTo } = args;
      const listId = `contracts:${JSON.stringify({ schoolId, providerId, termId, status, endDateFrom, endDateTo })}`;
      // A provider's whole list, from the items of its kept contract ids: the page the gsi2 Query would give. A
      // narrowed list (a school admin's, a status) is queried.
      if (members && providerId && !schoolId && !termId && !status && !endDateFrom && !endDateTo) {
        const belongs = (c: ContractRecord) => c.providerId === providerId;
        return memberPage(await members(), { ...args, listId, sortKey: 'gsi2sk', order: 'desc', parse: parseContract, belongs });
      }
      if (schoolId || providerId) {
        const base = schoolId ? contract.query.bySchool({ schoolId }) : contract.query.byProvider({ providerId: providerId! });
        const query = base.where(whereEquals({ providerId: schoolId ? providerId : undefined, termId, status }));
        return queryPage<ContractRecord>(db, query, { ...args, listId, order: 'desc', attributes: ownFields });
      }
      const base = contract.query.byEndDate({});
      const ranged = endDateFrom || endDateTo ? base.between({ endDate: endDateFrom ?? '0000-00-00' }, { endDate: `${endDateTo ?? '9999-12-31'}~` }) : base;
      return queryPage<ContractRecord>(db, ranged.where(whereEquals({ termId, status })), { ...args, listId, attributes: ownFields });
    },

    /** Stored items of these contracts, for the kept lists of a response's providers (one BatchGetItem per 100). */
    memberItems: (ids: readonly string[]) => memberItems(db, contract, ids, 'gsi2'),

    async create(record: ContractRecord, extra: GuardedWrite[] = []) {
      await transactWrite(db, [{ op: txItem(contract.create(record)) }, marks.step(record), ...extra]);
      return record;
    },

    /** Saves a draft's edited fields if the version still matches and it is still a DRAFT. */
    async updateDraft(next: ContractRecord, expectedVersion: number, extra: GuardedWrite[] = []) {
      await transactWrite(db, [
        {
          op: versionedPatch(contract, { id: next.id }, writable(next), expectedVersion),
          onConditionFail: versionGuard('Contract', next.id, expectedVersion),
        },
        marks.step(next),
        ...extra,
      ]);
      return next;
    },

    /** A lifecycle step, written only while the contract is still in `previous.status`. */
    transitionStep(previous: ContractRecord, next: ContractRecord, expectedVersion?: number | null): GuardedWrite {
      return statusStep(contract, 'Contract', next.id, writable(next), previous.status, expectedVersion);
    },

    async transition(previous: ContractRecord, next: ContractRecord, expectedVersion?: number | null, extra: GuardedWrite[] = []) {
      await transactWrite(db, [this.transitionStep(previous, next, expectedVersion), marks.step(next), ...extra]);
      return next;
    },

    async delete(previous: ContractRecord, extra: GuardedWrite[] = []) {
      await transactWrite(db, [
        deleteUnused(contract, 'Contract', previous, 'Contract has activities; move or delete them first'),
        marks.step(previous),
        ...extra,
      ]);
    },

    /**
     * Counts an activity on the contract (+1/-1); for +1 it also proves, inside the same transaction, that the
     * contract is ACTIVE, so no activity can be attached to a contract terminated a moment earlier.
     */
    dependentDelta(id: string, delta: 1 | -1, activityId: string): GuardedWrite {
      const counted = contract.patch({ id }).add({ dependents: delta });
      const listed = delta > 0 ? counted.add({ activityIdSet: [activityId] }) : counted.delete({ activityIdSet: [activityId] });
      return {
        op: txItem(listed.where((attr, op) => (delta > 0 ? op.eq(attr.status, 'ACTIVE') : ''))),
        onConditionFail: (existing) =>
          existing
            ? invalidTransition(`Contract ${id} is ${String(existing.status)}, not ACTIVE`, {
                field: 'contractId',
                reason: 'WRONG_STATUS',
                status: existing.status,
                statusType: 'ContractStatus',
              })
            : notFound('Contract', id),
      };
    },
  };
}

export type ContractRepository = ReturnType<typeof createContractRepository>;
