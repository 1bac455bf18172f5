import { randomBytes } from 'node:crypto';
import * as z from 'zod';
import type { RecordAccess } from '../access/recordAccess';
import type { ActivityRecord } from '../activities/activityEntity';
import type { AuditRepository } from '../audit/auditRepository';
import { requireViewer } from '../auth/access';
import type { Viewer } from '../auth/viewer';
import { badInput, forbidden, invalidTransition, notFound } from '../core/errors';
import { newId } from '../core/ids';
import { dateString, parseInput, text } from '../core/validation';
import type { Page, PageArgs } from '../db/paging';
import type { GuardianRepository } from '../guardians/guardianRepository';
import { logger } from '../observability/logger';
import { maskName } from '../people/names';
import type { ClassRepository } from '../people/classRepository';
import type { StaffRepository } from '../people/staffRepository';
import type { StudentRepository } from '../people/studentRepository';
import type { AlertKind, AlertRecord, NotificationRecord } from './alertEntity';
import { alertIdOf, recipientOf } from './alertIds';
import { AlreadyRaised, type AlertListArgs, type AlertRepository } from './alertRepository';
import type { RollCallRecord } from './rollCallEntity';
import { param, summary } from '../audit/auditSummaries';
import { alertKindValues, alertStatusValues } from '../generated/enumValues';

/** Sends a text message. Configured only when deployed with a sender (SNS); the outbox never depends on it. */
export interface SmsSender {
  send(phone: string, text: string): Promise<void>;
}

export interface AlertDeps {
  alerts: AlertRepository;
  students: StudentRepository;
  classes: ClassRepository;
  staff: StaffRepository;
  guardians: GuardianRepository;
  audit: AuditRepository;
  access: RecordAccess;
  sms?: SmsSender;
  now?: () => Date;
}

/** What `alerts(filter:)` narrows by. */
export type AlertFilter = Omit<AlertListArgs, keyof PageArgs | 'addressedToStaff' | 'addressedToGuardian'>;

export interface RaiseInput {
  kind: AlertKind;
  schoolId: string;
  date: string;
  studentId?: string;
  activityId?: string;
  message: string;
  /** The values `message` names (SDL AlertParams). */
  params: NonNullable<AlertRecord['params']>;
  staffIds: string[];
  guardianIds: string[];
  /** Also tell the school admins (the console's bell). */
  schoolAdmins?: boolean;
}

const filterInput = z.object({
  schoolId: z.string().max(64).nullish(),
  date: dateString.nullish(),
  status: z.enum(alertStatusValues).nullish(),
  kind: z.enum(alertKindValues).nullish(),
  studentId: z.string().max(64).nullish(),
});

