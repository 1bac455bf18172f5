import type { RecordAccess } from '../access/recordAccess';
import type { ActivityRecord } from '../activities/activityEntity';
import type { ActivityRepository } from '../activities/activityRepository';
import { overlaps, ResourceDayChanged, studentDayKey, type BookingRepository } from '../activities/bookingRepository';
import { requireSchoolAccess } from '../auth/access';
import type { Viewer } from '../auth/viewer';
import type { AuditRepository } from '../audit/auditRepository';
import { nowIso } from '../core/clock';
import { AppError, badInput, conflict, invalidTransition, notFound } from '../core/errors';
import type { Db } from '../db/client';
import { staticPage, type Page, type PageArgs } from '../db/paging';
import { ConcurrentTransaction, transactWrite } from '../db/transactions';
import type { ApplicationRepository } from '../enrolment/applicationRepository';
import { maskName } from '../people/names';
import type { StudentRecord } from '../people/studentEntity';
import type { StudentRepository } from '../people/studentRepository';
import type { RosterEntryRecord } from './rosterEntity';
import type { RosterRepository } from './rosterRepository';

const MAX_ATTEMPTS = 10;

/** A write that lost a race with another write of the same items: re-read and try again. */
export const isRetryable = (error: unknown) =>
  error instanceof ResourceDayChanged || error instanceof ConcurrentTransaction || (error instanceof AppError && error.extensions.retry === true);

/** Runs `attempt` again after a lost race (jittered back-off), up to 10 times. */
export async function withRetries<T>(attempt: () => Promise<T>): Promise<T> {
  for (let round = 1; ; round++) {
    try {
      return await attempt();
    } catch (error) {
      if (!isRetryable(error) || round >= MAX_ATTEMPTS) throw error;
      await new Promise((wait) => setTimeout(wait, 5 + Math.random() * 20 * round));
    }
  }
}

export interface RosterServiceDeps {
  db: Db;
  rosters: RosterRepository;
  activities: ActivityRepository;
  students: StudentRepository;
  applications: ApplicationRepository;
  bookings: BookingRepository;
  audit: AuditRepository;
  access: RecordAccess;
}

