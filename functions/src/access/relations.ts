import type { ActivityRepository } from '../activities/activityRepository';
import type { Viewer } from '../auth/viewer';
import type { ContractRepository } from '../contracts/contractRepository';
import { allRecords } from '../db/allRecords';
import type { GuardianRepository } from '../guardians/guardianRepository';
import type { ClassRepository } from '../people/classRepository';
import type { StaffRepository } from '../people/staffRepository';
import type { StudentRepository } from '../people/studentRepository';
import type { RosterRepository } from '../rosters/rosterRepository';
import type { AsyncMethods } from '../server/peopleServices';

/**
 * Who a viewer is connected to, beyond the ids in their token: a provider user reads the basic profile of the
 * schools its provider serves, a school admin reads the providers that serve (or served) their school whatever
 * their status, a teacher reads their classes and the activities they run, a parent their linked children.
 * Loaded on first use and kept for the request only (keyed by the request's viewer object).
 */
export interface ViewerRelations {
  /** PROVIDER: schools where the provider holds or held a contract. */
  providerSchoolIds(): Promise<ReadonlySet<string>>;
  /** SCHOOL_ADMIN: providers holding or having held a contract with the school. */
  schoolProviderIds(): Promise<ReadonlySet<string>>;
  /**
   * TEACHER: whether the token's staff member is an ACTIVE member of the token's school. A teacher who left, or a
   * token whose claims disagree with the records, reads nothing of the school.
   */
  teacherIsStaff(): Promise<boolean>;
  /** TEACHER: the classes they are class teacher (班主任) of. */
  teacherClassIds(): Promise<ReadonlySet<string>>;
  /** TEACHER: whether they hold the DUTY_LEADER duty (值班领导: the care log). */
  teacherIsDutyLeader(): Promise<boolean>;
  /** TEACHER: the activities they are in charge of (roll call, handover). */
  teacherActivityIds(): Promise<ReadonlySet<string>>;
  /** PARENT: the children linked to the guardian. */
  guardianStudentIds(): Promise<ReadonlySet<string>>;
  /** PARENT: the schools of those children (their timetable, terms and pickup slots). */
  guardianSchoolIds(): Promise<ReadonlySet<string>>;
  /** PARENT: the classes of those children. */
  guardianClassIds(): Promise<ReadonlySet<string>>;
  /** PROVIDER or TEACHER: whether the student is on the roster of an activity the viewer runs. */
  runsActivityOf(studentId: string): Promise<boolean>;
  /**
   * Notes students just read from the roster of an activity the viewer runs, so their policy check needs no further
   * read (a roster page of 50 costs one Query, not 50).
   */
  rememberRunsActivityOf(studentIds: readonly string[]): void;
}

const none: ReadonlySet<string> = new Set();

export interface RelationDeps {
  contracts: ContractRepository;
  activities?: ActivityRepository;
  staff?: AsyncMethods<StaffRepository>;
  classes?: AsyncMethods<ClassRepository>;
  students?: AsyncMethods<StudentRepository>;
  guardians?: AsyncMethods<GuardianRepository>;
  rosters?: AsyncMethods<RosterRepository>;
}

