import { timingSafeEqual } from 'node:crypto';
import * as z from 'zod';
import type { RecordAccess } from '../access/recordAccess';
import type { ActivityRepository } from '../activities/activityRepository';
import type { AuditRepository } from '../audit/auditRepository';
import { requireViewer } from '../auth/access';
import type { Viewer } from '../auth/viewer';
import { localDate } from '../core/clock';
import { AppError, badInput, forbidden, notFound } from '../core/errors';
import { newId } from '../core/ids';
import { parseInput, text } from '../core/validation';
import { maskName } from '../people/names';
import type { StaffRepository } from '../people/staffRepository';
import type { StudentRecord } from '../people/studentEntity';
import type { StudentRepository } from '../people/studentRepository';
import type { AlertRepository } from './alertRepository';
import { pickupCode, type AlertService } from './alertService';
import { requireChildRecords } from './childRecords';
import { releaseId, segmentHandoverId, type AuthorizedPickupRecord, type HandoverRecord } from './pickupEntity';
import type { PickupRepository } from './pickupRepository';
import { param, summary } from '../audit/auditSummaries';
import { handoverKindValues } from '../generated/enumValues';

/** At most this many pickup persons per child (guardians included). */
export const MAX_PICKUPS = 8;

const pickupInput = z.object({ studentId: z.string().min(1).max(64), name: text(40), relation: text(20) });
const handoverInput = z.object({
  studentId: z.string().min(1).max(64),
  kind: z.enum(handoverKindValues),
  fromActivityId: z.string().max(64).nullish(),
  toActivityId: z.string().max(64).nullish(),
  pickupCode: z.string().max(12).nullish(),
});
export type PickupInput = z.input<typeof pickupInput>;
export type HandoverInput = z.input<typeof handoverInput>;

export interface PickupDeps {
  pickups: PickupRepository;
  /** A SEGMENT handover names two activities of the child's school. */
  activities: Pick<ActivityRepository, 'get'>;
  students: StudentRepository;
  staff: StaffRepository;
  alerts: AlertRepository;
  alertService: AlertService;
  audit: AuditRepository;
  access: RecordAccess;
  now?: () => Date;
}

/**
 * A guardian's own changes are recorded on the guardian's trail (read by the district, the school and the guardian),
 * not the child's: a teacher reading the child's trail would otherwise learn the guardian's account.
 */
export const guardianTrail = (viewer: Viewer, relatedId: string) => ({ entityType: 'Guardian', entityId: viewer.guardianId!, relatedId });

