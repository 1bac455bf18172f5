import * as z from 'zod';
import type { RecordAccess } from '../access/recordAccess';
import type { AuditRepository } from '../audit/auditRepository';
import { requireViewer } from '../auth/access';
import type { Viewer } from '../auth/viewer';
import { localDate } from '../core/clock';
import { badInput, conflict, forbidden, invalidTransition, notFound } from '../core/errors';
import { dateString, parseInput, text } from '../core/validation';
import type { ClassRepository } from '../people/classRepository';
import { maskName } from '../people/names';
import type { StudentRecord } from '../people/studentEntity';
import type { StudentRepository } from '../people/studentRepository';
import { allRecords } from '../db/allRecords';
import type { TermRepository } from '../terms/termRepository';
import type { AlertRepository } from './alertRepository';
import type { AlertService } from './alertService';
import { requireChildRecords } from './childRecords';
import { leaveId, type LeaveRequestRecord } from './leaveEntity';
import type { LeaveRepository } from './leaveRepository';
import { guardianTrail } from './pickupService';
import { param, summary } from '../audit/auditSummaries';

/** The longest leave one request covers (longer absences are a withdrawal, not a leave). */
export const MAX_LEAVE_DAYS = 31;

const leaveInput = z.object({
  studentId: z.string().min(1).max(64),
  from: dateString,
  to: dateString,
  reason: text(200),
});
export type LeaveInput = z.input<typeof leaveInput>;

export interface LeaveDeps {
  leaves: LeaveRepository;
  students: StudentRepository;
  classes: ClassRepository;
  terms: TermRepository;
  alerts: AlertRepository;
  alertService: AlertService;
  audit: AuditRepository;
  access: RecordAccess;
}

const days = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1;

