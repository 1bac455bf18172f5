import type { Identifier, SortPayload } from 'react-admin';
import { changedFields, pickFields, withoutEmpty } from '../dataProvider/changes';
import { connectionPage, cursorStep, existing, presentValues, type CoversAll } from '../dataProvider/connection';
import { operation, type PageRequest, type ResourceApi } from '../dataProvider/operation';
import {
  CreateSchoolDocument,
  DeleteSchoolDocument,
  SchoolCursorDocument,
  SchoolDocument,
  SchoolListDocument,
  UpdateSchoolDocument,
  type CreateSchoolInput,
  type SchoolFilter,
  type SchoolOrder,
  type UpdateSchoolInput,
} from '../generated/graphql';

const createFields = ['name', 'code', 'type', 'ownership', 'grades', 'address', 'studentCount', 'principal', 'leadershipGroup', 'pickupSlots'] as const;
const updateFields = createFields;
// Fails to compile when the SDL gains an input field the console does not send yet.
const checkCreate: CoversAll<CreateSchoolInput, typeof createFields> = createFields;
const checkUpdate: CoversAll<UpdateSchoolInput, typeof updateFields> = updateFields;
void checkCreate;
void checkUpdate;

/** react-admin list filters (search box `q`, type, ownership) as the API's SchoolFilter. */
export function toSchoolFilter(filter: Record<string, unknown>): SchoolFilter {
  const { q, type, ownership, ids } = presentValues(filter);
  return {
    ...(typeof q === 'string' && q.trim() ? { q: q.trim() } : {}),
    ...(type ? { type: type as SchoolFilter['type'] } : {}),
    ...(ownership ? { ownership: ownership as SchoolFilter['ownership'] } : {}),
    ...(Array.isArray(ids) ? { ids: ids as string[] } : {}),
  };
}

const orderFields: Record<string, SchoolOrder['field']> = { code: 'CODE', name: 'NAME' };

/** Only code and name are sortable server-side; anything else keeps the API's default (code). */
export function toSchoolOrder(sort: SortPayload | undefined): SchoolOrder | undefined {
  const field = sort && orderFields[sort.field];
  return field ? { field, direction: sort.order === 'DESC' ? 'DESC' : 'ASC' } : undefined;
}

const listVariables = ({ filter, sort, first, after }: PageRequest) => ({
  filter: toSchoolFilter(filter),
  orderBy: toSchoolOrder(sort),
  first,
  after,
});

export function schoolChanges(data: Record<string, unknown>, previous: Record<string, unknown>): UpdateSchoolInput {
  return changedFields(data, previous, updateFields) as UpdateSchoolInput;
}

export const schoolApi: ResourceApi = {
  list: (request) => operation(SchoolListDocument, listVariables(request), (d) => connectionPage(d.schools)),
  cursor: (request) => operation(SchoolCursorDocument, listVariables(request), (d) => cursorStep(d.schools)),
  one: (id) => operation(SchoolDocument, { id: String(id) }, (d) => existing(d.school, 'School', id)),
  many: (ids: Identifier[]) => operation(SchoolListDocument, { filter: { ids: ids.map(String) }, first: Math.min(ids.length, 100) }, (d) => d.schools.nodes),
  create: (data) => operation(CreateSchoolDocument, { input: withoutEmpty(pickFields(data, createFields)) as CreateSchoolInput }, (d) => d.createSchool),
  changes: schoolChanges,
  update: (id, data, previous) =>
    operation(UpdateSchoolDocument, { id: String(id), input: schoolChanges(data, previous), expectedVersion: Number(previous.version) }, (d) => d.updateSchool),
  remove: (id) => operation(DeleteSchoolDocument, { id: String(id) }, (d) => ({ id: d.deleteSchool })),
};
