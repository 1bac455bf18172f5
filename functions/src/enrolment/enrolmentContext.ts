import type { RecordAccess } from '../access/recordAccess';
import type { ActivityRepository } from '../activities/activityRepository';
import { requireRole } from '../auth/access';
import type { Viewer } from '../auth/viewer';
import type { AuditRepository } from '../audit/auditRepository';
import type { AuditSummary } from '../audit/auditSummaries';
import type { ComplianceMarks } from '../compliance/complianceMarks';
import { badInput, forbidden, invalidTransition, notFound } from '../core/errors';
import type { ClassRepository } from '../people/classRepository';
import type { StudentRecord } from '../people/studentEntity';
import type { StudentRepository } from '../people/studentRepository';
import type { PolicyService } from '../policy/policyService';
import type { SchoolRepository } from '../schools/schoolRepository';
import type { TermRepository } from '../terms/termRepository';
import type { ApplicationStatus, EnrolmentApplicationRecord } from './applicationEntity';
import type { ApplicationRepository } from './applicationRepository';
import type { Withdrawals } from './withdrawal';

// What every part of the enrolment service shares: its dependencies, loading an application, who may act on one,
// the status guard and the audit entry. Kept apart so the queries, the family's requests and the review steps can
// live in their own modules without importing each other.

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

export function createEnrolmentContext(deps: EnrolmentServiceDeps) {
  const { applications, students, audit, access } = deps;

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

  return { load, loadStudent, actsForFamily, reviewer, decider, expectStatus, appAudit };
}

export type EnrolmentContext = ReturnType<typeof createEnrolmentContext>;
