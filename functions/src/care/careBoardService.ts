import * as z from 'zod';
import type { RecordAccess } from '../access/recordAccess';
import type { ActivityRecord } from '../activities/activityEntity';
import type { ActivityRepository } from '../activities/activityRepository';
import { requireViewer } from '../auth/access';
import type { Viewer } from '../auth/viewer';
import type { CalendarService } from '../calendar/calendarService';
import { localDate, minutesOf, SCHOOL_TIME_ZONE } from '../core/clock';
import { badInput, forbidden } from '../core/errors';
import { dateString, parseInput } from '../core/validation';
import { allRecords } from '../db/allRecords';
import type { ApplicationRepository } from '../enrolment/applicationRepository';
import type { RosterRepository } from '../rosters/rosterRepository';
import type { SchoolRecord } from '../schools/schoolEntity';
import type { SchoolRepository } from '../schools/schoolRepository';
import type { TermRepository } from '../terms/termRepository';
import type { AlertRecord } from './alertEntity';
import { GRACE_MINUTES } from './alertJob';
import type { AlertRepository } from './alertRepository';
import type { CareLogRecord } from './careLogEntity';
import type { CareLogRepository } from './careLogRepository';
import type { LeaveRepository } from './leaveRepository';
import type { PickupRepository } from './pickupRepository';
import type { RollCallRecord } from './rollCallEntity';
import type { RollCallRepository } from './rollCallRepository';
import { tallyPickups, type CarePickupSlotView, type MarkCountsView } from './careBoardTally';

/** At most this many schools on the district board (the district has far fewer). */
export const MAX_BOARD_SCHOOLS = 500;
/** At most this many open alerts listed on a board (the count is always exact). */
export const MAX_BOARD_ALERTS = 200;
/** At most this many days of care logs in one read. */
export const MAX_CARE_LOG_DAYS = 62;

export interface CareBoardDeps {
  schools: SchoolRepository;
  terms: TermRepository;
  activities: ActivityRepository;
  applications: ApplicationRepository;
  rosters: RosterRepository;
  rollCalls: RollCallRepository;
  leaves: LeaveRepository;
  pickups: PickupRepository;
  alerts: AlertRepository;
  careLogs: CareLogRepository;
  calendar: CalendarService;
  access: RecordAccess;
  now?: () => Date;
}

export type SessionRollCallState = 'TAKEN' | 'MISSING' | 'NOT_YET_DUE';

export interface CareBoardSessionView {
  activityId: string;
  startTime: string;
  endTime: string;
  rollCallState: SessionRollCallState;
  takenAt: string | null;
  marks: MarkCountsView;
}

export interface CareBoardView {
  schoolId: string;
  date: string;
  serviceDay: boolean;
  sessions: CareBoardSessionView[];
  taken: number;
  missing: number;
  notYetDue: number;
  marks: MarkCountsView;
  openAlerts: AlertRecord[];
  openAlertCount: number;
  pickupSlots: CarePickupSlotView[];
  careLogWritten: boolean | null;
}

export type CareBoardSchoolRowView = Omit<CareBoardView, 'date' | 'sessions' | 'openAlerts' | 'pickupSlots' | 'careLogWritten'> & {
  sessions: number;
  due: number;
  released: number;
  waiting: number;
  careLogWritten: boolean;
};

/**
 * Whose part of a school the board shows: everything, a teacher's own sessions (and the alerts addressed to them), or
 * a provider's own sessions at the school (their roll-call state only: no children, no alerts, no care log).
 */
type Scope = { kind: 'SCHOOL' } | { kind: 'TEACHER'; staffId: string } | { kind: 'PROVIDER'; providerId: string };

