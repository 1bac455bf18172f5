import * as z from 'zod';
import type { ActivityRecord } from '../activities/activityEntity';
import type { Viewer } from '../auth/viewer';
import type { CalendarPolicy } from '../calendar/termCalendar';
import type { TermRecord } from '../terms/termEntity';
import { createRollCallReads } from './rollCallReads';
import { minutesOf } from '../core/clock';
import { badInput, invalidTransition, notFound } from '../core/errors';
import { dateString, parseInput } from '../core/validation';
import { logger } from '../observability/logger';
import { requirePersonInCharge, submitterScope } from './personInCharge';
import { markStatuses, rollCallId, type RollCallMark, type RollCallRecord } from './rollCallEntity';
import { AlreadySubmitted } from './rollCallRepository';
import { param, summary } from '../audit/auditSummaries';
import type { RollCallDeps } from './rollCallService';

/**
 * The write side of roll call: recording a session's marks, or correcting them with a version check, in one
 * transaction with the idempotency key and the audit entry. The reads (drafts, sessions) are in `rollCallSessions.ts`.
 */

/** The largest roster a roll call takes in one submission (a late-care group of a whole school stays below it). */
export const MAX_MARKS = 500;

export const idempotencyKey = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'must be 8–64 letters, digits, - or _ (a UUID will do)');

const rollCallInput = z.object({
  activityId: z.string().min(1).max(64),
  date: dateString,
  marks: z.array(z.object({ studentId: z.string().min(1).max(64), status: z.enum(markStatuses) })).max(MAX_MARKS, `must hold at most ${MAX_MARKS} marks`),
  idempotencyKey,
  expectedVersion: z.number().int().min(1).nullish(),
});

export type RollCallInput = z.input<typeof rollCallInput>;

