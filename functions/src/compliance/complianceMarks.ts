import type { Db } from '../db/client';
import { txItem, type GuardedWrite } from '../db/transactions';
import { complianceSummaryEntity } from './summaryEntity';

export interface SchoolTerm {
  schoolId: string;
  termId: string;
}

/**
 * Marks a school's term as changed for the compliance overview: ADD 1 to its summary's `revision`. Added by the
 * activity and contract repositories to every write's own transaction, so a change and its mark commit together.
 */
export function createComplianceMarks(db: Db) {
  const summary = complianceSummaryEntity(db);
  const distinct = (pairs: readonly SchoolTerm[]) => [...new Map(pairs.map((pair) => [`${pair.schoolId}/${pair.termId}`, pair])).values()];

  return {
    /** The transaction step (an upsert: the summary need not exist yet). Marks of one school term in one transaction collapse. */
    step({ schoolId, termId }: SchoolTerm): GuardedWrite {
      return { op: txItem(summary.update({ schoolId, termId }).add({ revision: 1 })), key: `complianceMark/${schoolId}/${termId}` };
    },

    /** The steps for several school terms, one per distinct pair. */
    steps(pairs: readonly SchoolTerm[]): GuardedWrite[] {
      return distinct(pairs).map((pair) => this.step(pair));
    },

    /**
     * Marks outside a transaction (UpdateItem each), for multi-step writes that cannot carry the marks in every
     * transaction (provider exit completion): called before the first step and after the last.
     */
    async now(pairs: readonly SchoolTerm[]): Promise<void> {
      await Promise.all(distinct(pairs).map(({ schoolId, termId }) => summary.update({ schoolId, termId }).add({ revision: 1 }).go()));
    },
  };
}

export type ComplianceMarks = ReturnType<typeof createComplianceMarks>;