const sameCode = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/** Authorized pickup persons (接送人, 接送码) and handovers (交接): release only to someone on the child's list. */
export function createPickupService(deps: PickupDeps) {
  const { pickups, students, staff, alerts, alertService, audit, access } = deps;
  const now = () => deps.now?.() ?? new Date();

  async function loadStudent(id: string) {
    const student = await students.get(id);
    if (!student) throw notFound('Student', id);
    return student;
  }

  async function requireGuardianOf(viewer: Viewer | null, student: StudentRecord) {
    const signedIn = requireViewer(viewer);
    if (signedIn.role === 'PARENT' && (await access.relationsOf(signedIn).guardianStudentIds()).has(student.id)) return signedIn;
    throw forbidden('Only the child’s guardians manage who may pick the child up');
  }

  /** Who may hand a child over: the school admin; a teacher or provider running one of the child's activities; a duty leader. */
  async function requireHandoverStaff(viewer: Viewer | null, student: StudentRecord) {
    const signedIn = requireViewer(viewer);
    if (signedIn.role === 'SCHOOL_ADMIN' && signedIn.schoolId === student.schoolId) return signedIn;
    const relations = access.relationsOf(signedIn);
    if (signedIn.role === 'PROVIDER' && (await relations.runsActivityOf(student.id))) return signedIn;
    if (signedIn.role === 'TEACHER' && signedIn.schoolId === student.schoolId && (await relations.teacherIsStaff())) {
      if ((await relations.runsActivityOf(student.id)) || (await relations.teacherClassIds()).has(student.classId)) return signedIn;
      if ((await staff.get(signedIn.staffId))?.duties.includes('DUTY_LEADER')) return signedIn;
    }
    throw forbidden('Only the child’s teachers, the duty leader or the school admin hand the child over');
  }

  function freshCode(taken: AuthorizedPickupRecord[]) {
    for (;;) {
      const code = pickupCode();
      if (!taken.some((item) => item.code === code)) return code;
    }
  }

  return {
    async getPickup(viewer: Viewer | null, id: string) {
      const record = await pickups.getPickup(id);
      if (!record) throw notFound('AuthorizedPickup', id);
      return access.require(viewer, 'AuthorizedPickup', record);
    },

    async pickupsOf(viewer: Viewer | null, studentId: string) {
      await requireChildRecords(deps, viewer, 'AuthorizedPickup', studentId);
      return access.filter(viewer, 'AuthorizedPickup', await pickups.pickupsOf(studentId));
    },

    /** A guardian adds a pickup person (themself, a grandparent, a neighbour); each gets a personal code. */
    async add(viewer: Viewer | null, raw: PickupInput): Promise<AuthorizedPickupRecord> {
      const input = parseInput(pickupInput, raw);
      const student = await loadStudent(input.studentId);
      const signedIn = await requireGuardianOf(viewer, student);
      const existing = await pickups.pickupsOf(student.id);
      if (existing.length >= MAX_PICKUPS) throw badInput('studentId', `A child has at most ${MAX_PICKUPS} pickup persons`);
      const at = now().toISOString();
      const record: AuthorizedPickupRecord = {
        id: newId('AuthorizedPickup'),
        version: 1,
        studentId: student.id,
        schoolId: student.schoolId,
        name: input.name,
        relation: input.relation,
        code: freshCode(existing),
        codeIssuedAt: at,
        addedBy: signedIn.sub,
        createdAt: at,
        updatedAt: at,
      };
      await pickups.write([
        pickups.addPickupStep(record),
        audit.entry({
          viewer: signedIn,
          ...guardianTrail(signedIn, record.id),
          action: 'ADD_PICKUP',
          summary: summary('pickup.added', { name: param.text(maskName(input.name)), relation: param.text(input.relation) }),
        }),
      ]);
      return record;
    },

    /** A new code for a pickup person (the old one stops working at once). */
    async rotateCode(viewer: Viewer | null, id: string, expectedVersion?: number | null): Promise<AuthorizedPickupRecord> {
      const record = await pickups.getPickup(id);
      if (!record) throw notFound('AuthorizedPickup', id);
      const signedIn = await requireGuardianOf(viewer, await loadStudent(record.studentId));
      const at = now().toISOString();
      const version = expectedVersion ?? record.version;
      const next = { ...record, version: version + 1, code: freshCode(await pickups.pickupsOf(record.studentId)), codeIssuedAt: at, updatedAt: at };
      await pickups.write([
        pickups.updatePickupStep(next, version),
        audit.entry({ viewer: signedIn, ...guardianTrail(signedIn, id), action: 'ROTATE_PICKUP_CODE', summary: summary('pickup.codeRotated') }),
      ]);
      return next;
    },

    async remove(viewer: Viewer | null, id: string): Promise<string> {
      const record = await pickups.getPickup(id);
      if (!record) throw notFound('AuthorizedPickup', id);
      const signedIn = await requireGuardianOf(viewer, await loadStudent(record.studentId));
      await pickups.write([
        pickups.removePickupStep(record),
        audit.entry({
          viewer: signedIn,
          ...guardianTrail(signedIn, record.studentId),
          action: 'REMOVE_PICKUP',
          summary: summary('pickup.removed', { name: param.text(maskName(record.name)) }),
        }),
      ]);
      return id;
    },

    /**
     * Hands a child over today. SEGMENT: from one activity to the next. RELEASE: only to an authorized pickup person
     * whose code matches — any other code is refused (FORBIDDEN on `pickupCode`), the refused attempt is audited on the
     * child, and no handover is recorded. A child is released once a day; the guardians are notified of the release.
     */
    async record(viewer: Viewer | null, raw: HandoverInput): Promise<HandoverRecord> {
      const input = parseInput(handoverInput, raw);
      const student = await loadStudent(input.studentId);
      const signedIn = await requireHandoverStaff(viewer, student);
      const at = now();
      const date = localDate(0, at);
      const base = { studentId: student.id, schoolId: student.schoolId, date, at: at.toISOString(), by: signedIn.sub };
      if (input.kind === 'SEGMENT') {
        if (!input.fromActivityId || !input.toActivityId)
          throw badInput(input.fromActivityId ? 'toActivityId' : 'fromActivityId', 'A handover between segments names both activities');
        if (input.fromActivityId === input.toActivityId) throw badInput('toActivityId', 'A handover goes to another activity');
        const [from, to] = await Promise.all([deps.activities.get(input.fromActivityId), deps.activities.get(input.toActivityId)]);
        for (const [field, activity] of [
          ['fromActivityId', from],
          ['toActivityId', to],
        ] as const)
          if (!activity || activity.schoolId !== student.schoolId || activity.status !== 'ACTIVE')
            throw badInput(field, 'Not an active activity of the child’s school', { reason: 'WRONG_RECORD' });
        const id = segmentHandoverId(student.id, date, input.fromActivityId, input.toActivityId);
        // The same handover again (a retry, a second tap): the record made the first time, nothing written twice.
        const recorded = await pickups.getHandover(id);
        if (recorded) return recorded;
        const record: HandoverRecord = {
          ...base,
          id,
          kind: 'SEGMENT',
          fromActivityId: input.fromActivityId,
          toActivityId: input.toActivityId,
        };
        return pickups
          .write([
            pickups.handoverStep(record),
            audit.entry({
              viewer: signedIn,
              action: 'HANDOVER',
              entityType: 'Student',
              entityId: student.id,
              relatedId: record.id,
              summary: summary('handover.recorded'),
            }),
          ])
          .then(
            () => record,
            async (error: unknown) => {
              // Two phones sent the same handover at once: the other one wrote it; answer with that record.
              const written = error instanceof AppError && error.code === 'CONFLICT' ? await pickups.getHandover(id) : undefined;
              if (!written) throw error;
              return written;
            },
          );
      }
      const code = input.pickupCode?.trim() ?? '';
      if (!/^\d{6}$/.test(code)) throw badInput('pickupCode', 'A release needs the pickup person’s six-digit code (接送码)');
      const person = (await pickups.pickupsOf(student.id)).find((item) => sameCode(item.code, code));
      if (!person) {
        await audit.record({ viewer: signedIn, action: 'PICKUP_REFUSED', entityType: 'Student', entityId: student.id, summary: summary('pickup.refused') });
        throw new AppError('FORBIDDEN', 'This code belongs to no authorized pickup person of the child: do not release the child', { field: 'pickupCode' });
      }
      const record: HandoverRecord = {
        ...base,
        id: releaseId(student.id, date),
        kind: 'RELEASE',
        fromActivityId: input.fromActivityId ?? undefined,
        toGuardian: person.name,
        relation: person.relation,
        pickupId: person.id,
      };
      const time = new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', hour: '2-digit', minute: '2-digit', hour12: false }).format(at);
      const outbox = alertService.notifications(
        student.schoolId,
        (await alertService.guardiansOf(student.id)).map((id) => `guardian#${id}`),
        {
          kind: 'RELEASE',
          title: '已接走',
          body: `${maskName(student.name)} 已于 ${time} 由 ${person.name}（${person.relation}）接走`,
          messageCode: 'RELEASED',
          params: { studentName: maskName(student.name), releasedAt: time, pickupPersonName: person.name, pickupPersonRelation: person.relation },
          studentId: student.id,
        },
      );
      await pickups.write([
        pickups.handoverStep(record),
        ...outbox.map((item) => alerts.notifyStep(item)),
        audit.entry({
          viewer: signedIn,
          action: 'RELEASE',
          entityType: 'Student',
          entityId: student.id,
          relatedId: record.id,
          summary: summary('pickup.released', { name: param.text(maskName(person.name)), relation: param.text(person.relation) }),
        }),
      ]);
      await alertService.sendSms(outbox);
      return record;
    },

    /** A child's handovers as the viewer may see them, latest first. */
    async handoversOf(viewer: Viewer | null, studentId: string) {
      await requireChildRecords(deps, viewer, 'Handover', studentId);
      return access.filter(viewer, 'Handover', await pickups.ofStudent(studentId));
    },

    async getHandover(viewer: Viewer | null, id: string) {
      const record = await pickups.getHandover(id);
      if (!record) throw notFound('Handover', id);
      return access.require(viewer, 'Handover', record);
    },
  };
}

export type PickupService = ReturnType<typeof createPickupService>;
