import type { RecordAccess } from '../access/recordAccess';
import { requireViewer } from '../auth/access';
import type { Viewer } from '../auth/viewer';
import { forbidden, notFound } from '../core/errors';
import type { StudentRepository } from '../people/studentRepository';

/** The care records kept per child whose lists are asked for by `studentId`. */
type ChildRecordType = 'Handover' | 'LeaveRequest' | 'AuthorizedPickup';

/**
 * Before listing a child's handovers, leave or pickup persons: NOT_FOUND for no such child, FORBIDDEN when the viewer
 * may not read such records of this child (another family's child, another school's). An empty list would be a
 * silent denial; SPEC §4 wants every denial coded. The policies of these types decide by the child and its school
 * alone, so asking them about a record of this child answers for all of its records.
 */
export async function requireChildRecords(
  deps: { access: RecordAccess; students: Pick<StudentRepository, 'get'> },
  viewer: Viewer | null,
  type: ChildRecordType,
  studentId: string,
): Promise<void> {
  const signedIn = requireViewer(viewer);
  const student = await deps.students.get(studentId);
  if (!student) throw notFound('Student', studentId);
  const probe = { id: '', schoolId: student.schoolId, studentId: student.id } as never;
  if (!(await deps.access.view(signedIn, type, probe))) throw forbidden(`You may not read this child’s ${type} records`);
}
