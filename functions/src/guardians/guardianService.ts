import { createHash, randomInt } from 'node:crypto';
import type { RecordAccess } from '../access/recordAccess';
import { requireRole, requireViewer } from '../auth/access';
import type { Viewer } from '../auth/viewer';
import type { AuditRepository } from '../audit/auditRepository';
import { nowIso } from '../core/clock';
import { AppError, forbidden, invalidTransition, notFound, rateLimited } from '../core/errors';
import { newId } from '../core/ids';
import { parseInput, text } from '../core/validation';
import type { Db } from '../db/client';
import { transactWrite } from '../db/transactions';
import type { ClassRepository } from '../people/classRepository';
import { maskName } from '../people/names';
import { mobile } from '../people/peopleInput';
import type { StudentRecord } from '../people/studentEntity';
import type { StudentRepository } from '../people/studentRepository';
import { auditView } from '../people/studentService';
// Namespace import: lets esbuild leave zod's locale bundle out of the Lambda.
import * as z from 'zod';
import type { GuardianRecord } from './guardianEntity';
import type { GuardianRepository } from './guardianRepository';
import { param, summary } from '../audit/auditSummaries';

/** Binding codes: 8 characters without look-alikes (no 0/O, 1/I), valid 7 days, one use. */
const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const CODE_LENGTH = 8;
export const CODE_VALID_DAYS = 7;
/** Attempts a guardian may make per hour: 32⁸ codes make guessing hopeless at this rate. */
export const LINK_ATTEMPTS_PER_HOUR = 10;

export const hashCode = (code: string) => createHash('sha256').update(`guardian-code\n${code}`).digest('hex');
const normaliseCode = (code: string) => code.toUpperCase().replace(/[\s-]/g, '');

const signInSchema = z.object({ phone: mobile, name: text(40).nullish() });

export interface GuardianServiceDeps {
  db: Db;
  guardians: GuardianRepository;
  students: StudentRepository;
  classes: ClassRepository;
  audit: AuditRepository;
  access: RecordAccess;
}

