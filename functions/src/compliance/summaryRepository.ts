import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { getInOrder } from '../db/batches';
import type { Db } from '../db/client';
import type { SchoolTerm } from './complianceMarks';
import { complianceSummaryEntity, type ComplianceSummaryRecord } from './summaryEntity';

export type SummaryValues = Omit<ComplianceSummaryRecord, 'schoolId' | 'termId' | 'revision'>;

/** Whether an error is DynamoDB's failed condition, however ElectroDB wraps it. */
function conditionFailed(error: unknown): boolean {
  for (let cause: unknown = error; cause; cause = (cause as { cause?: unknown }).cause) {
    if (cause instanceof ConditionalCheckFailedException || (cause as { name?: string }).name === 'ConditionalCheckFailedException') return true;
  }
  return false;
}

export function createSummaryRepository(db: Db) {
  const summary = complianceSummaryEntity(db);

  return {
    /**
     * The summaries of these school terms in the order asked (BatchGetItem, 100 keys per request, unprocessed keys
     * retried: a throttled key must not read as a missing summary, which would recompute the school's term).
     */
    async getMany(keys: readonly SchoolTerm[]): Promise<(ComplianceSummaryRecord | undefined)[]> {
      return getInOrder<ComplianceSummaryRecord>(
        summary,
        keys.map(({ schoolId, termId }) => ({ schoolId, termId })),
      );
    },

    /**
     * Stores a recomputed summary if no write has marked the school term since `basedOnRevision` was read (the
     * result would already be stale). Returns false — nothing stored, the summary stays stale — when one did.
     */
    async save(key: SchoolTerm, values: SummaryValues, basedOnRevision: number): Promise<boolean> {
      try {
        await summary
          .upsert({ ...key, ...values })
          .where((attr, op) => (basedOnRevision === 0 ? op.notExists(attr.revision) : op.eq(attr.revision, basedOnRevision)))
          .go();
        return true;
      } catch (error) {
        if (conditionFailed(error)) return false;
        throw error;
      }
    },
  };
}

export type SummaryRepository = ReturnType<typeof createSummaryRepository>;
