import type { RecordAccess } from '../access/recordAccess';
import type { ActivityRepository } from '../activities/activityRepository';
import { requireRole, requireViewer } from '../auth/access';
import type { Viewer } from '../auth/viewer';
import type { AuditRepository } from '../audit/auditRepository';
import { localDate, nowIso } from '../core/clock';
import { AppError, badInput, forbidden, invalidTransition, notFound } from '../core/errors';
import { newId } from '../core/ids';
import { parseInput } from '../core/validation';
import { idsPage, matchesFilters } from '../db/idsPage';
import { pageSize, type Page, type PageArgs } from '../db/paging';
import type { GuardedWrite } from '../db/transactions';
import { maskName } from '../people/names';
import type { ClassRepository } from '../people/classRepository';
import type { StudentRecord } from '../people/studentEntity';
import type { StudentRepository } from '../people/studentRepository';
import type { PolicyService } from '../policy/policyService';
import type { SchoolRepository } from '../schools/schoolRepository';
import { findCoerciveWording } from '../surveys/coerciveWording';
import type { TermRepository } from '../terms/termRepository';
import { liveStatuses, type ApplicationStatus, type EnrolmentApplicationRecord } from './applicationEntity';
import { applySchema, decisionComment, withdrawSchema } from './applicationInput';
import type { ApplicationListArgs, ApplicationRepository } from './applicationRepository';
import { assertPickupSlot, assertWishes, priorityOf, rankOf } from './enrolmentRules';
import type { Withdrawals } from './withdrawal';
import { param, summary, type AuditSummary } from '../audit/auditSummaries';
import type { ComplianceMarks } from '../compliance/complianceMarks';

export interface ApplicationListInput extends PageArgs {
  filter?: (Omit<ApplicationListArgs, 'first' | 'after'> & { ids?: readonly string[] | null }) | null;
}

export interface EnrolmentServiceDeps {
  applications: ApplicationRepository;
  students: StudentRepository;
  classes: ClassRepository;
  schools: SchoolRepository;
  terms: TermRepository;
  activities: ActivityRepository;
  policy: PolicyService;
  audit: AuditRepository;
  access: RecordAccess;
  withdrawals: Withdrawals;
  /** Marks the term's compliance report as changed (the enrolled count feeds the operating-fund rule). */
  complianceMarks?: ComplianceMarks;
  /** Assigns an approved child to a wished activity (best effort after the school's approval). */
  assignWish?: (viewer: Viewer, activityId: string, studentId: string) => Promise<unknown>;
}

export type Decision = 'APPROVE' | 'REJECT';

const statusLabel: Record<ApplicationStatus, string> = {
  SUBMITTED: '已提交',
  CLASS_APPROVED: '班主任已审核',
  APPROVED: '已通过',
  REJECTED: '未通过',
  WITHDRAWN: '已退出',
};