/** Leave requests (请假): from the parent page, or entered by the class teacher; acknowledged by the class teacher. */
export function createLeaveService(deps: LeaveDeps) {
  const { leaves, students, classes, terms, alerts, alertService, audit, access } = deps;

  async function loadStudent(id: string) {
    const student = await students.get(id);
    if (!student) throw notFound('Student', id);
    return student;
  }

  /** The class teacher of the child's class, when the viewer is that teacher (an active staff member). */
  async function isClassTeacher(viewer: Viewer, student: StudentRecord) {
    if (viewer.role !== 'TEACHER' || viewer.schoolId !== student.schoolId) return false;
    return (await access.relationsOf(viewer).teacherClassIds()).has(student.classId);
  }

  return {
    async get(viewer: Viewer | null, id: string): Promise<LeaveRequestRecord> {
      const record = await leaves.get(id);
      if (!record) throw notFound('LeaveRequest', id);
      return access.require(viewer, 'LeaveRequest', record);
    },

    /** A child's leave requests as the viewer may see them, latest first. */
    async ofStudent(viewer: Viewer | null, studentId: string): Promise<LeaveRequestRecord[]> {
      await requireChildRecords(deps, viewer, 'LeaveRequest', studentId);
      return access.filter(viewer, 'LeaveRequest', await leaves.ofStudent(studentId));
    },

    /**
     * A leave for a child: a linked guardian, the class teacher or the school admin. Dates from today (the class
     * teacher and the school may enter up to 7 days back, for a note that came late), at most 31 days. The class
     * teacher is notified.
     */
    async request(viewer: Viewer | null, raw: LeaveInput): Promise<LeaveRequestRecord> {
      const signedIn = requireViewer(viewer);
      const input = parseInput(leaveInput, raw);
      const student = await loadStudent(input.studentId);
      const guardian = signedIn.role === 'PARENT' && (await access.relationsOf(signedIn).guardianStudentIds()).has(student.id);
      const staffSide = (signedIn.role === 'SCHOOL_ADMIN' && signedIn.schoolId === student.schoolId) || (await isClassTeacher(signedIn, student));
      if (!guardian && !staffSide) throw forbidden('Only the child’s guardian, class teacher or school admin may request leave');
      if (input.to < input.from) throw badInput('to', 'The last day comes before the first');
      if (input.from < localDate(guardian ? 0 : -7))
        throw badInput('from', guardian ? 'A leave starts today or later' : 'A leave may be entered at most 7 days back');
      if (days(input.from, input.to) > MAX_LEAVE_DAYS) throw badInput('to', `A leave covers at most ${MAX_LEAVE_DAYS} days`);
      // A leave excuses the child from the service: one that touches no term of the school (a date years ahead, a
      // holiday) excuses nothing and only misleads the class teacher.
      const schoolTerms = await allRecords((after) => terms.list({ schoolId: student.schoolId, first: 100, after }));
      if (!schoolTerms.some((term) => term.startDate <= input.to && input.from <= term.endDate))
        throw badInput('from', 'The leave lies in no term of the school: there is no service to be absent from', { reason: 'OUT_OF_TERM', date: input.from });
      const id = leaveId(student.id, input.from, input.to);
      const existing = await leaves.get(id);
      if (existing) throw conflict('The child already has this leave', { field: 'from', leaveId: existing.id });
      const at = new Date().toISOString();
      const record: LeaveRequestRecord = {
        id,
        version: 1,
        studentId: student.id,
        schoolId: student.schoolId,
        classId: student.classId,
        from: input.from,
        to: input.to,
        reason: input.reason,
        status: 'SUBMITTED',
        requestedBy: signedIn.sub,
        requestedVia: guardian ? 'GUARDIAN' : signedIn.role === 'TEACHER' ? 'CLASS_TEACHER' : 'SCHOOL',
        createdAt: at,
        updatedAt: at,
      };
      const schoolClass = await classes.get(student.classId);
      const recipients = guardian
        ? schoolClass?.classTeacherId
          ? [`staff#${schoolClass.classTeacherId}`]
          : [`school#${student.schoolId}`]
        : (await alertService.guardiansOf(student.id)).map((id) => `guardian#${id}`);
      const outbox = alertService.notifications(student.schoolId, recipients, {
        kind: 'LEAVE',
        title: '请假',
        body: `${maskName(student.name)} ${input.from}${input.to === input.from ? '' : ` 至 ${input.to}`} 请假：${input.reason}`,
        messageCode: 'LEAVE_REQUESTED',
        params: { studentName: maskName(student.name), leaveFrom: input.from, leaveTo: input.to, leaveReason: input.reason },
        studentId: student.id,
      });
      await leaves.write([
        leaves.createStep(record),
        ...outbox.map((item) => alerts.notifyStep(item)),
        audit.entry({
          viewer: signedIn,
          ...(guardian ? guardianTrail(signedIn, record.id) : { entityType: 'Student', entityId: student.id, relatedId: record.id }),
          action: 'REQUEST_LEAVE',
          summary: summary('leave.requested', { from: param.date(input.from), to: param.date(input.to) }),
        }),
      ]);
      await alertService.sendSms(outbox);
      return record;
    },

    /** The class teacher (or school admin) acknowledges a leave; the guardians are told. */
    async acknowledge(viewer: Viewer | null, id: string, expectedVersion?: number | null): Promise<LeaveRequestRecord> {
      const signedIn = requireViewer(viewer);
      const record = await leaves.get(id);
      if (!record) throw notFound('LeaveRequest', id);
      const student = await loadStudent(record.studentId);
      if (!((signedIn.role === 'SCHOOL_ADMIN' && signedIn.schoolId === record.schoolId) || (await isClassTeacher(signedIn, student))))
        throw forbidden('Only the class teacher or the school admin acknowledges leave');
      if (record.status !== 'SUBMITTED') throw invalidTransition(`The leave is ${record.status}`, { status: record.status });
      const version = expectedVersion ?? record.version;
      const at = new Date().toISOString();
      const next: LeaveRequestRecord = {
        ...record,
        version: version + 1,
        status: 'ACKNOWLEDGED',
        acknowledgedBy: signedIn.sub,
        acknowledgedAt: at,
        updatedAt: at,
      };
      const outbox = alertService.notifications(
        record.schoolId,
        (await alertService.guardiansOf(student.id)).map((g) => `guardian#${g}`),
        {
          kind: 'LEAVE',
          title: '请假已确认',
          body: `${maskName(student.name)} ${record.from}–${record.to} 的请假老师已确认`,
          messageCode: 'LEAVE_ACKNOWLEDGED',
          params: { studentName: maskName(student.name), leaveFrom: record.from, leaveTo: record.to },
          studentId: student.id,
        },
      );
      await leaves.write([
        leaves.updateStep(next, version),
        ...outbox.map((item) => alerts.notifyStep(item)),
        audit.entry({
          viewer: signedIn,
          action: 'ACKNOWLEDGE_LEAVE',
          entityType: 'Student',
          entityId: student.id,
          relatedId: id,
          summary: summary('leave.acknowledged'),
        }),
      ]);
      await alertService.sendSms(outbox);
      return next;
    },
  };
}

export type LeaveService = ReturnType<typeof createLeaveService>;
