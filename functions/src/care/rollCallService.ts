import * as z from 'zod';
import type { RecordAccess } from '../access/recordAccess';
import type { ActivityRecord } from '../activities/activityEntity';
import type { ActivityRepository } from '../activities/activityRepository';
import type { AuditRepository } from '../audit/auditRepository';
import type { Viewer } from '../auth/viewer';
import type { CalendarService } from '../calendar/calendarService';
import type { CalendarPolicy } from '../calendar/termCalendar';
import type { Db } from '../db/client';
import type { TermRecord } from '../terms/termEntity';
import { createRollCallReads } from './rollCallReads';
import { minutesOf } from '../core/clock';
import { badInput, forbidden, invalidTransition, notFound } from '../core/errors';
import { requireViewer } from '../auth/access';
import { dateString, parseInput } from '../core/validation';
import { logger } from '../observability/logger';
import { allRecords } from '../db/allRecords';
import type { StaffRepository } from '../people/staffRepository';
import type { RosterRepository } from '../rosters/rosterRepository';
import type { LeaveRepository } from './leaveRepository';
import { requirePersonInCharge, submitterScope } from './personInCharge';
import { markStatuses, rollCallId, type RollCallMark, type RollCallRecord } from './rollCallEntity';
import { AlreadySubmitted, type RollCallRepository } from './rollCallRepository';
import { param, summary } from '../audit/auditSummaries';

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

export interface RollCallDeps {
  rollCalls: RollCallRepository;
  leaves: LeaveRepository;
  activities: ActivityRepository;
  rosters: RosterRepository;
  staff: StaffRepository;
  audit: AuditRepository;
  access: RecordAccess;
  calendar: CalendarService;
  /** The table: a roll call's first reads go in one BatchGetItem across entities (`rollCallReads.ts`). */
  db: Db;
  /** Run after a roll call is recorded (e.g. the ABSENT_WITHOUT_LEAVE alerts); failures there never undo it. */
  onRecorded?: ((rollCall: RollCallRecord, activity: ActivityRecord) => Promise<unknown>)[];
  now?: () => Date;
}

/** A not-yet-taken roll call as the phone page starts it: every rostered child PRESENT, or LEAVE when on leave. */
export interface RollCallDraft extends RollCallRecord {
  recorded: false;
}

export function createRollCallService(deps: RollCallDeps) {
  const { rollCalls, leaves, activities, rosters, staff, audit, access, calendar } = deps;
  const reads = createRollCallReads(deps.db);
  const now = () => deps.now?.() ?? new Date();

  async function loadActivity(id: string) {
    const activity = await activities.get(id);
    if (!activity) throw notFound('Activity', id);
    return activity;
  }

  const rosterOf = (activityId: string) => allRecords((after) => rosters.listOfActivity(activityId, { first: 100, after }));

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

  async function draftMarks(activity: ActivityRecord, date: string): Promise<RollCallMark[]> {
    const [roster, onLeave] = await Promise.all([rosterOf(activity.id), leaves.coveringDate(activity.schoolId, date)]);
    const leaveIds = new Set(onLeave.map((leave) => leave.studentId));
    return roster.map((entry) => ({ studentId: entry.studentId, classId: entry.classId, status: leaveIds.has(entry.studentId) ? 'LEAVE' : 'PRESENT' }));
  }

  async function current(viewer: Viewer, id: string): Promise<RollCallRecord> {
    const stored = await rollCalls.get(id);
    if (!stored) throw notFound('RollCall', id);
    return access.require(viewer, 'RollCall', stored);
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

  const service = {
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
        providerId: activity.providerId,
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
  return service;
}

export type RollCallService = ReturnType<typeof createRollCallService>;
