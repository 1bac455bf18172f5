import { requireRole, requireViewer } from '../auth/access';
import type { Viewer } from '../auth/viewer';
import { badInput, forbidden, notFound } from '../core/errors';
import { idsPage, matchesFilters } from '../db/idsPage';
import { pageSize, type Page, type PageArgs } from '../db/paging';
import type { EnrolmentApplicationRecord } from './applicationEntity';
import type { ApplicationListArgs } from './applicationRepository';
import type { EnrolmentContext, EnrolmentServiceDeps } from './enrolmentContext';

// Reading applications: one, a student's, a scoped queue, and the school's statistics. Nothing here writes.

export interface ApplicationListInput extends PageArgs {
  filter?: (Omit<ApplicationListArgs, 'first' | 'after'> & { ids?: readonly string[] | null }) | null;
}

export function createApplicationQueries(deps: EnrolmentServiceDeps, context: EnrolmentContext) {
  const { applications, students, terms, access } = deps;
  const { load } = context;

  type Filter = NonNullable<ApplicationListInput['filter']>;

  /** The class and the student the filter names (undefined when not named or not found). */
  async function named(filter: Filter) {
    const [schoolClass, student] = await Promise.all([
      filter.classId ? deps.classes.get(filter.classId) : undefined,
      filter.studentId ? students.get(filter.studentId) : undefined,
    ]);
    return { schoolClass: schoolClass ?? undefined, student: student ?? undefined };
  }

  /**
   * A filter whose school, class and student do not go together is refused: the list is read by the narrowest of
   * them, and answering it would quietly drop the others. Asked after the viewer's own scope is checked.
   */
  function requireAgreeing(filter: Filter, { schoolClass, student }: Awaited<ReturnType<typeof named>>) {
    const wrong = { reason: 'WRONG_RECORD' as const };
    if (filter.schoolId && schoolClass && schoolClass.schoolId !== filter.schoolId)
      throw badInput('filter.schoolId', `Class ${schoolClass.id} is not a class of school ${filter.schoolId}`, wrong);
    if (filter.schoolId && student && student.schoolId !== filter.schoolId)
      throw badInput('filter.schoolId', `Student ${student.id} is not a student of school ${filter.schoolId}`, wrong);
    if (schoolClass && student && student.classId !== schoolClass.id)
      throw badInput('filter.classId', `Student ${student.id} is not in class ${schoolClass.id}`, wrong);
  }

  return {
    async get(viewer: Viewer | null, id: string): Promise<EnrolmentApplicationRecord> {
      requireViewer(viewer);
      return access.require(viewer, 'EnrolmentApplication', await load(id));
    },

    /** A student's applications (at most 100, optionally of one term) that the viewer may read (`Student.applications`). */
    async ofStudent(viewer: Viewer | null, studentId: string, termId?: string | null): Promise<EnrolmentApplicationRecord[]> {
      const page = await applications.list({ studentId, termId, first: 100 });
      return access.filter(
        viewer,
        'EnrolmentApplication',
        page.items.map((item) => item.record),
      );
    },

    /**
     * Applications in queue order (priority, then time): a school's (SCHOOL_ADMIN; DISTRICT_ADMIN names the school), a
     * class's (its class teacher), a student's (the family). Filters narrow within that scope.
     */
    async list(viewer: Viewer | null, input: ApplicationListInput): Promise<Page<EnrolmentApplicationRecord>> {
      const signedIn = requireRole(viewer, 'DISTRICT_ADMIN', 'SCHOOL_ADMIN', 'TEACHER', 'PARENT');
      pageSize(input.first);
      const { ids, ...filter } = input.filter ?? {};
      const page = { first: input.first, after: input.after };
      if (ids) return access.page(signedIn, 'EnrolmentApplication', await idsPage(ids, applications.getMany, (record) => matchesFilters(record, filter)));
      const relations = access.relationsOf(signedIn);
      // A teacher's or a parent's list is narrowed to their class or child: another school in the filter is refused,
      // not quietly answered with their own school's applications.
      if (signedIn.role === 'TEACHER' && filter.schoolId && filter.schoolId !== signedIn.schoolId)
        throw forbidden('Teachers see their own school’s applications only');
      if (signedIn.role === 'PARENT' && filter.schoolId && !(await relations.guardianSchoolIds()).has(filter.schoolId))
        throw forbidden('Guardians see their own children’s applications only');
      if (signedIn.role === 'PARENT') {
        const children = await relations.guardianStudentIds();
        const studentId = filter.studentId ?? (children.size === 1 ? [...children][0] : undefined);
        if (!studentId) throw badInput('filter.studentId', 'Name one of your children (filter.studentId)');
        if (!children.has(studentId)) throw forbidden('Guardians see their own children’s applications only');
        requireAgreeing(filter, await named({ ...filter, studentId }));
        return access.page(
          signedIn,
          'EnrolmentApplication',
          await applications.list({ ...filter, ...page, studentId, schoolId: undefined, classId: undefined }),
        );
      }
      if (signedIn.role === 'TEACHER') {
        const classes = await relations.teacherClassIds();
        if (filter.studentId) {
          // A child's applications: the child must be in one of the teacher's classes (the applications they review).
          const found = await named(filter);
          if (!found.student) throw notFound('Student', filter.studentId);
          if (found.student.schoolId !== signedIn.schoolId || !classes.has(found.student.classId))
            throw forbidden('Class teachers see the applications of their own classes’ children');
          if (filter.classId && !classes.has(filter.classId)) throw forbidden('Class teachers see their own classes’ applications');
          requireAgreeing(filter, found);
          return access.page(
            signedIn,
            'EnrolmentApplication',
            await applications.list({ ...filter, ...page, studentId: found.student.id, schoolId: undefined, classId: undefined }),
          );
        }
        const classId = filter.classId ?? (classes.size === 1 ? [...classes][0] : undefined);
        if (!classId) throw badInput('filter.classId', 'Name one of your classes (filter.classId)');
        if (!classes.has(classId)) throw forbidden('Class teachers see their own classes’ applications');
        return access.page(
          signedIn,
          'EnrolmentApplication',
          await applications.list({ ...filter, ...page, classId, schoolId: undefined, studentId: undefined }),
        );
      }
      if (filter.studentId || filter.classId) {
        // The school of the class or student decides: a school admin may not read another school's through them.
        if (signedIn.role === 'SCHOOL_ADMIN' && filter.schoolId && filter.schoolId !== signedIn.schoolId)
          throw forbidden('You see only your own school’s applications');
        const found = await named(filter);
        const owners = [found.student?.schoolId, found.schoolClass?.schoolId].filter(Boolean);
        if (signedIn.role === 'SCHOOL_ADMIN' && owners.some((owner) => owner !== signedIn.schoolId))
          throw forbidden('You see only your own school’s applications');
        requireAgreeing(filter, found);
        return access.page(
          signedIn,
          'EnrolmentApplication',
          await applications.list({ ...filter, ...page, schoolId: signedIn.role === 'SCHOOL_ADMIN' ? undefined : filter.schoolId }),
        );
      }
      const schoolId = signedIn.role === 'SCHOOL_ADMIN' ? signedIn.schoolId : filter.schoolId;
      if (signedIn.role === 'SCHOOL_ADMIN' && filter.schoolId && filter.schoolId !== signedIn.schoolId)
        throw forbidden('You see only your own school’s applications');
      if (!schoolId) throw badInput('filter.schoolId', 'Name the school (filter.schoolId), class or student');
      return access.page(signedIn, 'EnrolmentApplication', await applications.list({ ...filter, ...page, schoolId }));
    },

    /** Counts for the school's statistics: per status, per priority and the opt-out reasons families chose to give. */
    async statistics(viewer: Viewer | null, schoolId: string, termId: string) {
      const signedIn = requireRole(viewer, 'DISTRICT_ADMIN', 'SCHOOL_ADMIN');
      if (signedIn.role === 'SCHOOL_ADMIN' && signedIn.schoolId !== schoolId) throw forbidden('You see only your own school’s statistics');
      const term = await terms.get(termId);
      if (!term || term.schoolId !== schoolId) throw badInput('termId', 'Not a term of this school');
      const all = await applications.allOfSchoolTerm(schoolId, termId);
      const count = <K extends string>(keys: (K | undefined)[]) =>
        [...keys.reduce((map, key) => (key ? map.set(key, (map.get(key) ?? 0) + 1) : map), new Map<K, number>())].map(([key, value]) => ({
          key,
          count: value,
        }));
      return {
        schoolId,
        termId,
        total: all.length,
        byStatus: count(all.map((record) => record.status)),
        optOutReasons: count(all.map((record) => record.optOutReason)),
        priorityApplicants: all.filter((record) => record.priority > 0).length,
      };
    },
  };
}