export function createRosterService(deps: RosterServiceDeps) {
  const { db, rosters, activities, students, applications, bookings, audit, access } = deps;

  async function loadActivity(id: string) {
    const activity = await activities.get(id);
    if (!activity) throw notFound('Activity', id);
    return activity;
  }

  async function loadStudent(id: string) {
    const student = await students.get(id);
    if (!student) throw notFound('Student', id);
    return student;
  }

  const rosterAudit = (viewer: Viewer, action: string, activity: ActivityRecord, student: StudentRecord, summary: string) => [
    // On the activity: the child named by a masked name only (provider users read their activities' trails).
    audit.entry({ viewer, action, entityType: 'Activity', entityId: activity.id, relatedId: student.id, summary: `${summary} ${maskName(student.name)}` }),
    audit.entry({
      viewer,
      action,
      entityType: 'Student',
      entityId: student.id,
      relatedId: activity.id,
      summary: `${summary}：${activity.title}（${activity.weekday} ${activity.startTime}–${activity.endTime}）`,
    }),
  ];

  /**
   * Puts an enrolled child on an activity's roster. In one transaction: the roster entry, a seat taken on the activity
   * (only while `enrolledCount < capacity`: the database refuses the 21st of 20 places), the enrolment's roster
   * count (only while APPROVED) and the child's day, which must not already hold an overlapping activity.
   */
  async function assign(viewer: Viewer | null, activityId: string, studentId: string): Promise<ActivityRecord> {
    const activity = await loadActivity(activityId);
    const signedIn = requireSchoolAccess(viewer, activity.schoolId);
    const student = await loadStudent(studentId);
    if (student.schoolId !== activity.schoolId) throw badInput('studentId', 'The student is not at the activity’s school');
    if (activity.status !== 'ACTIVE') throw invalidTransition('The activity is cancelled');
    if (student.status !== 'ACTIVE') throw invalidTransition('The student has left the school');
    if (!activity.grades.includes(student.grade))
      throw badInput('studentId', `${activity.title} is for grades ${activity.grades.join(', ')}, not grade ${student.grade}`);
    const applicationId = await applications.liveIdOf(studentId, activity.termId);
    const application = applicationId ? await applications.get(applicationId) : undefined;
    if (!application || application.status !== 'APPROVED')
      throw invalidTransition('The student has no APPROVED application for this term: enrol first (家长申请 → 班级审核 → 学校核准)');
    if (!application.days.includes(activity.weekday))
      throw badInput('activityId', `The family applied for ${application.days.join(', ')}, not ${activity.weekday}`);
    await withRetries(async () => {
      const key = studentDayKey(activity.termId, activity.weekday, studentId);
      const day = (await bookings.load([key])).get(key)!;
      const wanted = { start: activity.startTime, end: activity.endTime, title: activity.title };
      const clash = Object.entries(day.bookings).find(([otherId, booking]) => otherId !== activity.id && overlaps(booking, wanted));
      if (clash) {
        throw conflict(`The child already has “${clash[1].title}” on ${activity.weekday} ${clash[1].start}–${clash[1].end}`, {
          field: 'activityId',
          conflictingActivityId: clash[0],
        });
      }
      day.bookings[activity.id] = wanted;
      const now = nowIso();
      const entry: RosterEntryRecord = {
        activityId,
        studentId,
        applicationId: application.id,
        schoolId: activity.schoolId,
        classId: student.classId,
        termId: activity.termId,
        weekday: activity.weekday,
        weekdayOrder: activity.weekdayOrder,
        startTime: activity.startTime,
        endTime: activity.endTime,
        assignedAt: now,
        assignedBy: signedIn.sub,
      };
      await transactWrite(db, [
        rosters.addStep(entry),
        ...rosters.seatSteps(entry, 1),
        applications.rosterDelta(application.id, 1),
        bookings.saveStep(day),
        ...rosterAudit(signedIn, 'ROSTER_ADD', activity, student, '加入名单'),
      ]);
    });
    return loadActivity(activityId);
  }

  /** Takes a child off an activity's roster: the seat, the enrolment's count and the child's day move with it. */
  async function remove(viewer: Viewer | null, activityId: string, studentId: string): Promise<ActivityRecord> {
    const activity = await loadActivity(activityId);
    const signedIn = requireSchoolAccess(viewer, activity.schoolId);
    const student = await loadStudent(studentId);
    await withRetries(async () => {
      const entry = await rosters.get(activityId, studentId);
      if (!entry) throw notFound('RosterEntry', `${activityId}/${studentId}`);
      const key = studentDayKey(entry.termId, entry.weekday, studentId);
      const day = (await bookings.load([key])).get(key)!;
      delete day.bookings[activityId];
      await transactWrite(db, [
        rosters.removeStep(entry),
        ...rosters.seatSteps(entry, -1),
        applications.rosterDelta(entry.applicationId, -1),
        ...(day.version > 0 ? [bookings.saveStep(day)] : []),
        ...rosterAudit(signedIn, 'ROSTER_REMOVE', activity, student, '移出名单'),
      ]);
    });
    return loadActivity(activityId);
  }

  /**
   * `Activity.roster` as the viewer may see it. Whoever runs the activity (its provider, its teacher) and the school
   * see the whole roster — each child through the student policy (a provider: given name and class only); a class
   * teacher sees the children of their classes on it; a parent sees their own children on it.
   */
  async function rosterOf(viewer: Viewer | null, activity: ActivityRecord, args: PageArgs): Promise<Page<StudentRecord>> {
    if (!viewer) return staticPage([]);
    const relations = access.relationsOf(viewer);
    const runs =
      (viewer.role === 'PROVIDER' && activity.providerId === viewer.providerId && activity.status === 'ACTIVE') ||
      (viewer.role === 'TEACHER' && (await relations.teacherActivityIds()).has(activity.id));
    const whole = runs || viewer.role === 'DISTRICT_ADMIN' || (viewer.role === 'SCHOOL_ADMIN' && viewer.schoolId === activity.schoolId);
    if (viewer.role === 'PARENT') {
      const mine = await Promise.all([...(await relations.guardianStudentIds())].map((id) => rosters.get(activity.id, id)));
      const records = await students.getMany(mine.flatMap((entry) => (entry ? [entry.studentId] : [])));
      return access.page(viewer, 'Student', staticPage(records.filter((record): record is StudentRecord => Boolean(record))));
    }
    const classIds = whole ? undefined : viewer.role === 'TEACHER' ? [...(await relations.teacherClassIds())] : [];
    if (classIds && classIds.length === 0) return staticPage([]);
    const page = await rosters.listOfActivity(activity.id, { ...args, classIds });
    if (runs) relations.rememberRunsActivityOf(page.items.map((item) => item.record.studentId));
    const records = await students.getMany(page.items.map((item) => item.record.studentId));
    const items = page.items.flatMap((item, index) => (records[index] ? [{ cursor: item.cursor, record: records[index]! }] : []));
    return access.page(viewer, 'Student', { ...page, items });
  }

  /** A child's activities (their week), optionally of one term: the roster seen from the child. */
  async function activitiesOf(studentId: string, termId?: string | null): Promise<string[]> {
    return (await rosters.ofStudent(studentId, termId ?? undefined)).map((entry) => entry.activityId);
  }

  return { assign, remove, rosterOf, activitiesOf };
}

export type RosterService = ReturnType<typeof createRosterService>;
