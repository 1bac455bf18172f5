import type { RecordAccess } from '../access/recordAccess';
import { requireRole, requireSchoolAccess, requireViewer } from '../auth/access';
import type { Viewer } from '../auth/viewer';
import type { AuditRepository } from '../audit/auditRepository';
import { nowIso } from '../core/clock';
import { badInput, invalidTransition, notFound } from '../core/errors';
import { newId } from '../core/ids';
import { definedOnly, parseInput } from '../core/validation';
import { idsPage, matchesFilters } from '../db/idsPage';
import { pageSize, type Page, type PageArgs } from '../db/paging';
import type { GuardedWrite } from '../db/transactions';
import type { SchoolTermMarks } from '../compliance/schoolTermMarks';
import type { SchoolRepository } from '../schools/schoolRepository';
import type { SchoolClassRecord } from './classEntity';
import type { ClassRepository } from './classRepository';
import { createClassSchema, updateClassSchema } from './peopleInput';
import type { StaffRepository } from './staffRepository';
import { scopedSchool } from './staffService';

export interface ClassListInput extends PageArgs {
  filter?: { ids?: readonly string[] | null; schoolId?: string | null; grade?: number | null; classTeacherId?: string | null } | null;
}

export function createClassService(deps: {
  classes: ClassRepository;
  staff: StaffRepository;
  schools: SchoolRepository;
  audit: AuditRepository;
  access: RecordAccess;
  schoolTermMarks: SchoolTermMarks;
}) {
  const { classes, staff, schools, audit, access, schoolTermMarks } = deps;

  async function load(id: string) {
    const record = await classes.get(id);
    if (!record) throw notFound('SchoolClass', id);
    return record;
  }

  async function assertGrade(schoolId: string, grade: number) {
    const school = await schools.get(schoolId);
    if (!school) throw badInput('schoolId', `School ${schoolId} does not exist`);
    if (!school.grades.includes(grade)) throw badInput('grade', `${school.name} does not teach grade ${grade}`);
  }

  /** Steps that move the class-teacher count from one staff member to another (the new one must be active there). */
  const teacherSteps = (schoolId: string, from: string | undefined, to: string | undefined): GuardedWrite[] =>
    from === to ? [] : [...(from ? [staff.dependentDelta(from, -1)] : []), ...(to ? [staff.dependentDelta(to, 1, schoolId)] : [])];

  return {
    load,

    async get(viewer: Viewer | null, id: string): Promise<SchoolClassRecord> {
      requireViewer(viewer);
      return access.require(viewer, 'SchoolClass', await load(id));
    },

    /** A school's classes by grade and name; a parent gets the classes of their children. */
    async list(viewer: Viewer | null, input: ClassListInput): Promise<Page<SchoolClassRecord>> {
      const signedIn = requireRole(viewer, 'DISTRICT_ADMIN', 'SCHOOL_ADMIN', 'TEACHER', 'PARENT');
      pageSize(input.first);
      const { ids, schoolId, grade, classTeacherId } = input.filter ?? {};
      const filters = { schoolId, grade, classTeacherId };
      if (signedIn.role === 'PARENT') {
        const mine = [...(await access.relationsOf(signedIn).guardianClassIds())].filter((id) => !ids || ids.includes(id));
        return access.page(signedIn, 'SchoolClass', await idsPage(mine, classes.getMany, (record) => matchesFilters(record, filters)));
      }
      if (ids) return access.page(signedIn, 'SchoolClass', await idsPage(ids, classes.getMany, (record) => matchesFilters(record, filters)));
      const school = scopedSchool(signedIn, schoolId, 'classes');
      return access.page(signedIn, 'SchoolClass', await classes.list({ first: input.first, after: input.after, schoolId: school, grade, classTeacherId }));
    },

    async create(viewer: Viewer | null, input: unknown): Promise<SchoolClassRecord> {
      const values = parseInput(createClassSchema, input);
      const signedIn = requireSchoolAccess(viewer, values.schoolId);
      await assertGrade(values.schoolId, values.grade);
      const now = nowIso();
      const record: SchoolClassRecord = { ...values, id: newId('SchoolClass'), version: 1, studentCount: 0, createdAt: now, updatedAt: now };
      return classes.create(record, [
        schools.dependentDelta(record.schoolId, 1),
        ...teacherSteps(record.schoolId, undefined, record.classTeacherId),
        // Every class needs a staff member on duty (compliance rule CLASS_WITHOUT_STAFF): the school's open terms change.
        ...(await schoolTermMarks.steps(record.schoolId)),
        audit.entry({ viewer: signedIn, action: 'CREATE', entityType: 'SchoolClass', entityId: record.id, summary: `新建班级 ${record.name}`, after: record }),
      ]);
    },

    async update(viewer: Viewer | null, id: string, input: unknown, expectedVersion: number): Promise<SchoolClassRecord> {
      const changes = definedOnly(parseInput(updateClassSchema, input));
      const previous = await load(id);
      const signedIn = requireSchoolAccess(viewer, previous.schoolId);
      const next = {
        ...previous,
        ...changes,
        classTeacherId: changes.classTeacherId === null ? undefined : (changes.classTeacherId ?? previous.classTeacherId),
        version: expectedVersion + 1,
        updatedAt: nowIso(),
      } as SchoolClassRecord;
      if (next.grade !== previous.grade) {
        // Students carry their grade (the queues and rosters sort by it): a class with students keeps its grade.
        if ((previous.dependents ?? 0) > 0)
          throw invalidTransition('A class with students keeps its grade; promote the students into a class of the new grade instead', { field: 'grade' });
        await assertGrade(previous.schoolId, next.grade);
      }
      return classes.update(previous, next, expectedVersion, [
        ...teacherSteps(previous.schoolId, previous.classTeacherId, next.classTeacherId),
        ...(next.classTeacherId !== previous.classTeacherId ? await schoolTermMarks.steps(previous.schoolId) : []),
        audit.entry({
          viewer: signedIn,
          action: 'UPDATE',
          entityType: 'SchoolClass',
          entityId: id,
          summary: `修改班级 ${next.name}`,
          before: previous,
          after: next,
        }),
      ]);
    },

    async delete(viewer: Viewer | null, id: string): Promise<string> {
      const previous = await load(id);
      const signedIn = requireSchoolAccess(viewer, previous.schoolId);
      await classes.delete(previous, [
        schools.dependentDelta(previous.schoolId, -1),
        ...teacherSteps(previous.schoolId, previous.classTeacherId, undefined),
        ...(await schoolTermMarks.steps(previous.schoolId)),
        audit.entry({ viewer: signedIn, action: 'DELETE', entityType: 'SchoolClass', entityId: id, summary: `删除班级 ${previous.name}`, before: previous }),
      ]);
      return id;
    },
  };
}

export type ClassService = ReturnType<typeof createClassService>;