export function createRelations(deps: RelationDeps) {
  const cache = new WeakMap<Viewer, ViewerRelations>();

  function load(viewer: Viewer): ViewerRelations {
    const memo = new Map<string, Promise<unknown>>();
    const once = <T>(key: string, make: () => Promise<T>): Promise<T> => {
      if (!memo.has(key)) memo.set(key, make());
      return memo.get(key) as Promise<T>;
    };
    const teacher = viewer.role === 'TEACHER' ? { staffId: viewer.staffId, schoolId: viewer.schoolId } : undefined;
    const guardianId = viewer.role === 'PARENT' ? viewer.guardianId : undefined;

    const relations: ViewerRelations = {
      providerSchoolIds() {
        if (viewer.role !== 'PROVIDER') return Promise.resolve(none);
        const providerId = viewer.providerId;
        return once('providerSchools', () =>
          allRecords((after) => deps.contracts.list({ providerId, first: 100, after })).then((rows) => new Set(rows.map((c) => c.schoolId))),
        );
      },
      schoolProviderIds() {
        if (viewer.role !== 'SCHOOL_ADMIN') return Promise.resolve(none);
        const schoolId = viewer.schoolId;
        return once('schoolProviders', () =>
          allRecords((after) => deps.contracts.list({ schoolId, first: 100, after })).then((rows) => new Set(rows.map((c) => c.providerId))),
        );
      },
      teacherIsStaff() {
        if (!teacher || !deps.staff) return Promise.resolve(false);
        return once('teacherIsStaff', async () => {
          const staff = await deps.staff!.get(teacher.staffId);
          return Boolean(staff && staff.active && staff.schoolId === teacher.schoolId);
        });
      },
      teacherIsDutyLeader() {
        if (!teacher || !deps.staff) return Promise.resolve(false);
        return once('teacherIsDutyLeader', async () => {
          const staff = await deps.staff!.get(teacher.staffId);
          return Boolean(staff && staff.active && staff.schoolId === teacher.schoolId && staff.duties.includes('DUTY_LEADER'));
        });
      },
      teacherClassIds() {
        if (!teacher || !deps.classes) return Promise.resolve(none);
        return once('teacherClasses', async () => ((await relations.teacherIsStaff()) ? new Set(await deps.classes!.idsOfTeacher(teacher.staffId)) : none));
      },
      teacherActivityIds() {
        if (!teacher || !deps.staff) return Promise.resolve(none);
        return once('teacherActivities', async () => ((await relations.teacherIsStaff()) ? new Set(await deps.staff!.activityIdsOf(teacher.staffId)) : none));
      },
      guardianStudentIds() {
        if (!guardianId || !deps.guardians) return Promise.resolve(none);
        return once('guardianStudents', async () => new Set((await deps.guardians!.linksOfGuardian(guardianId)).map((link) => link.studentId)));
      },
      guardianSchoolIds() {
        if (!guardianId || !deps.guardians) return Promise.resolve(none);
        return once('guardianSchools', async () => new Set((await deps.guardians!.linksOfGuardian(guardianId)).map((link) => link.schoolId)));
      },
      guardianClassIds() {
        if (!guardianId || !deps.students) return Promise.resolve(none);
        return once('guardianClasses', async () => {
          const children = await deps.students!.getMany([...(await relations.guardianStudentIds())]);
          return new Set(children.flatMap((child) => (child ? [child.classId] : [])));
        });
      },
      runsActivityOf(studentId: string) {
        if (!deps.rosters || !deps.activities) return Promise.resolve(false);
        if (viewer.role === 'TEACHER') {
          return once(`runs:${studentId}`, async () => {
            const mine = await relations.teacherActivityIds();
            return mine.size > 0 && (await deps.rosters!.ofStudent(studentId)).some((entry) => mine.has(entry.activityId));
          });
        }
        if (viewer.role !== 'PROVIDER') return Promise.resolve(false);
        const providerId = viewer.providerId;
        // The roster names activities; whether the provider runs one is read from the activity as it is now (an
        // activity reassigned during a provider exit no longer shows its children to the old provider).
        return once(`runs:${studentId}`, async () => {
          const entries = await deps.rosters!.ofStudent(studentId);
          if (entries.length === 0) return false;
          const activities = await deps.activities!.getMany([...new Set(entries.map((entry) => entry.activityId))]);
          return activities.some((activity) => activity?.providerId === providerId && activity.status === 'ACTIVE');
        });
      },
      rememberRunsActivityOf(studentIds) {
        for (const id of studentIds) memo.set(`runs:${id}`, Promise.resolve(true));
      },
    };
    return relations;
  }

  return {
    of(viewer: Viewer): ViewerRelations {
      let relations = cache.get(viewer);
      if (!relations) {
        relations = load(viewer);
        cache.set(viewer, relations);
      }
      return relations;
    },
  };
}

export type Relations = ReturnType<typeof createRelations>;