export function createEnrolmentService(deps: EnrolmentServiceDeps) {
  const { applications, students, schools, terms, activities, policy, audit, access, withdrawals } = deps;

  async function load(id: string) {
    const record = await applications.get(id);
    if (!record) throw notFound('EnrolmentApplication', id);
    return record;
  }

  async function loadStudent(id: string, field = 'studentId') {
    const student = await students.get(id);
    if (!student) throw badInput(field, `Student ${id} does not exist`);
    return student;
  }

  /** Who acts for the family: the linked guardian, or the school (admin, class teacher) entering a paper form. */
  async function actsForFamily(viewer: Viewer | null, student: Pick<StudentRecord, 'id' | 'schoolId' | 'classId'>, allowTeacher: boolean): Promise<Viewer> {
    const signedIn = requireRole(viewer, 'DISTRICT_ADMIN', 'SCHOOL_ADMIN', 'TEACHER', 'PARENT');
    const relations = access.relationsOf(signedIn);
    if (signedIn.role === 'DISTRICT_ADMIN') return signedIn;
    if (signedIn.role === 'SCHOOL_ADMIN' && signedIn.schoolId === student.schoolId) return signedIn;
    if (signedIn.role === 'PARENT' && (await relations.guardianStudentIds()).has(student.id)) return signedIn;
    if (allowTeacher && signedIn.role === 'TEACHER' && signedIn.schoolId === student.schoolId && (await relations.teacherClassIds()).has(student.classId))
      return signedIn;
    throw forbidden('You may act only for your own linked children (guardians) or your own school’s students (school staff)');
  }

  /** The class step: the class teacher (班主任), or the school admin standing in for them. */
  async function reviewer(viewer: Viewer | null, application: EnrolmentApplicationRecord): Promise<Viewer> {
    const signedIn = requireRole(viewer, 'DISTRICT_ADMIN', 'SCHOOL_ADMIN', 'TEACHER');
    if (signedIn.role === 'DISTRICT_ADMIN' || (signedIn.role === 'SCHOOL_ADMIN' && signedIn.schoolId === application.schoolId)) return signedIn;
    if (
      signedIn.role === 'TEACHER' &&
      signedIn.schoolId === application.schoolId &&
      (await access.relationsOf(signedIn).teacherClassIds()).has(application.classId)
    )
      return signedIn;
    throw forbidden('Only the class teacher (or the school admin) reviews this class’s applications');
  }

  /** The school step: the school admin (学校核准). */
  function decider(viewer: Viewer | null, application: EnrolmentApplicationRecord): Viewer {
    const signedIn = requireRole(viewer, 'DISTRICT_ADMIN', 'SCHOOL_ADMIN');
    if (signedIn.role === 'SCHOOL_ADMIN' && signedIn.schoolId !== application.schoolId) throw forbidden('Only the school’s own admin decides its applications');
    return signedIn;
  }

  const expectStatus = (application: EnrolmentApplicationRecord, allowed: readonly ApplicationStatus[], what: string) => {
    if (!allowed.includes(application.status))
      throw invalidTransition(
        `${what} needs an application in ${allowed.join(' or ')}; this one is ${application.status} (${statusLabel[application.status]})`,
      );
  };

  const appAudit = (viewer: Viewer, action: string, record: EnrolmentApplicationRecord, summary: AuditSummary, before?: EnrolmentApplicationRecord) =>
    audit.entry({ viewer, action, entityType: 'EnrolmentApplication', entityId: record.id, summary, before, after: record });

  const requireReason = (decision: Decision, comment: string | null) => {
    if (decision === 'REJECT' && !comment) throw badInput('comment', 'A rejection needs a reason (comment) the family can read');
  };

  async function decideOne(viewer: Viewer | null, id: string, decision: Decision, rawComment: string | null | undefined, expectedVersion?: number | null) {
    const current = await load(id);
    const signedIn = decider(viewer, current);
    expectStatus(current, ['CLASS_APPROVED'], 'The school’s decision');
    const comment = parseInput(decisionComment, rawComment);
    requireReason(decision, comment);
    const now = nowIso();
    const next: EnrolmentApplicationRecord = {
      ...current,
      status: decision === 'APPROVE' ? 'APPROVED' : 'REJECTED',
      decidedBy: signedIn.sub,
      decidedAt: now,
      decisionComment: decision === 'APPROVE' ? (comment ?? undefined) : undefined,
      reason: decision === 'REJECT' ? (comment ?? undefined) : current.reason,
      version: current.version + 1,
      updatedAt: now,
    };
    const steps: GuardedWrite[] = [
      applications.step(next, 'CLASS_APPROVED', expectedVersion ?? current.version),
      appAudit(
        signedIn,
        decision,
        next,
        summary(decision === 'APPROVE' ? 'enrolment.approved' : 'enrolment.rejected', { comment: param.text(comment) }),
        current,
      ),
    ];
    if (decision === 'REJECT') steps.push(applications.releaseSlotStep(current));
    // An approval changes the term's enrolled count, which the operating-fund compliance rule reads.
    if (decision === 'APPROVE' && deps.complianceMarks) steps.push(deps.complianceMarks.step({ schoolId: current.schoolId, termId: current.termId }));
    await applications.run(steps);
    if (decision === 'APPROVE' && deps.assignWish) {
      // Wishes become roster places where there is room; a full or clashing activity is left for the school to sort out.
      for (const activityId of next.activityIds) {
        await deps.assignWish(signedIn, activityId, next.studentId).catch((error: unknown) => {
          if (!(error instanceof AppError)) throw error;
        });
      }
    }
    return next;
  }

  return {
    load,

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
      if (signedIn.role === 'PARENT') {
        const children = await relations.guardianStudentIds();
        const studentId = filter.studentId ?? (children.size === 1 ? [...children][0] : undefined);
        if (!studentId) throw badInput('filter.studentId', 'Name one of your children (filter.studentId)');
        if (!children.has(studentId)) throw forbidden('Guardians see their own children’s applications only');
        return access.page(
          signedIn,
          'EnrolmentApplication',
          await applications.list({ ...filter, ...page, studentId, schoolId: undefined, classId: undefined }),
        );
      }
      if (signedIn.role === 'TEACHER') {
        const classes = await relations.teacherClassIds();
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
        const owner = filter.studentId ? (await students.get(filter.studentId))?.schoolId : (await deps.classes.get(filter.classId!))?.schoolId;
        if (signedIn.role === 'SCHOOL_ADMIN' && owner && owner !== signedIn.schoolId) throw forbidden('You see only your own school’s applications');
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

    /**
     * A family applies (or the school enters a paper form): days from the policy's service days, a pickup slot the
     * school offers the grade, wished activities of the term, and agreement to the care agreement. One live
     * application per student and term (CONFLICT otherwise).
     */
    async apply(viewer: Viewer | null, input: unknown): Promise<EnrolmentApplicationRecord> {
      const values = parseInput(applySchema, input);
      const student = await loadStudent(values.studentId);
      const signedIn = await actsForFamily(viewer, student, true);
      if (student.status !== 'ACTIVE') throw invalidTransition('The student has left the school');
      const term = await terms.get(values.termId);
      if (!term || term.schoolId !== student.schoolId) throw badInput('termId', 'Not a term of the student’s school');
      if (term.endDate < localDate()) throw invalidTransition(`The term ended on ${term.endDate}`);
      const rules = await policy.current();
      values.days.forEach((day, index) => {
        if (!rules.serviceDays.includes(day)) throw badInput(`days.${index}`, `${day} is not a service day of the district (${rules.serviceDays.join(', ')})`);
      });
      const school = await schools.get(student.schoolId);
      if (!school) throw notFound('School', student.schoolId);
      assertPickupSlot(school, student.grade, values.pickupSlot);
      assertWishes(await activities.getMany(values.activityIds), values.activityIds, {
        schoolId: student.schoolId,
        termId: term.id,
        grade: student.grade,
        days: values.days,
      });
      if (!values.consent) throw badInput('consent', 'The guardian must agree to the care agreement (课后服务托管协议) to apply');
      const agreement = rules.careAgreement ?? '';
      if (findCoerciveWording({ careAgreement: agreement }).length > 0)
        throw invalidTransition('The district’s care agreement contains coercive wording; it must be corrected before families can apply');
      const now = nowIso();
      const priority = priorityOf(student);
      const record: EnrolmentApplicationRecord = {
        id: newId('EnrolmentApplication'),
        version: 1,
        studentId: student.id,
        schoolId: student.schoolId,
        classId: student.classId,
        grade: student.grade,
        termId: term.id,
        days: values.days,
        lateCare: values.lateCare,
        pickupSlot: values.pickupSlot,
        activityIds: values.activityIds,
        consentText: agreement,
        consentAt: now,
        status: 'SUBMITTED',
        priority,
        rank: rankOf(priority),
        submittedAt: now,
        submittedBy: signedIn.sub,
        submittedVia: signedIn.role === 'PARENT' ? 'GUARDIAN' : 'SCHOOL',
        guardianId: signedIn.guardianId,
        rosterCount: 0,
        createdAt: now,
        updatedAt: now,
      };
      return applications.create(record, [
        students.dependentDelta(student.id, 1),
        appAudit(
          signedIn,
          'SUBMIT',
          record,
          summary(signedIn.role === 'PARENT' ? 'enrolment.submittedByParent' : 'enrolment.submittedBySchool', { student: param.text(maskName(student.name)) }),
        ),
      ]);
    },

    /** The class teacher's step (班级审核): SUBMITTED → CLASS_APPROVED, or REJECTED with a reason. */
    async review(viewer: Viewer | null, id: string, decision: Decision, rawComment: string | null | undefined, expectedVersion?: number | null) {
      const current = await load(id);
      const signedIn = await reviewer(viewer, current);
      expectStatus(current, ['SUBMITTED'], 'The class review');
      const comment = parseInput(decisionComment, rawComment);
      requireReason(decision, comment);
      const now = nowIso();
      const next: EnrolmentApplicationRecord = {
        ...current,
        status: decision === 'APPROVE' ? 'CLASS_APPROVED' : 'REJECTED',
        classReviewedBy: signedIn.sub,
        classReviewedAt: now,
        classComment: decision === 'APPROVE' ? (comment ?? undefined) : undefined,
        reason: decision === 'REJECT' ? (comment ?? undefined) : current.reason,
        version: current.version + 1,
        updatedAt: now,
      };
      const steps: GuardedWrite[] = [
        applications.step(next, 'SUBMITTED', expectedVersion ?? current.version),
        appAudit(
          signedIn,
          `CLASS_${decision}`,
          next,
          summary(decision === 'APPROVE' ? 'enrolment.classApproved' : 'enrolment.classRejected', { comment: param.text(comment) }),
          current,
        ),
      ];
      if (decision === 'REJECT') steps.push(applications.releaseSlotStep(current));
      await applications.run(steps);
      return next;
    },

    /** The school's step (学校核准): CLASS_APPROVED → APPROVED (wishes become roster places where there is room) or REJECTED. */
    decide: decideOne,

    /** The school's bulk decision: each application its own transaction; one that fails does not stop the others. */
    async decideMany(viewer: Viewer | null, ids: readonly string[], decision: Decision, comment: string | null | undefined) {
      requireRole(viewer, 'DISTRICT_ADMIN', 'SCHOOL_ADMIN');
      if (ids.length > 100) throw badInput('ids', 'Decide at most 100 applications at once');
      const results = [];
      for (const id of new Set(ids)) {
        try {
          results.push({ id, application: await decideOne(viewer, id, decision, comment), code: null, message: null });
        } catch (error) {
          if (!(error instanceof AppError)) throw error;
          results.push({ id, application: null, code: error.code, message: error.message });
        }
      }
      return results;
    },

    /** A new pickup slot for a live application (the family or the school). */
    async changePickupSlot(viewer: Viewer | null, id: string, pickupSlot: string, expectedVersion?: number | null) {
      const current = await load(id);
      const signedIn = await actsForFamily(viewer, { id: current.studentId, schoolId: current.schoolId, classId: current.classId }, false);
      expectStatus(current, liveStatuses, 'Changing the pickup slot');
      const school = await schools.get(current.schoolId);
      if (!school) throw notFound('School', current.schoolId);
      assertPickupSlot(school, current.grade, pickupSlot);
      const next = { ...current, pickupSlot, version: current.version + 1, updatedAt: nowIso() };
      await applications.run([
        applications.step(next, current.status, expectedVersion ?? current.version),
        appAudit(signedIn, 'CHANGE_PICKUP_SLOT', next, summary('enrolment.pickupSlotChanged', { pickupSlot: param.time(pickupSlot) }), current),
      ]);
      return next;
    },

    /**
     * Withdrawal at any time (随时准出), by the family or the school, from a date (default today, never in the future):
     * the child leaves every roster of the enrolment in the same transaction, or in resumable batches when many.
     */
    async withdraw(viewer: Viewer | null, id: string, input: unknown) {
      const values = parseInput(withdrawSchema, input);
      const current = await load(id);
      const signedIn = await actsForFamily(viewer, { id: current.studentId, schoolId: current.schoolId, classId: current.classId }, false);
      expectStatus(current, liveStatuses, 'A withdrawal');
      const from = values.from ?? localDate();
      if (from > localDate()) throw badInput('from', 'A withdrawal takes effect today or on an earlier date, never later');
      if (from < current.submittedAt.slice(0, 10)) throw badInput('from', 'A withdrawal cannot take effect before the application was made');
      return withdrawals.withdraw(signedIn, current, { from, reason: values.reason ?? undefined, optOutReason: values.optOutReason ?? undefined });
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

export type EnrolmentService = ReturnType<typeof createEnrolmentService>;
