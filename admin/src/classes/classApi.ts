import { changedFields, pickFields, withoutEmpty } from '../dataProvider/changes';
import { connectionPage, cursorStep, existing, pickFilter, type CoversAll } from '../dataProvider/connection';
import { operation, type PageRequest, type ResourceApi } from '../dataProvider/operation';
import {
  ApprovedListDocument,
  CreateSchoolClassDocument,
  DeleteSchoolClassDocument,
  SchoolClassCursorDocument,
  SchoolClassDocument,
  SchoolClassListDocument,
  UpdateSchoolClassDocument,
  type CreateSchoolClassInput,
  type SchoolClassFilter,
  type UpdateSchoolClassInput,
} from '../generated/graphql';

const updateFields = ['grade', 'name', 'classTeacherId'] as const;
const createFields = ['schoolId', ...updateFields] as const;
const checkCreate: CoversAll<CreateSchoolClassInput, typeof createFields> = createFields;
const checkUpdate: CoversAll<UpdateSchoolClassInput, typeof updateFields> = updateFields;
void checkCreate;
void checkUpdate;

const filterKeys = ['schoolId', 'grade', 'classTeacherId', 'ids'] as const;
const listVariables = ({ filter, first, after }: PageRequest) => ({ filter: pickFilter<SchoolClassFilter>(filter, filterKeys), first, after });

export const classApi: ResourceApi = {
  list: (request) => operation(SchoolClassListDocument, listVariables(request), (d) => connectionPage(d.schoolClasses)),
  cursor: (request) => operation(SchoolClassCursorDocument, listVariables(request), (d) => cursorStep(d.schoolClasses)),
  many: (ids) => operation(SchoolClassListDocument, { filter: { ids: ids.map(String) }, first: 100 }, (d) => d.schoolClasses.nodes),
  referenceFilter: (target, id) => ({ [target]: id }),
  one: (id) => operation(SchoolClassDocument, { id: String(id) }, (d) => existing(d.schoolClass, 'SchoolClass', id)),
  create: (data) =>
    operation(CreateSchoolClassDocument, { input: withoutEmpty(pickFields(data, createFields)) as CreateSchoolClassInput }, (d) => d.createSchoolClass),
  changes: (data, previous) => changedFields(data, previous, updateFields),
  update: (id, data, previous) =>
    operation(
      UpdateSchoolClassDocument,
      { id: String(id), input: changedFields(data, previous, updateFields) as UpdateSchoolClassInput, expectedVersion: Number(previous.version) },
      (d) => d.updateSchoolClass,
    ),
  remove: (id) => operation(DeleteSchoolClassDocument, { id: String(id) }, (d) => ({ id: d.deleteSchoolClass })),
};

/** One page (100) of a class's approved list for posting: masked names only. */
export const approvedListPage = (classId: string, termId: string, after: string | null) =>
  operation(ApprovedListDocument, { classId, termId, after }, (d) => d.enrolmentApplications);