export function createGuardianService(deps: GuardianServiceDeps) {
  const { db, guardians, students, classes, audit, access } = deps;

  async function loadStudent(id: string): Promise<StudentRecord> {
    const student = await students.get(id);
    if (!student) throw notFound('Student', id);
    return student;
  }

  /** Who may hand out a child's code: the school admin, or the class teacher of the child's class. */
  async function assertIssuer(viewer: Viewer | null, student: StudentRecord): Promise<Viewer> {
    const signedIn = requireRole(viewer, 'DISTRICT_ADMIN', 'SCHOOL_ADMIN', 'TEACHER');
    if (signedIn.role === 'SCHOOL_ADMIN' && signedIn.schoolId === student.schoolId) return signedIn;
    if (signedIn.role === 'TEACHER' && signedIn.schoolId === student.schoolId && (await access.relationsOf(signedIn).teacherClassIds()).has(student.classId))
      return signedIn;
    if (signedIn.role === 'DISTRICT_ADMIN') return signedIn;
    throw forbidden('Only the school admin or the class teacher hands out a child’s binding code');
  }

  return {
    async get(viewer: Viewer | null, id: string): Promise<GuardianRecord> {
      requireViewer(viewer);
      const guardian = await guardians.get(id);
      if (!guardian) throw notFound('Guardian', id);
      return access.require(viewer, 'Guardian', guardian);
    },

    /**
     * A new one-time binding code for the student (家长绑定码), valid 7 days; it replaces any earlier code, so a lost
     * slip is revoked by issuing another. Only the code's hash is stored: the code is shown this once.
     */
    async issueCode(viewer: Viewer | null, studentId: string): Promise<{ code: string; expiresAt: string }> {
      const student = await loadStudent(studentId);
      const signedIn = await assertIssuer(viewer, student);
      if (student.status !== 'ACTIVE') throw invalidTransition('The student has left the school');
      const code = Array.from({ length: CODE_LENGTH }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join('');
      const validUntil = new Date(Date.now() + CODE_VALID_DAYS * 86_400_000).toISOString();
      const expiresAt = Math.floor(Date.parse(validUntil) / 1000) + 86_400;
      const previous = await guardians.currentCodeOf(studentId);
      await transactWrite(db, [
        ...(previous ? [guardians.revokeStep(previous.codeHash)] : []),
        ...guardians.issueSteps({ codeHash: hashCode(code), studentId, schoolId: student.schoolId, validUntil, expiresAt, issuedBy: signedIn.sub }),
        audit.entry({
          viewer: signedIn,
          action: 'ISSUE_GUARDIAN_CODE',
          entityType: 'Student',
          entityId: studentId,
          summary: summary('guardian.codeIssued', { student: param.text(maskName(student.name)), days: param.number(CODE_VALID_DAYS) }),
        }),
      ]);
      return { code, expiresAt: validUntil };
    },

    /**
     * The ids of the children linked to a guardian the viewer has read (`Guardian.children`): the resolver loads each
     * through the student loader, so only the children the viewer may read come back.
     */
    async linkedStudentIds(guardianId: string): Promise<string[]> {
      return (await guardians.linksOfGuardian(guardianId)).map((link) => link.studentId);
    },

    /**
     * A guardian links a child with the school's code: the code is used up (deleted on the condition that it is
     * still there and valid), the link is written both ways and the guardian joins the child's contacts — one
     * transaction. At most 10 attempts an hour per guardian (RATE_LIMITED beyond).
     */
    async linkChild(viewer: Viewer | null, rawCode: string): Promise<StudentRecord> {
      const signedIn = requireRole(viewer, 'PARENT');
      const guardian = await guardians.get(signedIn.guardianId);
      if (!guardian) throw forbidden('This guardian account no longer exists');
      if ((await guardians.hit(guardian.id)) > LINK_ATTEMPTS_PER_HOUR) throw rateLimited('Too many binding attempts: try again in an hour');
      const code = await guardians.findCode(hashCode(normaliseCode(rawCode)));
      if (!code) throw new AppError('NOT_FOUND', 'This binding code is unknown or has been used: check it, or ask the school for a new one', { field: 'code' });
      const now = nowIso();
      if (code.validUntil <= now) throw invalidTransition('This binding code has expired: ask the school for a new one', { field: 'code' });
      const student = await loadStudent(code.studentId);
      if (student.status !== 'ACTIVE') throw invalidTransition('The student has left the school');
      const contacts = student.guardians.some((contact) => contact.phone === guardian.phone)
        ? student.guardians.map((contact) => (contact.phone === guardian.phone ? { ...contact, guardianId: guardian.id } : contact))
        : [...student.guardians, { name: guardian.name, phone: guardian.phone, guardianId: guardian.id }];
      const next: StudentRecord = { ...student, guardians: contacts, version: student.version + 1, updatedAt: now };
      await transactWrite(db, [
        ...guardians.useSteps(code, now),
        guardians.linkStep({ guardianId: guardian.id, studentId: student.id, schoolId: student.schoolId, linkedAt: now }),
        students.updateStep(next, student.version),
        audit.entry({
          viewer: signedIn,
          action: 'LINK_GUARDIAN',
          entityType: 'Student',
          entityId: student.id,
          relatedId: guardian.id,
          summary: summary('guardian.linked', { guardian: param.text(maskName(guardian.name)) }),
          before: auditView(student),
          after: auditView(next),
        }),
      ]);
      // The new link is the parent's relation from now on; this request's cached relations predate it.
      return access.require({ ...signedIn }, 'Student', next);
    },

    /**
     * The guardian signed in with this (verified) phone, created on first sign-in: the local dev sign-in by phone and
     * the Cognito post-confirmation trigger both come here. Idempotent: the phone is unique.
     */
    async ensureByPhone(input: { phone: string; name?: string | null }): Promise<GuardianRecord> {
      const values = parseInput(signInSchema, input);
      const existing = await guardians.byPhone(values.phone);
      if (existing) return existing;
      const now = nowIso();
      const record: GuardianRecord = {
        id: newId('Guardian'),
        version: 1,
        name: values.name ?? `家长${values.phone.slice(-4)}`,
        phone: values.phone,
        createdAt: now,
        updatedAt: now,
      };
      try {
        return await guardians.create(record, [
          audit.entry({
            viewer: { sub: `guardian:${record.id}`, role: 'PARENT', guardianId: record.id },
            action: 'SIGN_UP',
            entityType: 'Guardian',
            entityId: record.id,
            summary: summary('guardian.signedUp', { name: param.text(maskName(record.name)) }),
          }),
        ]);
      } catch (error) {
        // Two first sign-ins at once: the other one created the guardian.
        if (error instanceof AppError && error.code === 'CONFLICT') return (await guardians.byPhone(values.phone))!;
        throw error;
      }
    },

    /** The class name of a child, for pages that show "三年级2班" without the class record. */
    className: async (classId: string) => (await classes.get(classId))?.name ?? null,
  };
}

export type GuardianService = ReturnType<typeof createGuardianService>;
