import { changedFields, pickFields, withoutEmpty } from '../dataProvider/changes';
import { connectionPage, cursorStep, existing, pickFilter, type CoversAll } from '../dataProvider/connection';
import { operation, type PageRequest, type ResourceApi } from '../dataProvider/operation';
import {
  CreateStudentDocument,
  DeleteStudentDocument,
  IssueGuardianCodeDocument,
  StudentCursorDocument,
  StudentDocument,
  StudentListDocument,
  UpdateStudentDocument,
  type CreateStudentInput,
  type StudentFilter,
  type UpdateStudentInput,
} from '../generated/graphql';

const commonFields = ['name', 'gender', 'leftBehind', 'hardship', 'guardians'] as const;
const createFields = ['classId', ...commonFields] as const;
const updateFields = ['classId', ...commonFields, 'status', 'leftOn'] as const;
const checkCreate: CoversAll<CreateStudentInput, typeof createFields> = createFields;
const checkUpdate: CoversAll<UpdateStudentInput, typeof updateFields> = updateFields;
void checkCreate;
void checkUpdate;

const filterKeys = ['schoolId', 'classId', 'grade', 'status', 'leftBehind', 'hardship', 'q', 'ids'] as const;
const listVariables = ({ filter, first, after }: PageRequest) => ({ filter: pickFilter<StudentFilter>(filter, filterKeys), first, after });

/** Guardian contacts as the API takes them: name, relation, phone (the `linked` flag and masked phones stay out). */
function contactsOf(data: Record<string, unknown>) {
  const guardians = data.guardians as { name?: string; relation?: string | null; phone?: string | null }[] | undefined;
  if (!guardians) return data;
  return { ...data, guardians: guardians.map(({ name, relation, phone }) => ({ name, relation: relation || null, phone: phone || null })) };
}

export function studentChanges(data: Record<string, unknown>, previous: Record<string, unknown>): UpdateStudentInput {
  const changes = changedFields(contactsOf(data), contactsOf(previous), updateFields) as UpdateStudentInput;
  // A masked phone (138****8000) read back unchanged is not a new number: send the contacts only when edited.
  return changes;
}

export const studentApi: ResourceApi = {
  list: (request) => operation(StudentListDocument, listVariables(request), (d) => connectionPage(d.students)),
  cursor: (request) => operation(StudentCursorDocument, listVariables(request), (d) => cursorStep(d.students)),
  many: (ids) => operation(StudentListDocument, { filter: { ids: ids.map(String) }, first: 100 }, (d) => d.students.nodes),
  referenceFilter: (target, id) => ({ [target]: id }),
  one: (id) => operation(StudentDocument, { id: String(id) }, (d) => existing(d.student, 'Student', id)),
  create: (data) =>
    operation(CreateStudentDocument, { input: withoutEmpty(pickFields(contactsOf(data), createFields)) as CreateStudentInput }, (d) => d.createStudent),
  changes: studentChanges,
  update: (id, data, previous) =>
    operation(
      UpdateStudentDocument,
      { id: String(id), input: studentChanges(data, previous), expectedVersion: Number(previous.version) },
      (d) => d.updateStudent,
    ),
  remove: (id) => operation(DeleteStudentDocument, { id: String(id) }, (d) => ({ id: d.deleteStudent })),
};

/** 发放绑定码: a new one-time code for the family (shown once). */
export const issueGuardianCode = (studentId: string) => operation(IssueGuardianCodeDocument, { studentId }, (d) => d.issueGuardianCode);
