import type { ActivityRepository } from '../activities/activityRepository';
import { studentDayKey, type BookingRepository } from '../activities/bookingRepository';
import type { Viewer } from '../auth/viewer';
import type { AuditRepository } from '../audit/auditRepository';
import { addMonths, localDate } from '../core/clock';
import type { Db } from '../db/client';
import { transactWrite, type GuardedWrite } from '../db/transactions';
import type { ApplicationRepository } from '../enrolment/applicationRepository';
import type { EnrolmentApplicationRecord } from '../enrolment/applicationEntity';
import type { TermRepository } from '../terms/termRepository';
import type { GuardianRepository } from '../guardians/guardianRepository';
import type { ClassRepository } from '../people/classRepository';
import type { StudentRecord } from '../people/studentEntity';
import type { StudentRepository } from '../people/studentRepository';
import type { PolicyService } from '../policy/policyService';
import type { RosterRepository } from '../rosters/rosterRepository';
import { param, summary } from '../audit/auditSummaries';
import type { CareRepositories } from '../server/careServices';

/** The daily job acts as the system, with the district's authority (recorded as such in the audit trail). */
export const RETENTION_VIEWER: Viewer = { sub: 'system:student-retention', role: 'DISTRICT_ADMIN' };

export interface RetentionDeps {
  db: Db;
  students: StudentRepository;
  classes: ClassRepository;
  applications: ApplicationRepository;
  rosters: RosterRepository;
  activities: ActivityRepository;
  guardians: GuardianRepository;
  bookings: BookingRepository;
  audit: AuditRepository;
  policy: PolicyService;
  terms: TermRepository;
  /** The daily-care repositories (leave, pickup persons, handovers, alerts, notifications), loaded on first use. */
  loadCare: () => Promise<CareRepositories>;
  maxTransactionItems?: number;
}

/**
 * Data retention for minors (SPEC §3.11): students who left more than `studentDataRetentionMonths` ago are deleted
 * with their applications, roster entries, guardian links and binding code, and their daily-care traces: leave
 * requests, authorized pickup persons, handovers, alerts and the notifications about them. Bills stay (the school's
 * accounts; they name no one) and so do roll calls, which stipends and statements are paid on. Only the audit trail keeps a line that
 * the record was deleted (its earlier events name the child by a masked name only). A student is deleted in one
 * transaction when it fits; otherwise its dependent items go in batches first and the student last, so a crash
 * leaves it in the job's index and tomorrow's run finishes it.
 */
