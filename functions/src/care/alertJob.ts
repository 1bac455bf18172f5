import type { ActivityRepository } from '../activities/activityRepository';
import type { CalendarService } from '../calendar/calendarService';
import { localDate, minutesOf } from '../core/clock';
import { allRecords } from '../db/allRecords';
import type { ApplicationRepository } from '../enrolment/applicationRepository';
import type { StaffRepository } from '../people/staffRepository';
import type { StudentRepository } from '../people/studentRepository';
import { maskName } from '../people/names';
import type { SchoolRecord } from '../schools/schoolEntity';
import type { SchoolRepository } from '../schools/schoolRepository';
import type { TermRepository } from '../terms/termRepository';
import type { AlertRepository } from './alertRepository';
import { alertId, alertIdOf } from './alertIds';
import type { AlertService } from './alertService';
import { leaderOn } from './dutyRotaEntity';
import type { DutyRotaRepository } from './dutyRotaRepository';
import type { LeaveRepository } from './leaveRepository';
import type { PickupRepository } from './pickupRepository';
import type { RollCallRepository } from './rollCallRepository';

/** Minutes after an activity's start (ROLL_CALL_MISSING) or a child's pickup slot (NOT_PICKED_UP) before an alert. */
export const GRACE_MINUTES = 15;

export interface AlertJobDeps {
  schools: SchoolRepository;
  terms: TermRepository;
  activities: ActivityRepository;
  applications: ApplicationRepository;
  students: StudentRepository;
  staff: StaffRepository;
  rollCalls: RollCallRepository;
  leaves: LeaveRepository;
  pickups: PickupRepository;
  calendar: CalendarService;
  alertService: AlertService;
  alerts: Pick<AlertRepository, 'ofSchoolDate'>;
  /** NOT_PICKED_UP goes to the rota's duty leader of the day when the rota names one. */
  dutyRotas: Pick<DutyRotaRepository, 'ofSchool'>;
}

/** Schools checked at once: the job's DynamoDB round trips overlap, so a city's schools fit in one 5-minute run. */
export const SCHOOL_CONCURRENCY = 4;

export interface AlertJobResult {
  schools: number;
  sessions: number;
  raised: { ROLL_CALL_MISSING: number; NOT_PICKED_UP: number; ABSENT_WITHOUT_LEAVE: number };
}

