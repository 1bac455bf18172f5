import type { ViewerRelations } from '../access/relations';
import type { Viewer } from '../auth/viewer';
import { maskPhone } from './names';

/**
 * Guardians' phones are masked (138****8000) to everyone but the class teacher and the school admin (SPEC §3.11) —
 * the district office and the families included. A field rule: every type that carries a phone resolves it here.
 */
export async function seesPhones(
  viewer: Viewer | null,
  relations: ViewerRelations | undefined,
  student: { schoolId: string; classId: string },
): Promise<boolean> {
  if (!viewer) return false;
  if (viewer.role === 'SCHOOL_ADMIN') return viewer.schoolId === student.schoolId;
  if (viewer.role === 'TEACHER' && relations && viewer.schoolId === student.schoolId) return (await relations.teacherClassIds()).has(student.classId);
  return false;
}

/** The phone as this viewer may see it. */
export const shownPhone = (phone: string | null | undefined, clear: boolean) => (clear ? (phone ?? null) : maskPhone(phone));
