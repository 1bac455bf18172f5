import { getInOrder, recordAttributes } from '../db/batches';
import type { Db } from '../db/client';
import { readsById } from '../db/versionedPatch';
import { queryPage, type Page, type PageArgs } from '../db/paging';
import { memberItems, memberPage, parseWith, type MemberSource } from '../db/memberLists';
import { ConcurrentTransaction, transactWrite, txItem, type GuardedWrite } from '../db/transactions';
import { DISTRICT_SCOPE, evaluationEntity, standingEntity, type EvaluationRecord, type StandingRecord } from './evaluationEntity';

export interface EvaluationListArgs extends PageArgs {
  providerId?: string | null;
  schoolId?: string | null;
  kind?: string | null;
  totalBelow?: number | null;
}

export function createEvaluationRepository(db: Db) {
  const evaluation = evaluationEntity(db);
  const standing = standingEntity(db);
  const parseEvaluation = parseWith<EvaluationRecord>(evaluation);
  // Pages and kept lists read the record's own attributes (recordAttributes): the same items, so the same cursors.
  const ownFields = recordAttributes(evaluation).fields;

  return {
    ...readsById<EvaluationRecord>(evaluation),

    /** Evaluations newest first, by provider (gsi2), school (gsi1) or district (gsi4), narrowed by filters. */
    async list(args: EvaluationListArgs, members?: MemberSource): Promise<Page<EvaluationRecord>> {
      const { providerId, schoolId, kind, totalBelow } = args;
      const listId = `evaluations:${JSON.stringify({ providerId, schoolId, kind, totalBelow })}`;
      // A provider's whole list, from the items of its kept evaluation ids: the page the gsi2 Query would give.
      if (members && providerId && !schoolId && !kind && totalBelow == null) {
        const belongs = (e: EvaluationRecord) => e.providerId === providerId;
        return memberPage(await members(), { ...args, listId, sortKey: 'gsi2sk', order: 'desc', parse: parseEvaluation, belongs });
      }
      const base = providerId ? evaluation.query.byProvider({ providerId }) : schoolId ? evaluation.query.bySchool({ schoolId }) : evaluation.query.all({});
      const query = base.where((attr, op) =>
        [
          providerId && schoolId ? op.eq(attr.schoolId, schoolId) : '',
          kind ? op.eq(attr.kind, kind) : '',
          totalBelow != null ? op.lt(attr.total, totalBelow) : '',
        ]
          .filter(Boolean)
          .join(' AND '),
      );
      return queryPage<EvaluationRecord>(db, query, { ...args, listId, order: 'desc', attributes: ownFields });
    },

    /** Stored items of these evaluations, for the kept lists of a response's providers (one BatchGetItem per 100). */
    memberItems: (ids: readonly string[]) => memberItems(db, evaluation, ids, 'gsi2'),

    /** The district standing of many providers (BatchGetItem: one call for a page of providers). */
    async districtStandings(providerIds: readonly string[]): Promise<(StandingRecord | undefined)[]> {
      return getInOrder<StandingRecord>(
        standing,
        providerIds.map((providerId) => ({ providerId, scope: DISTRICT_SCOPE })),
      );
    },

    /** All standing items of a provider: the district one and one per school (one Query). */
    async standings(providerId: string): Promise<StandingRecord[]> {
      const { data } = await standing.query.byProvider({ providerId }).go({ pages: 'all' });
      return data;
    },

    /** The transaction step that stores a standing if nobody changed it since it was read (version 0 = new). */
    standingStep(next: StandingRecord, readVersion: number): GuardedWrite {
      const { providerId: _providerId, scope: _scope, ...values } = next;
      const op =
        readVersion === 0
          ? txItem(standing.create(next))
          : txItem(
              standing
                .patch({ providerId: next.providerId, scope: next.scope })
                .set(values)
                .where((attr, o) => o.eq(attr.version, readVersion)),
            );
      // A standing that moved meanwhile is a concurrent evaluation of the same provider: re-read and retry.
      return { op, onConditionFail: () => new ConcurrentTransaction() };
    },

    /** Records the evaluation (and marks what it supersedes) with the standing steps, in one transaction. */
    async record(record: EvaluationRecord, extra: GuardedWrite[]) {
      const steps: GuardedWrite[] = [{ op: txItem(evaluation.create(record)) }];
      if (record.supersedesId) {
        steps.push({
          op: txItem(
            evaluation
              .patch({ id: record.supersedesId })
              .set({ supersededById: record.id, updatedAt: record.createdAt })
              .where((attr, op) => op.notExists(attr.supersededById)),
          ),
          onConditionFail: () => new ConcurrentTransaction(),
        });
      }
      await transactWrite(db, [...steps, ...extra]);
      return record;
    },
  };
}

export type EvaluationRepository = ReturnType<typeof createEvaluationRepository>;