const zeroMarks = (): MarkCountsView => ({ present: 0, absent: 0, leave: 0, late: 0 });
const localMinutes = (at: Date) =>
  minutesOf(new Intl.DateTimeFormat('en-GB', { timeZone: SCHOOL_TIME_ZONE, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(at));

/**
 * The read side of daily care (SPEC §3.7): the today board of a school, and the district's counts per school. Every
 * board costs a fixed number of Queries per school (term, activities, roll calls, releases, leaves, alerts, the
 * approved applications, the care log) whatever the number of children; a teacher's board adds one roster Query per
 * session they run.
 */
export function createCareBoardService(deps: CareBoardDeps) {
  const now = () => deps.now?.() ?? new Date();

  function sessionState(activity: ActivityRecord, rollCall: RollCallRecord | undefined, date: string, at: Date): SessionRollCallState {
    if (rollCall) return 'TAKEN';
    const today = localDate(0, at);
    if (date < today) return 'MISSING';
    if (date > today) return 'NOT_YET_DUE';
    return minutesOf(activity.startTime) + GRACE_MINUTES <= localMinutes(at) ? 'MISSING' : 'NOT_YET_DUE';
  }

  async function compute(
    viewer: Viewer,
    schoolId: string,
    date: string,
    scope: Scope,
    withChildren: boolean,
  ): Promise<CareBoardView & { counts: { due: number; released: number; waiting: number } }> {
    const empty = {
      schoolId,
      date,
      serviceDay: false,
      sessions: [],
      taken: 0,
      missing: 0,
      notYetDue: 0,
      marks: zeroMarks(),
      openAlerts: [],
      openAlertCount: 0,
      pickupSlots: [],
      careLogWritten: null,
      counts: { due: 0, released: 0, waiting: 0 },
    };
    const terms = await allRecords((after) => deps.terms.list({ schoolId, first: 100, after }));
    const term = terms.find((item) => item.startDate <= date && date <= item.endDate);
    if (!term) return empty;
    const weekday = (await deps.calendar.forTerm(term)).timetableWeekday(date);
    if (!weekday) return empty;
    const [allActivities, rollCalls, releases, leaves, alerts, approved, careLog] = await Promise.all([
      allRecords((after) => deps.activities.list({ schoolId, termId: term.id, weekday, status: 'ACTIVE', first: 100, after })),
      deps.rollCalls.ofSchool(schoolId, date, date),
      deps.pickups.ofSchoolDate(schoolId, date, 'RELEASE'),
      deps.leaves.coveringDate(schoolId, date),
      deps.alerts.ofSchoolDate(schoolId, date),
      deps.applications.approvedOfSchoolTerm(schoolId, term.id),
      scope.kind === 'SCHOOL' ? deps.careLogs.ofDay(schoolId, date) : Promise.resolve<CareLogRecord | undefined>(undefined),
    ]);
    const own = (item: ActivityRecord) =>
      scope.kind === 'TEACHER' ? item.staffId === scope.staffId : scope.kind === 'PROVIDER' ? item.providerId === scope.providerId : true;
    const activities = allActivities.filter(own).sort((a, b) => a.startTime.localeCompare(b.startTime));
    const byActivity = new Map(rollCalls.map((item) => [item.activityId, item]));
    const at = now();
    const marks = zeroMarks();
    const sessions = activities.map((activity): CareBoardSessionView => {
      const rollCall = byActivity.get(activity.id);
      const counts = zeroMarks();
      for (const mark of rollCall?.marks ?? []) counts[mark.status.toLowerCase() as keyof MarkCountsView] += 1;
      for (const key of Object.keys(marks) as (keyof MarkCountsView)[]) marks[key] += counts[key];
      return {
        activityId: activity.id,
        startTime: activity.startTime,
        endTime: activity.endTime,
        rollCallState: sessionState(activity, rollCall, date, at),
        takenAt: rollCall?.takenAt ?? null,
        marks: counts,
      };
    });
    // Only the alerts the viewer may read (a teacher, a duty leader too: those addressed to them), as `alerts` lists them.
    const open = (await deps.access.filter(viewer, 'Alert', alerts))
      .filter((alert) => alert.status === 'OPEN')
      .sort((a, b) => b.raisedAt.localeCompare(a.raisedAt));

    // The children of the board: the whole school's enrolment, or those on the rosters of the teacher's sessions.
    // Children marked at a roll call without an approved application still count, under "no slot".
    const slotOf = new Map(approved.map((item) => [item.studentId, item.pickupSlot]));
    let childIds: string[];
    if (scope.kind === 'PROVIDER') {
      // A provider's board shows no children (SPEC §3.11: first name and class on its own rosters, nothing more).
      childIds = [];
    } else if (scope.kind === 'TEACHER') {
      const rostered = new Set<string>();
      for (const activity of activities)
        for (const entry of await allRecords((after) => deps.rosters.listOfActivity(activity.id, { first: 100, after }))) rostered.add(entry.studentId);
      childIds = [...rostered];
    } else {
      childIds = [...slotOf.keys(), ...rollCalls.flatMap((item) => item.marks.map((mark) => mark.studentId))];
    }
    const children = childIds.map((studentId) => ({ studentId, pickupSlot: slotOf.get(studentId) }));
    const startOf = new Map(allActivities.map((activity) => [activity.id, activity.startTime]));
    const pickupSlots = tallyPickups({
      children,
      // Each child's mark at their last roll call of the day: the whole school's roll calls, in start order.
      rollCalls: [...rollCalls].sort((a, b) => (startOf.get(a.activityId) ?? '').localeCompare(startOf.get(b.activityId) ?? '')),
      releases,
      leaves,
      date,
      overdueAfter: date === localDate(0, at) ? localMinutes(at) - GRACE_MINUTES : date < localDate(0, at) ? 24 * 60 : -1,
    });
    const count = (state: SessionRollCallState) => sessions.filter((session) => session.rollCallState === state).length;
    const sum = (key: 'due' | 'released' | 'waiting') => pickupSlots.reduce((total, slot) => total + slot[key], 0);
    return {
      schoolId,
      date,
      serviceDay: true,
      sessions,
      taken: count('TAKEN'),
      missing: count('MISSING'),
      notYetDue: count('NOT_YET_DUE'),
      marks,
      openAlerts: open.slice(0, MAX_BOARD_ALERTS),
      openAlertCount: open.length,
      pickupSlots: withChildren ? pickupSlots : [],
      careLogWritten: scope.kind === 'SCHOOL' ? Boolean(careLog) : null,
      counts: { due: sum('due'), released: sum('released'), waiting: sum('waiting') },
    };
  }

  /** The part of the school the viewer may see on its board; FORBIDDEN for anyone else. */
  async function scopeOf(viewer: Viewer, schoolId: string): Promise<Scope> {
    if (viewer.role === 'DISTRICT_ADMIN') return { kind: 'SCHOOL' };
    if (viewer.role === 'SCHOOL_ADMIN' && viewer.schoolId === schoolId) return { kind: 'SCHOOL' };
    if (viewer.role === 'TEACHER' && viewer.schoolId === schoolId && viewer.staffId) {
      const relations = deps.access.relationsOf(viewer);
      if (await relations.teacherIsStaff()) return (await relations.teacherIsDutyLeader()) ? { kind: 'SCHOOL' } : { kind: 'TEACHER', staffId: viewer.staffId };
    }
    // A provider takes the roll calls of the activities it runs (SPEC §3.7, person in charge): their state, at a school
    // it has a contract with.
    if (viewer.role === 'PROVIDER' && viewer.providerId && (await deps.access.relationsOf(viewer).providerSchoolIds()).has(schoolId))
      return { kind: 'PROVIDER', providerId: viewer.providerId };
    throw forbidden('The care board is read by the school, its teachers and providers (their own sessions) and the district');
  }

  return {
    /** The today board of a school and date, as far as the viewer is in charge of it. */
    async board(viewer: Viewer | null, schoolId: string, date: string): Promise<CareBoardView> {
      const signedIn = requireViewer(viewer);
      parseInput(z.object({ date: dateString }), { date });
      const scope = await scopeOf(signedIn, schoolId);
      const { counts: _counts, ...view } = await compute(signedIn, schoolId, date, scope, scope.kind !== 'PROVIDER');
      return view;
    },

    /** The district's board: one row of counts per school. District admin only. */
    async district(viewer: Viewer | null, date: string): Promise<CareBoardSchoolRowView[]> {
      const signedIn = requireViewer(viewer);
      parseInput(z.object({ date: dateString }), { date });
      if (signedIn.role !== 'DISTRICT_ADMIN') throw forbidden('The district board is read by the district office');
      const schools = await allRecords((after) => deps.schools.list({ filter: {}, orderBy: { field: 'CODE', direction: 'ASC' }, first: 100, after }));
      const rows: CareBoardSchoolRowView[] = [];
      // A few schools at a time: each is a handful of Queries.
      for (let i = 0; i < Math.min(schools.length, MAX_BOARD_SCHOOLS); i += 8) {
        const batch = schools.slice(i, Math.min(i + 8, MAX_BOARD_SCHOOLS));
        rows.push(...(await Promise.all(batch.map((school: SchoolRecord) => row(signedIn, school.id, date)))));
      }
      return rows;
    },

    /** A school's care logs of a range, latest first, as the viewer may read them. */
    async careLogs(viewer: Viewer | null, schoolId: string, from: string, to: string): Promise<CareLogRecord[]> {
      requireViewer(viewer);
      parseInput(z.object({ from: dateString, to: dateString }), { from, to });
      if (from > to) throw badInput('to', 'must not be before from');
      if ((Date.parse(to) - Date.parse(from)) / 86_400_000 >= MAX_CARE_LOG_DAYS) throw badInput('to', `the range spans at most ${MAX_CARE_LOG_DAYS} days`);
      // A viewer who may not read this school's logs is refused (coded), not answered with an empty list.
      if (!(await deps.access.view(viewer, 'CareLog', { schoolId } as CareLogRecord)))
        throw forbidden('The care log is read by the school, its duty leaders and the district');
      const logs = await deps.careLogs.ofRange(schoolId, from, to);
      return (await deps.access.filter(viewer, 'CareLog', logs)).sort((a, b) => b.date.localeCompare(a.date));
    },
  };

  async function row(viewer: Viewer, schoolId: string, date: string): Promise<CareBoardSchoolRowView> {
    const board = await compute(viewer, schoolId, date, { kind: 'SCHOOL' }, false);
    return {
      schoolId,
      serviceDay: board.serviceDay,
      sessions: board.sessions.length,
      taken: board.taken,
      missing: board.missing,
      notYetDue: board.notYetDue,
      marks: board.marks,
      openAlertCount: board.openAlertCount,
      due: board.counts.due,
      released: board.counts.released,
      waiting: board.counts.waiting,
      careLogWritten: Boolean(board.careLogWritten),
    };
  }
}

export type CareBoardService = ReturnType<typeof createCareBoardService>;
