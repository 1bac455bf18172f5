import type { Viewer } from '../auth/viewer';
import type { RollCallRecord } from '../care/rollCallEntity';
import type { PolicyContext, ReadLevel, RecordPolicy } from './policies';
import type { ViewerRelations } from './relations';

/*
 * Daily care (SPEC §3.7, §4). Who reads what:
 * - DISTRICT_ADMIN: everything; SCHOOL_ADMIN: their school's records.
 * - TEACHER: roll calls and handovers of the activities they run in full; of other sessions, only the marks of
 *   their own class's children; alerts addressed to them; the care log when they are a duty leader of the school.
 * - PROVIDER: roll calls of the activities it runs.
 * - PARENT: only their linked children — the children's marks in a roll call (nobody else's), their leave,
 *   handovers, authorized pickups, alerts and notifications.
 */

const isDistrict = (viewer: Viewer) => viewer.role === 'DISTRICT_ADMIN';
const adminOf = (viewer: Viewer, schoolId: string) => viewer.role === 'SCHOOL_ADMIN' && Boolean(viewer.schoolId) && viewer.schoolId === schoolId;
const teacherAt = async (viewer: Viewer, relations: ViewerRelations, schoolId: string) =>
  viewer.role === 'TEACHER' && viewer.schoolId === schoolId && (await relations.teacherIsStaff());

/** The marks of the children this viewer may follow: a parent's children, a class teacher's class. */
async function ownMarks({ viewer, relations }: PolicyContext, rollCall: RollCallRecord) {
  if (viewer.role === 'PARENT') {
    const children = await relations.guardianStudentIds();
    return rollCall.marks.filter((mark) => children.has(mark.studentId));
  }
  if (await teacherAt(viewer, relations, rollCall.schoolId)) {
    const classes = await relations.teacherClassIds();
    return rollCall.marks.filter((mark) => mark.classId !== undefined && classes.has(mark.classId));
  }
  return [];
}

export const rollCallPolicy: RecordPolicy<RollCallRecord> = {
  async level(context, rollCall): Promise<ReadLevel | undefined> {
    const { viewer, relations } = context;
    if (isDistrict(viewer) || adminOf(viewer, rollCall.schoolId)) return 'FULL';
    if (viewer.role === 'PROVIDER' && viewer.providerId && viewer.providerId === rollCall.providerId) return 'FULL';
    if ((await teacherAt(viewer, relations, rollCall.schoolId)) && (await relations.teacherActivityIds()).has(rollCall.activityId)) return 'FULL';
    return (await ownMarks(context, rollCall)).length > 0 ? 'LIMITED' : undefined;
  },
  limited: async (context, rollCall) => ({ ...rollCall, marks: await ownMarks(context, rollCall) }),
};