/** `HH:mm` school-local of an instant, as minutes since midnight. */
const localMinutes = (at: Date) =>
  minutesOf(new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Shanghai', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(at));

/**
 * The time-based alerts (SPEC §3.7), run every 5 minutes in service hours (EventBridge) and by `npm run check:alerts`:
 * ROLL_CALL_MISSING for a session without roll call 15 minutes after it started (to its person in charge and the
 * school admins); NOT_PICKED_UP for a child present at their last roll call of the day, neither released nor on leave,
 * 15 minutes after their pickup slot (to the duty leaders). Every alert is created only if absent: running the job
 * again raises nothing twice. `now` is injectable (tests move the clock).
 *
 * It is also the backstop of ABSENT_WITHOUT_LEAVE: that alert is raised right after a roll call is recorded, outside
 * the roll call's transaction (a failure there is logged, the roll call stays). Each run raises the ones of today's
 * roll calls that are missing (their ids are derived, so an alert raised meanwhile is never raised twice), unless the
 * child has leave for the day by now.
 */
export function createAlertJob(deps: AlertJobDeps) {
  /** The rota's duty leader of the weekday, or (no rota entry) every active duty leader of the school. */
  async function dutyLeadersOf(schoolId: string, weekday: string): Promise<string[]> {
    const onDuty = leaderOn(await deps.dutyRotas.ofSchool(schoolId), weekday);
    if (onDuty) return [onDuty];
    return (await allRecords((after) => deps.staff.list({ schoolId, duty: 'DUTY_LEADER', active: true, first: 100, after }))).map((member) => member.id);
  }

  async function checkSchool(school: SchoolRecord, now: Date, result: AlertJobResult) {
    const date = localDate(0, now);
    const minutes = localMinutes(now);
    const terms = await allRecords((after) => deps.terms.list({ schoolId: school.id, first: 100, after }));
    const term = terms.find((item) => item.startDate <= date && date <= item.endDate);
    if (!term) return;
    const weekday = (await deps.calendar.forTerm(term)).timetableWeekday(date);
    if (!weekday) return;
    const activities = await allRecords((after) =>
      deps.activities.list({ schoolId: school.id, termId: term.id, weekday, status: 'ACTIVE', first: 100, after }),
    );
    if (activities.length === 0) return;
    result.schools += 1;
    result.sessions += activities.length;
    // The alerts raised by an earlier run today (any status): not raised again, and their reads are skipped. The job
    // runs every 5 minutes, so this makes a run after the first cost a few Queries per school, not one write per session.
    const [rollCalls, earlier] = await Promise.all([deps.rollCalls.ofSchool(school.id, date, date), deps.alerts.ofSchoolDate(school.id, date)]);
    const taken = new Set(rollCalls.map((item) => item.activityId));
    const raisedBefore = new Set(earlier.map((alert) => alert.id));
    // Read once, only when a roll call needs it (most runs of most schools do not).
    let leaves: Promise<Awaited<ReturnType<LeaveRepository['coveringDate']>>> | undefined;
    const leavesToday = () => (leaves ??= deps.leaves.coveringDate(school.id, date));

    const absent = rollCalls.filter((rollCall) => rollCall.marks.some((mark) => mark.status === 'ABSENT'));
    if (absent.length > 0) {
      const leaveToday = new Set((await leavesToday()).map((item) => item.studentId));
      for (const rollCall of absent) {
        const missing = (studentId: string) =>
          !leaveToday.has(studentId) && !raisedBefore.has(alertId('ABSENT_WITHOUT_LEAVE', `${studentId}|${rollCall.activityId}`, date));
        if (!rollCall.marks.some((mark) => mark.status === 'ABSENT' && missing(mark.studentId))) continue;
        const activity = activities.find((item) => item.id === rollCall.activityId) ?? (await deps.activities.get(rollCall.activityId));
        if (activity) result.raised.ABSENT_WITHOUT_LEAVE += await deps.alertService.absentWithoutLeave(rollCall, activity, missing);
      }
    }

    for (const activity of activities) {
      if (taken.has(activity.id) || minutesOf(activity.startTime) + GRACE_MINUTES > minutes) continue;
      if (raisedBefore.has(alertIdOf({ kind: 'ROLL_CALL_MISSING', schoolId: school.id, date, activityId: activity.id }))) continue;
      const raised = await deps.alertService.raise({
        kind: 'ROLL_CALL_MISSING',
        schoolId: school.id,
        date,
        activityId: activity.id,
        message: `「${activity.title}」${activity.startTime} 开始已过 ${GRACE_MINUTES} 分钟，仍未点名（${activity.venue}）`,
        params: { activityTitle: activity.title, activityStartTime: activity.startTime, venue: activity.venue, graceMinutes: GRACE_MINUTES },
        staffIds: activity.staffId ? [activity.staffId] : [],
        guardianIds: [],
        schoolAdmins: true,
      });
      if (raised) result.raised.ROLL_CALL_MISSING += 1;
    }

    // Each child's mark at their last roll call of the day (the sessions in start order).
    const startOf = new Map(activities.map((activity) => [activity.id, activity.startTime]));
    const lastMark = new Map<string, string>();
    for (const rollCall of [...rollCalls].sort((a, b) => (startOf.get(a.activityId) ?? '').localeCompare(startOf.get(b.activityId) ?? ''))) {
      for (const mark of rollCall.marks) lastMark.set(mark.studentId, mark.status);
    }
    const stayed = [...lastMark].filter(([, status]) => status === 'PRESENT' || status === 'LATE').map(([studentId]) => studentId);
    if (stayed.length === 0) return;
    const [released, onLeave] = await Promise.all([deps.pickups.ofSchoolDate(school.id, date, 'RELEASE'), leavesToday()]);
    const gone = new Set([...released.map((item) => item.studentId), ...onLeave.map((item) => item.studentId)]);
    const waiting = stayed.filter((id) => !gone.has(id));
    if (waiting.length === 0) return;
    let dutyLeaders: string[] | undefined;
    for (const studentId of waiting) {
      if (raisedBefore.has(alertIdOf({ kind: 'NOT_PICKED_UP', schoolId: school.id, date, studentId }))) continue;
      const applicationId = await deps.applications.liveIdOf(studentId, term.id);
      const application = applicationId ? await deps.applications.get(applicationId) : undefined;
      if (!application || application.status !== 'APPROVED' || minutesOf(application.pickupSlot) + GRACE_MINUTES > minutes) continue;
      dutyLeaders ??= await dutyLeadersOf(school.id, weekday);
      const student = await deps.students.get(studentId);
      const raised = await deps.alertService.raise({
        kind: 'NOT_PICKED_UP',
        schoolId: school.id,
        date,
        studentId,
        message: `${student ? maskName(student.name) : '学生'} 放学时段 ${application.pickupSlot} 已过 ${GRACE_MINUTES} 分钟，仍未接走`,
        params: { studentName: student ? maskName(student.name) : undefined, pickupSlot: application.pickupSlot, graceMinutes: GRACE_MINUTES },
        staffIds: dutyLeaders,
        guardianIds: [],
        schoolAdmins: dutyLeaders.length === 0,
      });
      if (raised) result.raised.NOT_PICKED_UP += 1;
    }
  }

  return {
    /** Checks every school (or the given ones) at `now`. */
    async run(now: Date = new Date(), schoolIds?: string[]): Promise<AlertJobResult> {
      const result: AlertJobResult = { schools: 0, sessions: 0, raised: { ROLL_CALL_MISSING: 0, NOT_PICKED_UP: 0, ABSENT_WITHOUT_LEAVE: 0 } };
      const schools = schoolIds
        ? (await deps.schools.getMany(schoolIds)).filter((school): school is SchoolRecord => Boolean(school))
        : await allRecords((after) => deps.schools.list({ filter: {}, orderBy: { field: 'CODE', direction: 'ASC' }, first: 100, after }));
      let next = 0;
      const worker = async () => {
        while (next < schools.length) await checkSchool(schools[next++]!, now, result);
      };
      await Promise.all(Array.from({ length: Math.min(SCHOOL_CONCURRENCY, schools.length) }, worker));
      return result;
    },
  };
}

export type AlertJob = ReturnType<typeof createAlertJob>;
