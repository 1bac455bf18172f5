import type { RecordAccess } from '../access/recordAccess';
import { requireRole, requireSchoolAccess, requireViewer } from '../auth/access';
import type { Viewer } from '../auth/viewer';
import type { AuditRepository } from '../audit/auditRepository';
import { localDate, nowIso } from '../core/clock';
import { badInput, forbidden, invalidTransition, notFound } from '../core/errors';
import { newId } from '../core/ids';
import { definedOnly, parseInput } from '../core/validation';
import { transactWrite, type GuardedWrite } from '../db/transactions';
import { idsPage, matchesFilters } from '../db/idsPage';
import { pageSize, type Page, type PageArgs } from '../db/paging';
import type { Db } from '../db/client';
import type { ApplicationRepository } from '../enrolment/applicationRepository';
import type { GuardianRepository } from '../guardians/guardianRepository';
import type { TermRepository } from '../terms/termRepository';
import type { ClassRepository } from './classRepository';
import { maskName, maskPhone } from './names';
import { createStudentSchema, updateStudentSchema } from './peopleInput';
import { scopedSchool } from './staffService';
import type { StudentGuardianRecord, StudentRecord } from './studentEntity';
import type { StudentListArgs, StudentRepository } from './studentRepository';
import { param, summary, type AuditSummary } from '../audit/auditSummaries';

export interface StudentListInput extends PageArgs {
  filter?: (Omit<StudentListArgs, 'first' | 'after'> & { ids?: readonly string[] | null }) | null;
}

/**
 * The student as the audit trail records it: initials-style name and masked phones. The trail outlives what it
 * describes (管理台账), so it never keeps a child's full name or a family's phone number.
 */
export function auditView(student: StudentRecord | undefined) {
  if (!student) return undefined;
  return {
    ...student,
    name: maskName(student.name),
    guardians: student.guardians.map((guardian) => ({ ...guardian, name: maskName(guardian.name), phone: maskPhone(guardian.phone) ?? undefined })),
  };
}

/** Keeps the link marker of contacts the school rewrites: a contact with a linked guardian's phone stays linked. */
function keepLinks(previous: StudentGuardianRecord[], next: StudentGuardianRecord[]): StudentGuardianRecord[] {
  return next.map((contact) => {
    const linked = previous.find((old) => old.guardianId && old.phone && old.phone === contact.phone);
    return linked ? { ...contact, guardianId: linked.guardianId } : contact;
  });
}

export interface StudentServiceDeps {
  db: Db;
  students: StudentRepository;
  classes: ClassRepository;
  terms: TermRepository;
  applications: ApplicationRepository;
  guardians: GuardianRepository;
  audit: AuditRepository;
  access: RecordAccess;
}

