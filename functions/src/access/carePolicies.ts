import type { Viewer } from '../auth/viewer';
import type { AlertRecord } from '../care/alertEntity';
import type { CareLogRecord } from '../care/careLogEntity';
import type { DutyRotaRecord } from '../care/dutyRotaEntity';
import type { LeaveRequestRecord } from '../care/leaveEntity';
import type { AuthorizedPickupRecord, HandoverRecord } from '../care/pickupEntity';
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
const adminOf = (viewer: Viewer, schoolId: string) => viewer.role === 'SCHOOL_ADMIN' && viewer.schoolId === schoolId;
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
    if (viewer.role === 'PROVIDER' && viewer.providerId === rollCall.providerId) return 'FULL';
    if ((await teacherAt(viewer, relations, rollCall.schoolId)) && (await relations.teacherActivityIds()).has(rollCall.activityId)) return 'FULL';
    return (await ownMarks(context, rollCall)).length > 0 ? 'LIMITED' : undefined;
  },
  limited: async (context, rollCall) => ({ ...rollCall, marks: await ownMarks(context, rollCall) }),
};

/** A record about one child: the school, the child's guardians, the class teacher, and teachers running the child's activities. */
const childRecord = <R extends { schoolId: string; studentId: string }>(options: { teachers: boolean }): RecordPolicy<R> => ({
  async level({ viewer, relations, levelOf }, record) {
    if (isDistrict(viewer) || adminOf(viewer, record.schoolId)) return 'FULL';
    if (viewer.role === 'PARENT') return (await relations.guardianStudentIds()).has(record.studentId) ? 'FULL' : undefined;
    // A teacher who may read the child (the class teacher, or one running an activity the child is on).
    if (options.teachers && (await teacherAt(viewer, relations, record.schoolId))) return (await levelOf(record.studentId)) ? 'FULL' : undefined;
    if (options.teachers && viewer.role === 'PROVIDER' && (await relations.runsActivityOf(record.studentId))) return 'FULL';
    return undefined;
  },
});

export const leaveRequestPolicy: RecordPolicy<LeaveRequestRecord> = childRecord<LeaveRequestRecord>({ teachers: true });
export const handoverPolicy: RecordPolicy<HandoverRecord> = childRecord<HandoverRecord>({ teachers: true });

/**
 * Pickup persons: the guardians read them with their codes; the school and the child's teachers read who may come
 * (name, relation) but never the code — the code is what the person shows at the gate.
 */
export const authorizedPickupPolicy: RecordPolicy<AuthorizedPickupRecord> = {
  async level(context, pickup) {
    const { viewer, relations } = context;
    if (viewer.role === 'PARENT') return (await relations.guardianStudentIds()).has(pickup.studentId) ? 'FULL' : undefined;
    return (await childRecord<AuthorizedPickupRecord>({ teachers: true }).level(context, pickup)) ? 'LIMITED' : undefined;
  },
  limited: (_context, pickup) => ({ ...pickup, code: '' }),
};

/** Alerts: the school; staff it is addressed to; guardians it is addressed to (about their own child). */
export const alertPolicy: RecordPolicy<AlertRecord> = {
  async level({ viewer, relations }, alert) {
    if (isDistrict(viewer) || adminOf(viewer, alert.schoolId)) return 'FULL';
    if (viewer.staffId && alert.staffIds.includes(viewer.staffId) && (await teacherAt(viewer, relations, alert.schoolId))) return 'FULL';
    if (
      viewer.role === 'PARENT' &&
      viewer.guardianId &&
      alert.guardianIds.includes(viewer.guardianId) &&
      alert.studentId &&
      (await relations.guardianStudentIds()).has(alert.studentId)
    )
      return 'FULL';
    return undefined;
  },
};

/** Care logs: the school, and its duty leaders (a TEACHER on duty reads and writes the log). */
export const careLogPolicy: RecordPolicy<CareLogRecord> = {
  async level({ viewer, relations }, log) {
    if (isDistrict(viewer) || adminOf(viewer, log.schoolId)) return 'FULL';
    if ((await teacherAt(viewer, relations, log.schoolId)) && (await relations.teacherIsDutyLeader())) return 'FULL';
    return undefined;
  },
};

/**
 * Duty rotas (值班表): the school and the district; the school's staff (TEACHER) read it too — who is on duty is posted
 * for the whole staff. Families and providers do not read it (it names staff members).
 */
export const dutyRotaPolicy: RecordPolicy<DutyRotaRecord> = {
  async level({ viewer, relations }, rota) {
    if (isDistrict(viewer) || adminOf(viewer, rota.schoolId)) return 'FULL';
    if (await teacherAt(viewer, relations, rota.schoolId)) return 'FULL';
    return undefined;
  },
};
