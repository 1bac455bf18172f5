import { localDate } from '../core/clock';
import { allRecords } from '../db/allRecords';
import type { GuardedWrite } from '../db/transactions';
import type { TermRepository } from '../terms/termRepository';
import { checksClasses } from './complianceInputs';
import type { ComplianceMarks } from './complianceMarks';

/**
 * Compliance marks for a school's records that belong to no term (classes, staff): the school's terms whose reports
 * read them — those that have not ended (see `checksClasses`), usually one or two. The steps go into the write's own
 * transaction, so the change and its marks commit together, as activity and contract writes do.
 */
export function createSchoolTermMarks(deps: { terms: TermRepository; complianceMarks: ComplianceMarks }) {
  return {
    async steps(schoolId: string, today = localDate()): Promise<GuardedWrite[]> {
      const terms = await allRecords((after) => deps.terms.list({ schoolId, first: 100, after }));
      return deps.complianceMarks.steps(terms.filter((term) => checksClasses(term, today)).map((term) => ({ schoolId, termId: term.id })));
    },
  };
}

export type SchoolTermMarks = ReturnType<typeof createSchoolTermMarks>;