export function createStudentService(deps: StudentServiceDeps) {
  const { students, classes, terms, applications, guardians, audit, access } = deps;

  async function load(id: string) {
    const record = await students.get(id);
    if (!record) throw notFound('Student', id);
    return record;
  }

  async function loadClass(id: string, field = 'classId') {
    const schoolClass = await classes.get(id);
    if (!schoolClass) throw badInput(field, `Class ${id} does not exist`);
    return schoolClass;
  }

  /** INVALID_TRANSITION while the student holds a live application for a term that has not ended. */
  async function assertNoLiveEnrolment(student: StudentRecord) {
    const today = localDate();
    for (const application of await applications.allOfStudent(student.id)) {
      if (!['SUBMITTED', 'CLASS_APPROVED', 'APPROVED'].includes(application.status)) continue;
      const term = await terms.get(application.termId);
      if (term && term.endDate >= today)
        throw invalidTransition('The student still holds an application for a current term: withdraw it first', { applicationId: application.id });
    }
  }

  const studentAudit = (viewer: Viewer, action: string, summary: AuditSummary, before?: StudentRecord, after?: StudentRecord, id = (after ?? before)!.id) =>
    audit.entry({ viewer, action, entityType: 'Student', entityId: id, summary, before: auditView(before), after: auditView(after) });

  /**
   * Records a READ event when school staff receive the student's full record (SPEC §3.11): `get`, and a list row or
   * nested student delivered with the family's contacts (the `guardians` field: a class list, an export).
   */
  async function noteFullRead(viewer: Viewer, record: StudentRecord): Promise<void> {
    await noteFullReads(viewer, [record]);
  }

  /** The same for the students of one response together: their events in one batch (see `audit.recordMany`). */
  async function noteFullReads(viewer: Viewer, records: readonly StudentRecord[]): Promise<void> {
    if (viewer.role === 'PARENT' || viewer.role === 'PROVIDER') return;
    const fully = await Promise.all(records.map((record) => access.readsFully(viewer, 'Student', record)));
    const read = records.filter((_record, i) => fully[i]);
    if (read.length === 0) return;
    await audit.recordMany(
      read.map((record) => ({
        viewer,
        action: 'READ',
        entityType: 'Student',
        entityId: record.id,
        summary: summary('student.read', { name: param.text(maskName(record.name)) }),
      })),
    );
  }

  return {
    load,

    /**
     * One student as the viewer may see it. A read of the full record by school staff (district and school admins,
     * the class teacher) is recorded in the student's audit trail (SPEC §3.11) — detail reads only, not list rows.
     */
    async get(viewer: Viewer | null, id: string): Promise<StudentRecord> {
      const signedIn = requireViewer(viewer);
      const record = await load(id);
      const visible = await access.require(signedIn, 'Student', record);
      await noteFullRead(signedIn, record);
      return visible;
    },

    noteFullReads,

    async list(viewer: Viewer | null, input: StudentListInput): Promise<Page<StudentRecord>> {
      const signedIn = requireRole(viewer, 'DISTRICT_ADMIN', 'SCHOOL_ADMIN', 'TEACHER', 'PARENT');
      pageSize(input.first);
      const { ids, ...filter } = input.filter ?? {};
      const exact = {
        schoolId: filter.schoolId,
        classId: filter.classId,
        grade: filter.grade,
        status: filter.status,
        leftBehind: filter.leftBehind,
        hardship: filter.hardship,
      };
      if (signedIn.role === 'PARENT') {
        const mine = [...(await access.relationsOf(signedIn).guardianStudentIds())].filter((id) => !ids || ids.includes(id));
        return access.page(signedIn, 'Student', await idsPage(mine, students.getMany, (record) => matchesFilters(record, exact)));
      }
      if (ids) return access.page(signedIn, 'Student', await idsPage(ids, students.getMany, (record) => matchesFilters(record, exact)));
      if (signedIn.role === 'TEACHER') {
        // A class list of one of their classes (班主任); other children reach a teacher only through rosters.
        // Another school in the filter is refused, not quietly replaced by the teacher's own class.
        if (filter.schoolId && filter.schoolId !== signedIn.schoolId) throw forbidden('Teachers list the students of their own school’s classes');
        const mine = await access.relationsOf(signedIn).teacherClassIds();
        const classId = filter.classId ?? (mine.size === 1 ? [...mine][0] : undefined);
        if (!classId) throw badInput('filter.classId', 'Name one of your classes (filter.classId)');
        if (!mine.has(classId)) throw forbidden('Teachers list the students of their own classes');
        return access.page(signedIn, 'Student', await students.list({ ...filter, first: input.first, after: input.after, classId, schoolId: undefined }));
      }
      if (filter.classId) {
        // As the applications' list: a school the admin may not read is FORBIDDEN whichever class is named; a class of
        // another school than the filter's is refused, never answered with the school quietly dropped.
        if (filter.schoolId) scopedSchool(signedIn, filter.schoolId, 'students');
        const schoolClass = await classes.get(filter.classId);
        if (schoolClass) scopedSchool(signedIn, schoolClass.schoolId, 'students');
        if (schoolClass && filter.schoolId && schoolClass.schoolId !== filter.schoolId)
          throw badInput('filter.schoolId', `Class ${schoolClass.id} is not a class of school ${filter.schoolId}`, { reason: 'WRONG_RECORD' });
        return access.page(signedIn, 'Student', await students.list({ ...filter, first: input.first, after: input.after, schoolId: undefined }));
      }
      const schoolId = scopedSchool(signedIn, filter.schoolId, 'students');
      return access.page(signedIn, 'Student', await students.list({ ...filter, first: input.first, after: input.after, schoolId }));
    },

    async create(viewer: Viewer | null, input: unknown): Promise<StudentRecord> {
      const values = parseInput(createStudentSchema, input);
      const schoolClass = await loadClass(values.classId);
      const signedIn = requireSchoolAccess(viewer, schoolClass.schoolId);
      const now = nowIso();
      const record: StudentRecord = {
        ...values,
        id: newId('Student'),
        version: 1,
        schoolId: schoolClass.schoolId,
        grade: schoolClass.grade,
        status: 'ACTIVE',
        createdAt: now,
        updatedAt: now,
      };
      return students.create(record, [
        classes.counterDelta(schoolClass.id, 1, 1),
        studentAudit(
          signedIn,
          'CREATE',
          summary('student.created', { name: param.text(maskName(record.name)), schoolClass: param.ref(schoolClass.id, schoolClass.name) }),
          undefined,
          record,
        ),
      ]);
    },

    /**
     * Changes a student. A new class moves the class counters (same school only); status LEFT needs no live
     * enrolment in a current term, records `leftOn` (default today) and starts the retention period.
     */
    async update(viewer: Viewer | null, id: string, input: unknown, expectedVersion: number): Promise<StudentRecord> {
      const changes = definedOnly(parseInput(updateStudentSchema, input));
      const previous = await load(id);
      const signedIn = requireSchoolAccess(viewer, previous.schoolId);
      const next = { ...previous, ...changes, version: expectedVersion + 1, updatedAt: nowIso() } as StudentRecord;
      if (changes.gender === null) next.gender = undefined;
      if (changes.guardians) next.guardians = keepLinks(previous.guardians, changes.guardians as StudentGuardianRecord[]);
      const steps: GuardedWrite[] = [];
      const wasActive = previous.status === 'ACTIVE';
      const isActive = next.status === 'ACTIVE';
      if (next.classId !== previous.classId) {
        const target = await loadClass(next.classId);
        if (target.schoolId !== previous.schoolId) throw badInput('classId', 'A student moves between classes of the same school only');
        next.grade = target.grade;
        steps.push(classes.counterDelta(previous.classId, wasActive ? -1 : 0, -1), classes.counterDelta(target.id, isActive ? 1 : 0, 1));
      } else if (wasActive !== isActive) {
        steps.push(classes.counterDelta(previous.classId, isActive ? 1 : -1, 0));
      }
      if (!isActive) {
        if (wasActive) await assertNoLiveEnrolment(previous);
        next.leftOn = changes.leftOn ?? previous.leftOn ?? localDate();
        if (next.leftOn > localDate()) throw badInput('leftOn', 'leftOn must not be in the future');
        next.retention = 'left';
      } else {
        next.leftOn = undefined;
        next.retention = undefined;
      }
      const said =
        wasActive && !isActive
          ? summary('student.left', { name: param.text(maskName(next.name)), leftOn: param.date(next.leftOn!) })
          : summary('student.updated', { name: param.text(maskName(next.name)) });
      return students.update(next, expectedVersion, [...steps, studentAudit(signedIn, 'UPDATE', said, previous, next)]);
    },

    /** Deletes a student entered by mistake (no applications); links and a pending binding code go with it. */
    async delete(viewer: Viewer | null, id: string): Promise<string> {
      const previous = await load(id);
      const signedIn = requireSchoolAccess(viewer, previous.schoolId);
      await transactWrite(deps.db, [
        students.deleteStep(previous),
        classes.counterDelta(previous.classId, previous.status === 'ACTIVE' ? -1 : 0, -1),
        ...(await guardians.purgeSteps(id)),
        studentAudit(signedIn, 'DELETE', summary('student.deleted', { name: param.text(maskName(previous.name)) }), previous),
      ]);
      return id;
    },
  };
}

export type StudentService = ReturnType<typeof createStudentService>;
