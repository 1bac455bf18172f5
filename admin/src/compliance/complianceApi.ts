import type { Identifier } from 'react-admin';
import { operation, type ResourceApi } from '../dataProvider/operation';
import { ComplianceReportDocument } from '../generated/graphql';

/** A report is addressed by school and term; react-admin's getOne gets them as one id `school/term`. */
export const complianceReportId = (schoolId: string, termId: string) => `${schoolId}/${termId}`;

export function parseReportId(id: Identifier): { schoolId: string; termId: string } {
  const [schoolId, termId] = String(id).split('/');
  if (!schoolId || !termId) throw new Error(`A compliance report id is "school/term", not "${String(id)}"`);
  return { schoolId, termId };
}

/** Read-only: computed by the API from the term's timetable and the district policy. */
export const complianceApi: ResourceApi = {
  one: (id) =>
    operation(ComplianceReportDocument, parseReportId(id), (d) => ({ ...d.complianceReport, id: String(id) })),
};