export function createRetention(deps: RetentionDeps) {
  const { db, students, classes, applications, rosters, activities, guardians, bookings, audit, policy, terms } = deps;
  const maxItems = deps.maxTransactionItems ?? 100;

  /** Groups of steps that must commit together (a roster entry and its seat), packed into transactions. */
  async function runInBatches(groups: GuardedWrite[][]) {
    let batch: GuardedWrite[] = [];
    for (const group of groups) {
      if (batch.length + group.length > maxItems) {
        await transactWrite(db, batch);
        batch = [];
      }
      batch.push(...group);
    }
    if (batch.length > 0) await transactWrite(db, batch);
  }

  /** The steps deleting what daily care kept of the child (each on its own: no step depends on another). */
  async function careSteps(student: StudentRecord, records: readonly EnrolmentApplicationRecord[]): Promise<GuardedWrite[]> {
    const care = await deps.loadCare();
    // A child has marks only while enrolled: under an application the school approved, up to its withdrawal.
    const enrolments = records.filter((record) => record.status === 'APPROVED' || (record.status === 'WITHDRAWN' && record.decidedAt));
    const enrolledTerms = (await terms.getMany([...new Set(enrolments.map((record) => record.termId))])).filter((term) => term !== undefined);
    const lastDay = (termId: string, endDate: string) =>
      enrolments
        .filter((record) => record.termId === termId)
        .map((record) => record.withdrawnFrom ?? endDate)
        .sort()
        .at(-1) ?? endDate;
    const [links, schoolClass] = await Promise.all([guardians.linksOfStudent(student.id), classes.get(student.classId)]);
    const recipients = [
      `school#${student.schoolId}`,
      ...links.map((link) => `guardian#${link.guardianId}`),
      ...(schoolClass?.classTeacherId ? [`staff#${schoolClass.classTeacherId}`] : []),
    ];
    // Alerts and notifications about the child: from its record's creation, or its first term if that began earlier
    // (a roll call may be taken late for a day before the child was entered).
    const since = [student.createdAt.slice(0, 10), ...enrolledTerms.map((term) => term!.startDate)].sort()[0];
    const found = await Promise.all([
      care.leaves.purgeSteps(student.id),
      care.pickups.purgeSteps(student.id),
      care.alerts.purgeSteps(student.id, student.schoolId, since, recipients),
      ...enrolledTerms.map((term) => care.rollCalls.purgeMarkSteps(student.id, student.schoolId, term!.startDate, lastDay(term!.id, term!.endDate))),
    ]);
    return found.flat();
  }

  async function purgeOne(student: StudentRecord) {
    const [records, entries] = await Promise.all([applications.allOfStudent(student.id), rosters.ofStudent(student.id)]);
    const traces = await careSteps(student, records);
    const present = new Set(
      (await activities.getMany([...new Set(entries.map((entry) => entry.activityId))])).flatMap((activity) => (activity ? [activity.id] : [])),
    );
    const dayKeys = new Set([
      ...entries.map((entry) => studentDayKey(entry.termId, entry.weekday, student.id)),
      ...records.flatMap((record) => record.days.map((day) => studentDayKey(record.termId, day, student.id))),
    ]);
    const groups: GuardedWrite[][] = [
      // An activity deleted meanwhile has no seat to give back.
      ...entries.map((entry) => [rosters.removeStep(entry), ...(present.has(entry.activityId) ? rosters.seatSteps(entry, -1) : [])]),
      ...records.map((record) => applications.purgeSteps(record)),
      ...[...new Set(records.map((record) => record.termId))].map((termId) => [applications.slotPurgeStep(student.id, termId)]),
      ...(await guardians.purgeSteps(student.id)).map((step) => [step]),
      ...[...dayKeys].map((key) => [bookings.clearStep(key)]),
      ...traces.map((step) => [step]),
    ];
    const final: GuardedWrite[] = [
      students.purgeStep(student),
      classes.counterDelta(student.classId, 0, -1),
      audit.entry({
        viewer: RETENTION_VIEWER,
        action: 'PURGE',
        entityType: 'Student',
        entityId: student.id,
        summary: summary('student.purged', {
          leftOn: param.date(student.leftOn ?? ''),
          applications: param.number(records.length),
          rosterEntries: param.number(entries.length),
        }),
      }),
    ];
    if (groups.flat().length + final.length <= maxItems) await transactWrite(db, [...groups.flat(), ...final]);
    else {
      await runInBatches(groups);
      await transactWrite(db, final);
    }
  }

  return {
    /**
     * Deletes every student who left on or before today minus the retention period; returns their ids. Safe to run
     * again at any time (the index holds only students not yet deleted).
     */
    async purgeLeftStudents(options: { today?: string; log?: (line: string) => void } = {}) {
      const months = (await policy.current()).studentDataRetentionMonths ?? 12;
      const cutoff = addMonths(options.today ?? localDate(), -months);
      const purged: string[] = [];
      const failed = new Set<string>();
      for (;;) {
        const due = (await students.leftBefore(cutoff, 25)).filter((student) => !failed.has(student.id));
        if (due.length === 0) break;
        for (const student of due) {
          try {
            await purgeOne(student);
            purged.push(student.id);
            options.log?.(`deleted student ${student.id} (left ${student.leftOn})`);
          } catch (error) {
            // One student's failure (e.g. changed meanwhile) must not stop the others; tomorrow's run retries it.
            failed.add(student.id);
            options.log?.(`could not delete student ${student.id}: ${error instanceof Error ? error.message : String(error)}`);
          }
        }
      }
      return { cutoff, months, purged, failed: [...failed] };
    },
  };
}

export type Retention = ReturnType<typeof createRetention>;
