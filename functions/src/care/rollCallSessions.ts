import * as z from 'zod';
import type { ActivityRecord } from '../activities/activityEntity';
import type { Viewer } from '../auth/viewer';
import { minutesOf } from '../core/clock';
import { forbidden, notFound } from '../core/errors';
import { requireViewer } from '../auth/access';
import { dateString, parseInput } from '../core/validation';
import { allRecords } from '../db/allRecords';
import { requirePersonInCharge } from './personInCharge';
import { rollCallId, type RollCallMark, type RollCallRecord } from './rollCallEntity';
import type { RollCallDeps } from './rollCallService';

/**
 * The read side of roll call: a recorded roll call by id, a session's roll call (recorded, or the draft the phone
 * page starts from), and the sessions a viewer takes roll call for on a date. Writes are in `rollCallRecording.ts`.
 */

/** A not-yet-taken roll call as the phone page starts it: every rostered child PRESENT, or LEAVE when on leave. */
export interface RollCallDraft extends RollCallRecord {
  recorded: false;
}

export function createRollCallSessions(deps: RollCallDeps) {
  const { rollCalls, leaves, activities, rosters, staff, access, calendar } = deps;
  const now = () => deps.now?.() ?? new Date();

  async function loadActivity(id: string) {
    const activity = await activities.get(id);
    if (!activity) throw notFound('Activity', id);
    return activity;
  }

  const rosterOf = (activityId: string) => allRecords((after) => rosters.listOfActivity(activityId, { first: 100, after }));

  async function draftMarks(activity: ActivityRecord, date: string): Promise<RollCallMark[]> {
    const [roster, onLeave] = await Promise.all([rosterOf(activity.id), leaves.coveringDate(activity.schoolId, date)]);
    const leaveIds = new Set(onLeave.map((leave) => leave.studentId));
    return roster.map((entry) => ({ studentId: entry.studentId, classId: entry.classId, status: leaveIds.has(entry.studentId) ? 'LEAVE' : 'PRESENT' }));
  }

  const inCharge = (viewer: Viewer, activity: ActivityRecord) => requirePersonInCharge(viewer, activity, staff).then(Boolean, () => false);

  /** Before it is taken, the session's roll call as the phone page starts it (see `RollCallDraft`). */
  async function draftOf(activity: ActivityRecord, date: string): Promise<RollCallDraft> {
    const activityId = activity.id;
    const at = now().toISOString();
    return {
      recorded: false,
      id: rollCallId(activityId, date),
      version: 0,
      activityId,
      date,
      schoolId: activity.schoolId,
      termId: activity.termId,
      minutes: minutesOf(activity.endTime) - minutesOf(activity.startTime),
      takenBy: '',
      takenAt: at,
      marks: await draftMarks(activity, date),
      createdAt: at,
      updatedAt: at,
    };
  }

  /** A session of the viewer's own list (`sessions`): the recorded roll call as they may see it, or the draft. */
  async function sessionOf(viewer: Viewer, activity: ActivityRecord, date: string): Promise<RollCallRecord | RollCallDraft | null> {
    const stored = await rollCalls.ofSession(activity.id, date);
    if (stored) return (await access.view(viewer, 'RollCall', stored)) ?? null;
    if (!(await inCharge(viewer, activity))) return null;
    const draft = await draftOf(activity, date);
    // The draft's children are the roster of an active activity the provider runs: their names (given name and class,
    // the student policy's provider view) need no roster read per child.
    if (viewer.role === 'PROVIDER' && activity.status === 'ACTIVE')
      access.relationsOf(viewer).rememberRunsActivityOf(draft.marks.map((mark) => mark.studentId));
    return draft;
  }

  /**
   * The activities a viewer takes roll call for: a teacher's own (by their staff record's list), a school admin's
   * school, a provider's (gsi2 by provider: the activities it runs in every school and term, at most a few dozen).
   */
  async function candidatesOf(viewer: Viewer): Promise<ActivityRecord[]> {
    if (viewer.role === 'TEACHER')
      return (await activities.getMany(viewer.staffId ? await staff.activityIdsOf(viewer.staffId) : [])).filter((item): item is ActivityRecord =>
        Boolean(item),
      );
    if (viewer.role === 'PROVIDER') {
      const providerId = viewer.providerId;
      if (!providerId) return [];
      return (await allRecords((after) => activities.list({ providerId, status: 'ACTIVE', first: 100, after }))).filter(
        (item) => item.providerId === providerId,
      );
    }
    const schoolId = viewer.schoolId;
    return (await allRecords((after) => activities.list({ schoolId, status: 'ACTIVE', first: 100, after }))).filter((item) => item.schoolId === schoolId);
  }

  return {
    /** A recorded roll call by id, as the viewer may see it. */
    async get(viewer: Viewer | null, id: string): Promise<RollCallRecord> {
      const stored = await rollCalls.get(id);
      if (!stored) throw notFound('RollCall', id);
      return access.require(viewer, 'RollCall', stored);
    },

    /**
     * The session's roll call: the recorded one as the viewer may see it; before it is taken, a draft for those who
     * take it (rostered children PRESENT, LEAVE where a leave covers the date); null to others who may read it once
     * taken. NOT_FOUND for no such activity; FORBIDDEN for a viewer who may not read it (e.g. a parent whose child is
     * not on the roster, another school's teacher); UNAUTHENTICATED without a viewer.
     */
    async ofSession(viewer: Viewer | null, activityId: string, date: string): Promise<RollCallRecord | RollCallDraft | null> {
      const signedIn = requireViewer(viewer);
      parseInput(z.object({ date: dateString }), { date });
      const activity = await loadActivity(activityId);
      const stored = await rollCalls.ofSession(activityId, date);
      if (stored) return access.require(signedIn, 'RollCall', stored);
      if (await inCharge(signedIn, activity)) return draftOf(activity, date);
      // Not taken yet: null only for a viewer who may read it once taken (SPEC §4: a denial is coded, never an
      // empty answer). The policy decides by the session and its marks, so ask it about the roll call as it
      // would be taken: every rostered child marked.
      const probe = await draftOf(activity, date);
      if (!(await access.view(signedIn, 'RollCall', { ...probe, staffId: activity.staffId, providerId: activity.providerId })))
        throw forbidden('You may not read this session’s roll call');
      return null;
    },

    /**
     * The sessions the viewer takes roll call for on a date, in start order, each as its roll call (recorded, or the
     * draft): a TEACHER's own activities, a school admin's whole school, a PROVIDER user's activities its provider runs
     * (at every school). Empty on a day without service.
     */
    async sessions(viewer: Viewer | null, date: string): Promise<(RollCallRecord | RollCallDraft)[]> {
      parseInput(z.object({ date: dateString }), { date });
      if (!viewer || (viewer.role !== 'TEACHER' && viewer.role !== 'SCHOOL_ADMIN' && viewer.role !== 'PROVIDER')) return [];
      const candidates = await candidatesOf(viewer);
      const calendars = new Map<string, Promise<string | null>>();
      const runs = async (activity: ActivityRecord) => {
        if (!calendars.has(activity.termId))
          calendars.set(
            activity.termId,
            calendar.forTerm(activity.termId).then(
              (term) => term.timetableWeekday(date),
              () => null,
            ),
          );
        return activity.status === 'ACTIVE' && (await calendars.get(activity.termId)) === activity.weekday;
      };
      const today = (await Promise.all(candidates.map(async (activity) => ((await runs(activity)) ? activity : undefined)))).filter(
        (item): item is ActivityRecord => Boolean(item),
      );
      today.sort((a, b) => a.startTime.localeCompare(b.startTime));
      const sessions = await Promise.all(today.map((activity) => sessionOf(viewer, activity, date)));
      return sessions.filter((item): item is RollCallRecord | RollCallDraft => item !== null);
    },
  };
}
