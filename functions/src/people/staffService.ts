import type { RecordAccess } from '../access/recordAccess';
import { requireRole, requireSchoolAccess, requireViewer } from '../auth/access';
import type { Viewer } from '../auth/viewer';
import type { AuditRepository } from '../audit/auditRepository';
import { nowIso } from '../core/clock';
import { badInput, forbidden, notFound } from '../core/errors';
import { newId } from '../core/ids';
import { definedOnly, parseInput } from '../core/validation';
import { idsPage, matchesFilters } from '../db/idsPage';
import { pageSize, type Page, type PageArgs } from '../db/paging';
import type { SchoolTermMarks } from '../compliance/schoolTermMarks';
import type { SchoolRepository } from '../schools/schoolRepository';
import { createStaffSchema, updateStaffSchema } from './peopleInput';
import type { StaffMemberRecord } from './staffEntity';
import type { StaffRepository } from './staffRepository';
import { param, summary } from '../audit/auditSummaries';

export interface StaffListInput extends PageArgs {
  filter?: { ids?: readonly string[] | null; schoolId?: string | null; duty?: string | null; active?: boolean | null; q?: string | null } | null;
}

/** The school a list is about: a school admin's or teacher's own, or the one a district admin names. */
export function scopedSchool(viewer: Viewer, requested: string | null | undefined, what: string): string {
  if (viewer.role === 'SCHOOL_ADMIN' || viewer.role === 'TEACHER') {
    if (requested && requested !== viewer.schoolId) throw forbidden(`You see only your own school’s ${what}`);
    return viewer.schoolId;
  }
  if (!requested) throw badInput('filter.schoolId', `Name the school (filter.schoolId) whose ${what} to list`);
  return requested;
}

export function createStaffService(deps: {
  staff: StaffRepository;
  schools: SchoolRepository;
  audit: AuditRepository;
  access: RecordAccess;
  schoolTermMarks: SchoolTermMarks;
}) {
  const { staff, schools, audit, access, schoolTermMarks } = deps;

  async function load(id: string) {
    const record = await staff.get(id);
    if (!record) throw notFound('StaffMember', id);
    return record;
  }

  return {
    load,

    /** One staff member: the school's admins in full, colleagues without the phone. */
    async get(viewer: Viewer | null, id: string): Promise<StaffMemberRecord> {
      requireViewer(viewer);
      return access.require(viewer, 'StaffMember', await load(id));
    },

    /** A school's staff by name, or those holding one duty (DISTRICT_ADMIN names the school; others see their own). */
    async list(viewer: Viewer | null, input: StaffListInput): Promise<Page<StaffMemberRecord>> {
      const signedIn = requireRole(viewer, 'DISTRICT_ADMIN', 'SCHOOL_ADMIN', 'TEACHER');
      pageSize(input.first);
      const { ids, schoolId, duty, active, q } = input.filter ?? {};
      if (ids) return access.page(signedIn, 'StaffMember', await idsPage(ids, staff.getMany, (record) => matchesFilters(record, { schoolId, active })));
      const school = scopedSchool(signedIn, schoolId, 'staff');
      return access.page(signedIn, 'StaffMember', await staff.list({ first: input.first, after: input.after, schoolId: school, duty, active, q }));
    },

    async create(viewer: Viewer | null, input: unknown): Promise<StaffMemberRecord> {
      const values = parseInput(createStaffSchema, input);
      const signedIn = requireSchoolAccess(viewer, values.schoolId);
      const now = nowIso();
      const record: StaffMemberRecord = { ...values, id: newId('StaffMember'), version: 1, createdAt: now, updatedAt: now };
      return staff.create(record, [
        schools.dependentDelta(record.schoolId, 1),
        audit.entry({
          viewer: signedIn,
          action: 'CREATE',
          entityType: 'StaffMember',
          entityId: record.id,
          summary: summary('staff.created', { name: param.text(record.name) }),
          after: record,
        }),
      ]);
    },

    async update(viewer: Viewer | null, id: string, input: unknown, expectedVersion: number): Promise<StaffMemberRecord> {
      const changes = definedOnly(parseInput(updateStaffSchema, input));
      const previous = await load(id);
      const signedIn = requireSchoolAccess(viewer, previous.schoolId);
      const next = {
        ...previous,
        ...changes,
        phone: changes.phone === null ? undefined : (changes.phone ?? previous.phone),
        version: expectedVersion + 1,
        updatedAt: nowIso(),
      } as StaffMemberRecord;
      return staff.update(previous, next, expectedVersion, [
        // A class teacher who leaves (inactive) leaves their classes without staff on duty (CLASS_WITHOUT_STAFF).
        ...(next.active !== previous.active ? await schoolTermMarks.steps(previous.schoolId) : []),
        audit.entry({
          viewer: signedIn,
          action: 'UPDATE',
          entityType: 'StaffMember',
          entityId: id,
          summary: summary('staff.updated', { name: param.text(next.name) }),
          before: previous,
          after: next,
        }),
      ]);
    },

    /** Deletes a staff member entered by mistake; one who teaches a class or runs activities must be reassigned first. */
    async delete(viewer: Viewer | null, id: string): Promise<string> {
      const previous = await load(id);
      const signedIn = requireSchoolAccess(viewer, previous.schoolId);
      await staff.delete(previous, [
        schools.dependentDelta(previous.schoolId, -1),
        audit.entry({
          viewer: signedIn,
          action: 'DELETE',
          entityType: 'StaffMember',
          entityId: id,
          summary: summary('staff.deleted', { name: param.text(previous.name) }),
          before: previous,
        }),
      ]);
      return id;
    },
  };
}

export type StaffService = ReturnType<typeof createStaffService>;