export function createRollCallRecording(deps: RollCallDeps) {
  const { rollCalls, leaves, rosters, staff, audit, access, calendar } = deps;
  const reads = createRollCallReads(deps.db);
  const now = () => deps.now?.() ?? new Date();

  /**
   * The session must be a service day of the activity's term, that runs the activity's weekday, not in the future.
   * The term and policy when already read for this submission (the term is read by id otherwise).
   */
  async function requireSession(activity: ActivityRecord, date: string, term?: TermRecord, policy?: CalendarPolicy) {
    const day = await calendar.requireServiceDate(term ?? activity.termId, date, { policy });
    if (day.timetableWeekday !== activity.weekday) {
      throw badInput('date', `${date} runs the ${day.timetableWeekday ?? 'no'} timetable; the activity is held on ${activity.weekday}`);
    }
  }

  async function current(viewer: Viewer, id: string): Promise<RollCallRecord> {
    const stored = await rollCalls.get(id);
    if (!stored) throw notFound('RollCall', id);
    return access.require(viewer, 'RollCall', stored);
  }

  return {
    /**
     * Records (or, with `expectedVersion`, corrects) a session's roll call. Only the person in charge or the school
     * admin; only a service day of the term on the activity's weekday, not in the future; only rostered children.
     * A child on leave is marked LEAVE when not marked present. One idempotency key records once: a retry returns
     * the roll call as it stands. Two first submissions of one session: one wins, the other gets CONFLICT with the
     * current marks (`extensions.currentMarks`).
     */
    async record(viewer: Viewer | null, raw: RollCallInput): Promise<RollCallRecord> {
      const input = parseInput(rollCallInput, raw);
      // Round trip 1, all at once: the items whose keys the input and the token give (activity, used key, policy, a
      // teacher's staff record, the guessed term) in one BatchGetItem, the roster, and — for school staff, whose
      // activity must be at their own school — the school's leaves. Round trip 2 only for what the first could not
      // know: the term when the guess missed, the leaves of a provider's activity. They are awaited in the order of
      // the checks, so which error a bad submission gets is unchanged (a read not awaited after an error is dropped).
      const keyOf = viewer ? { scope: submitterScope(viewer), key: input.idempotencyKey } : undefined;
      const firstReads = reads.read(viewer, input.activityId, keyOf);
      const rosterRead = rosters.markSheetOf(input.activityId);
      const schoolOfViewer = viewer?.role === 'SCHOOL_ADMIN' || viewer?.role === 'TEACHER' ? viewer.schoolId : undefined;
      const viewerLeavesRead = schoolOfViewer ? leaves.coveringDate(schoolOfViewer, input.date) : undefined;
      for (const read of [rosterRead, viewerLeavesRead]) read?.catch(() => undefined);
      const { activity: found, usedKey, term, policy, staffMember } = await firstReads;
      if (!found) throw notFound('Activity', input.activityId);
      const activity = found;
      const signedIn = await requirePersonInCharge(viewer, activity, staff, staffMember);
      const id = rollCallId(activity.id, input.date);
      const scope = submitterScope(signedIn);
      if (usedKey) return current(signedIn, id);
      if (activity.status !== 'ACTIVE') throw invalidTransition('The activity is cancelled: no roll call is taken for it');
      const leavesRead = viewerLeavesRead && schoolOfViewer === activity.schoolId ? viewerLeavesRead : leaves.coveringDate(activity.schoolId, input.date);
      leavesRead.catch(() => undefined);
      await requireSession(activity, input.date, term, policy);

      const seen = new Set<string>();
      for (const [index, mark] of input.marks.entries()) {
        if (seen.has(mark.studentId)) throw badInput(`marks.${index}.studentId`, `${mark.studentId} is marked twice`);
        seen.add(mark.studentId);
      }
      const [roster, onLeave] = await Promise.all([rosterRead, leavesRead]);
      const rostered = new Map(roster.map((entry) => [entry.studentId, entry]));
      const leaveIds = new Set(onLeave.map((leave) => leave.studentId));
      const marks: RollCallMark[] = input.marks.map((mark, index) => {
        const entry = rostered.get(mark.studentId);
        if (!entry) throw badInput(`marks.${index}.studentId`, `${mark.studentId} is not on the activity’s roster`);
        // A child with leave who is not here is on leave, not absent: no alert, no worry.
        const status = leaveIds.has(mark.studentId) && mark.status === 'ABSENT' ? 'LEAVE' : mark.status;
        return { studentId: mark.studentId, classId: entry.classId, status };
      });
      // Children on leave the submitter left out are pre-marked LEAVE.
      for (const entry of roster)
        if (!seen.has(entry.studentId) && leaveIds.has(entry.studentId)) marks.push({ studentId: entry.studentId, classId: entry.classId, status: 'LEAVE' });

      const at = now().toISOString();
      const previous = input.expectedVersion ? await rollCalls.ofSession(activity.id, input.date) : undefined;
      const record: RollCallRecord = {
        id,
        version: (input.expectedVersion ?? 0) + 1,
        activityId: activity.id,
        date: input.date,
        schoolId: activity.schoolId,
        termId: activity.termId,
        staffId: activity.staffId,
        staffName: activity.staffName ?? undefined,
        providerId: activity.providerId,
        contractId: activity.contractId ?? undefined,
        minutes: minutesOf(activity.endTime) - minutesOf(activity.startTime),
        takenBy: signedIn.sub,
        takenByStaffId: signedIn.role === 'TEACHER' ? signedIn.staffId : undefined,
        takenAt: at,
        marks,
        createdAt: previous?.createdAt ?? at,
        updatedAt: at,
      };
      const count = (status: (typeof markStatuses)[number]) => param.number(marks.filter((mark) => mark.status === status).length);
      try {
        await rollCalls.write([
          // First: a retry fails here, before the roll call's own condition, and returns what was recorded.
          rollCalls.keyStep(scope, input.idempotencyKey, id, now()),
          input.expectedVersion ? rollCalls.updateStep(record, input.expectedVersion) : rollCalls.createStep(record),
          audit.entry({
            viewer: signedIn,
            action: input.expectedVersion ? 'CORRECT_ROLL_CALL' : 'RECORD_ROLL_CALL',
            entityType: 'Activity',
            entityId: activity.id,
            relatedId: id,
            summary: summary('rollCall.recorded', {
              date: param.date(input.date),
              present: count('PRESENT'),
              absent: count('ABSENT'),
              leave: count('LEAVE'),
              late: count('LATE'),
            }),
          }),
        ]);
      } catch (error) {
        if (error instanceof AlreadySubmitted) return current(signedIn, error.resultId);
        throw error;
      }
      for (const hook of deps.onRecorded ?? [])
        await hook(record, activity).catch((error: unknown) =>
          logger.error('Roll call follow-up failed (the roll call is recorded)', {
            rollCallId: record.id,
            error: error instanceof Error ? error : String(error),
          }),
        );
      return record;
    },
  };
}
