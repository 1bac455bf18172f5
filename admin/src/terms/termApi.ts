import { changedFields, pickFields, withoutEmpty } from '../dataProvider/changes';
import { connectionPage, cursorStep, existing, presentValues, type CoversAll } from '../dataProvider/connection';
import { operation, type PageRequest, type ResourceApi } from '../dataProvider/operation';
import {
  CopyTermToAllSchoolsDocument,
  CreateTermDocument,
  DeleteTermDocument,
  TermCursorDocument,
  TermDocument,
  TermListDocument,
  UpdateTermDocument,
  type CreateTermInput,
  type TermFilter,
  type UpdateTermInput,
} from '../generated/graphql';

const updateFields = ['schoolYear', 'semester', 'startDate', 'endDate', 'excludedDates', 'makeUpDays'] as const;
const createFields = ['schoolId', ...updateFields] as const;
// Fails to compile when the SDL gains an input field the console does not send yet.
const checkCreate: CoversAll<CreateTermInput, typeof createFields> = createFields;
const checkUpdate: CoversAll<UpdateTermInput, typeof updateFields> = updateFields;
void checkCreate;
void checkUpdate;

/** react-admin list filters as the API's TermFilter; the semester filter needs a school year. */
export function toTermFilter(filter: Record<string, unknown>): TermFilter {
  const { schoolId, schoolYear, semester } = presentValues(filter);
  return {
    ...(schoolId ? { schoolId: String(schoolId) } : {}),
    ...(typeof schoolYear === 'string' ? { schoolYear } : {}),
    ...(schoolYear && semester ? { semester: Number(semester) } : {}),
  };
}

// Terms have no server-side sort (newest school year first), so react-admin's sort is not sent.
const listVariables = ({ filter, first, after }: PageRequest) => ({ filter: toTermFilter(filter), first, after });

export function termChanges(data: Record<string, unknown>, previous: Record<string, unknown>): UpdateTermInput {
  return changedFields(data, previous, updateFields) as UpdateTermInput;
}

export const termApi: ResourceApi = {
  list: (request) => operation(TermListDocument, listVariables(request), (d) => connectionPage(d.terms)),
  cursor: (request) => operation(TermCursorDocument, listVariables(request), (d) => cursorStep(d.terms)),
  referenceFilter: (target, id) => ({ [target]: id }),
  one: (id) => operation(TermDocument, { id: String(id) }, (d) => existing(d.term, 'Term', id)),
  create: (data) => operation(CreateTermDocument, { input: withoutEmpty(pickFields(data, createFields)) as CreateTermInput }, (d) => d.createTerm),
  changes: termChanges,
  update: (id, data, previous) =>
    operation(UpdateTermDocument, { id: String(id), input: termChanges(data, previous), expectedVersion: Number(previous.version) }, (d) => d.updateTerm),
  remove: (id) => operation(DeleteTermDocument, { id: String(id) }, (d) => ({ id: d.deleteTerm })),
};

/** District action: give every school that lacks it a term with the same year, semester and dates. */
export const copyTermToAllSchools = (termId: string) => operation(CopyTermToAllSchoolsDocument, { termId }, (d) => ({ count: d.copyTermToAllSchools.length }));