export function createAlertService(deps: AlertDeps) {
  const { alerts, students, classes, staff, guardians, audit, access } = deps;
  const now = () => deps.now?.() ?? new Date();

  /** Notifications for each recipient, in the caller's transaction; SMS is sent after commit, when configured. */
  function notifications(
    schoolId: string,
    recipients: string[],
    content: Pick<NotificationRecord, 'kind' | 'title' | 'body' | 'messageCode' | 'params' | 'studentId' | 'alertId'>,
  ): NotificationRecord[] {
    const at = now();
    return [...new Set(recipients)].map((recipient, index) => ({
      // Distinct createdAt per item keeps the sort keys of one batch apart and in order.
      id: newId('Notification'),
      recipient,
      schoolId,
      ...content,
      createdAt: new Date(at.getTime() + index).toISOString(),
      sms: deps.sms && !recipient.startsWith('school#') ? 'PENDING' : 'NONE',
    }));
  }

  /**
   * Sends the pending SMS of notifications just committed, each at most once: the message is claimed (PENDING →
   * SENDING, conditional) before it is sent, so a second sender finds it claimed; then marked SENT or FAILED once.
   * The number is looked up here and never logged: a failure is logged by the error's name only (an SDK message may
   * quote the number; the logger's redaction would mask it too).
   */
  async function sendSms(records: NotificationRecord[]) {
    const sender = deps.sms;
    if (!sender) return;
    for (const record of records.filter((item) => item.sms === 'PENDING')) {
      if (!(await alerts.moveSms(record, 'PENDING', 'SENDING'))) continue;
      const [type, id] = record.recipient.split('#');
      try {
        const phone = type === 'guardian' ? (await guardians.get(id))?.phone : (await staff.get(id))?.phone;
        if (!phone) throw Object.assign(new Error('no phone on file'), { name: 'NoPhoneOnFile' });
        await sender.send(phone, `${record.title}：${record.body}`);
        await alerts.moveSms(record, 'SENDING', 'SENT');
      } catch (error) {
        logger.warn('SMS not sent', { notificationId: record.id, recipientType: type, reason: error instanceof Error ? error.name : 'unknown' });
        await alerts.moveSms(record, 'SENDING', 'FAILED');
      }
    }
  }

  /** Guardian ids linked to a child. */
  const guardiansOf = async (studentId: string) => (await guardians.linksOfStudent(studentId)).map((link) => link.guardianId);

  const service = {
    notifications,
    sendSms,
    guardiansOf,

    /** Raises an alert once: false when it had been raised before (nothing is written then). */
    async raise(input: RaiseInput, viewer: Viewer = { sub: 'system:alerts', role: 'DISTRICT_ADMIN' }): Promise<boolean> {
      const at = now().toISOString();
      const record: AlertRecord = {
        id: alertIdOf(input),
        version: 1,
        schoolId: input.schoolId,
        kind: input.kind,
        studentId: input.studentId,
        activityId: input.activityId,
        date: input.date,
        status: 'OPEN',
        message: input.message,
        params: input.params,
        raisedAt: at,
        staffIds: [...new Set(input.staffIds)],
        guardianIds: [...new Set(input.guardianIds)],
        updatedAt: at,
      };
      const recipients = [
        ...record.staffIds.map((id) => `staff#${id}`),
        ...record.guardianIds.map((id) => `guardian#${id}`),
        ...(input.schoolAdmins ? [`school#${input.schoolId}`] : []),
      ];
      const outbox = notifications(input.schoolId, recipients, {
        kind: 'ALERT',
        title: alertTitles[input.kind],
        body: input.message,
        messageCode: input.kind,
        params: input.params,
        studentId: input.studentId,
        alertId: record.id,
      });
      try {
        await alerts.write([
          alerts.raiseStep(record),
          ...outbox.map((item) => alerts.notifyStep(item)),
          audit.entry({
            viewer,
            action: 'RAISE_ALERT',
            entityType: 'Alert',
            entityId: record.id,
            summary: summary('alert.raised', {
              kind: { ...param.enum('AlertKind', input.kind), zh: alertTitles[input.kind] },
              message: param.text(input.message),
            }),
          }),
        ]);
      } catch (error) {
        if (error instanceof AlreadyRaised) return false;
        throw error;
      }
      await sendSms(outbox);
      return true;
    },

    /**
     * ABSENT_WITHOUT_LEAVE at once for every child marked absent (a child with leave was marked LEAVE already), or for
     * those `only` keeps (the alert job's backstop). Returns how many were raised now.
     */
    async absentWithoutLeave(rollCall: RollCallRecord, activity: ActivityRecord, only?: (studentId: string) => boolean): Promise<number> {
      let raised = 0;
      for (const mark of rollCall.marks.filter((item) => item.status === 'ABSENT' && (!only || only(item.studentId)))) {
        const student = await students.get(mark.studentId);
        if (!student) continue;
        const schoolClass = await classes.get(student.classId);
        const created = await service.raise({
          kind: 'ABSENT_WITHOUT_LEAVE',
          schoolId: rollCall.schoolId,
          date: rollCall.date,
          studentId: student.id,
          activityId: activity.id,
          message: `${maskName(student.name)}（${schoolClass?.name ?? ''}）未到「${activity.title}」${activity.startTime}，且没有请假`,
          params: { studentName: maskName(student.name), className: schoolClass?.name, activityTitle: activity.title, activityStartTime: activity.startTime },
          staffIds: schoolClass?.classTeacherId ? [schoolClass.classTeacherId] : [],
          guardianIds: await guardiansOf(student.id),
        });
        if (created) raised += 1;
      }
      return raised;
    },

    async get(viewer: Viewer | null, id: string): Promise<AlertRecord> {
      const record = await alerts.get(id);
      if (!record) throw notFound('Alert', id);
      return access.require(viewer, 'Alert', record);
    },

    /** Alerts the viewer may read: a school's (admins, its teachers' own), a child's (parents), the district's. */
    async list(viewer: Viewer | null, filter: AlertFilter | null | undefined, args: PageArgs): Promise<Page<AlertRecord>> {
      const signedIn = requireViewer(viewer);
      const where = parseInput(filterInput, filter ?? {});
      let schoolId = where.schoolId;
      if (signedIn.role === 'SCHOOL_ADMIN' || signedIn.role === 'TEACHER') {
        if (schoolId && schoolId !== signedIn.schoolId) throw forbidden('You may only read alerts of your own school');
        schoolId = signedIn.schoolId;
      } else if (signedIn.role === 'PARENT') {
        // As with applications: a guardian of one child need not name it; another family's child is a denial.
        const children = await access.relationsOf(signedIn).guardianStudentIds();
        where.studentId ??= children.size === 1 ? [...children][0] : undefined;
        if (!where.studentId) throw badInput('filter.studentId', 'Name one of your children');
        if (!children.has(where.studentId)) throw forbidden('Guardians read their own children’s alerts only');
        schoolId = (await students.get(where.studentId))?.schoolId;
      } else if (signedIn.role !== 'DISTRICT_ADMIN') {
        throw forbidden('Alerts are read by schools, their teachers and families');
      }
      // Teachers and parents read only what is addressed to them: the query says so too, so counts never leak.
      const addressedToStaff = signedIn.role === 'TEACHER' ? signedIn.staffId : undefined;
      const addressedToGuardian = signedIn.role === 'PARENT' ? signedIn.guardianId : undefined;
      return access.page(signedIn, 'Alert', await alerts.list({ ...where, schoolId, addressedToStaff, addressedToGuardian, ...args }));
    },

    /** Resolves an OPEN alert with a note: the school admin, or a staff member it is addressed to. Audited. */
    async resolve(viewer: Viewer | null, id: string, note: string, expectedVersion?: number | null): Promise<AlertRecord> {
      const signedIn = requireViewer(viewer);
      const clean = parseInput(z.object({ note: text(500) }), { note }).note;
      const record = await alerts.get(id);
      if (!record) throw notFound('Alert', id);
      const mayResolve =
        signedIn.role === 'DISTRICT_ADMIN' ||
        (signedIn.role === 'SCHOOL_ADMIN' && signedIn.schoolId === record.schoolId) ||
        (signedIn.role === 'TEACHER' &&
          signedIn.schoolId === record.schoolId &&
          record.staffIds.includes(signedIn.staffId) &&
          (await access.relationsOf(signedIn).teacherIsStaff()));
      if (!mayResolve) throw forbidden('Only the school admin or a staff member the alert is addressed to may resolve it');
      if (record.status !== 'OPEN') throw invalidTransition('The alert is resolved already', { status: record.status });
      const version = expectedVersion ?? record.version;
      const at = now().toISOString();
      const next: AlertRecord = { ...record, version: version + 1, status: 'RESOLVED', resolvedBy: signedIn.sub, resolvedAt: at, note: clean, updatedAt: at };
      await alerts.write([
        alerts.resolveStep(next, version),
        audit.entry({
          viewer: signedIn,
          action: 'RESOLVE_ALERT',
          entityType: 'Alert',
          entityId: id,
          summary: summary('alert.resolved', { note: param.text(clean) }),
          before: record,
          after: next,
        }),
      ]);
      return next;
    },

    /** The viewer's notifications (the bell), newest first. */
    async notificationsOf(viewer: Viewer | null, args: PageArgs): Promise<Page<NotificationRecord>> {
      const recipient = recipientOf(requireViewer(viewer));
      if (!recipient) return { items: [], hasNextPage: false, hasPreviousPage: false, totalCount: async () => 0 };
      return alerts.notificationsOf(recipient, args);
    },

    /**
     * One notification by id (`node`), on the bell's rule: only its recipient reads it (a guardian, a staff member, the
     * school's admins) — nobody else, the district office included, as `notifications` shows nobody else's.
     */
    async notification(viewer: Viewer | null, id: string): Promise<NotificationRecord> {
      const signedIn = requireViewer(viewer);
      const record = await alerts.notificationById(id);
      if (!record) throw notFound('Notification', id);
      if (record.recipient !== recipientOf(signedIn)) throw forbidden('A notification is read by its recipient only');
      return record;
    },
  };
  return service;
}

export const alertTitles: Record<AlertKind, string> = {
  ABSENT_WITHOUT_LEAVE: '未请假缺勤',
  NOT_PICKED_UP: '放学未接走',
  ROLL_CALL_MISSING: '未点名',
};

/** A random six-digit pickup code (接送码). */
export const pickupCode = () => String(randomBytes(4).readUInt32BE(0) % 1_000_000).padStart(6, '0');

export type AlertService = ReturnType<typeof createAlertService>;
