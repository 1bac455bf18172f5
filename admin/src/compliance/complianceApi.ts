import type { Identifier } from 'react-admin';
import { operation, type ResourceApi } from '../dataProvider/operation';
import { ComplianceOverviewDocument, ComplianceReportDocument } from '../generated/graphql';

/** A report is addressed by school and term; react-admin's getOne gets them as one id `school/term`. */
export const complianceReportId = (schoolId: string, termId: string) => `${schoolId}/${termId}`;

export function parseReportId(id: Identifier): { schoolId: string; termId: string } {
  const [schoolId, termId] = String(id).split('/');
  if (!schoolId || !termId) throw new Error(`A compliance report id is "school/term", not "${String(id)}"`);
  return { schoolId, termId };
}

/** Read-only: computed by the API from the term's timetable and the district policy. */
export const complianceApi: ResourceApi = {
  one: (id) => operation(ComplianceReportDocument, parseReportId(id), (d) => ({ ...d.complianceReport, id: String(id) })),
};

/** The overview of each school's current term has this id; a slot's is `2026-2027/1`. */
export const CURRENT_TERMS = 'current';

export function parseOverviewId(id: Identifier): { schoolYear: string | null; semester: number | null } {
  if (String(id) === CURRENT_TERMS) return { schoolYear: null, semester: null };
  const [schoolYear, semester] = String(id).split('/');
  return { schoolYear, semester: semester ? Number(semester) : null };
}

/** Read-only: the district overview (school × rule), from the summaries the API maintains. */
export const complianceOverviewApi: ResourceApi = {
  one: (id) => operation(ComplianceOverviewDocument, parseOverviewId(id), (d) => ({ ...d.complianceOverview, id: String(id) })),
};
