import type { Viewer } from '../auth/viewer';
import { AppError, badInput } from '../core/errors';
import { nowIso } from '../core/clock';
import { parseInput } from '../core/validation';
import type { GuardedWrite } from '../db/transactions';
import { requireRole } from '../auth/access';
import { param, summary } from '../audit/auditSummaries';
import type { EnrolmentApplicationRecord } from './applicationEntity';
import { decisionComment } from './applicationInput';
import type { Decision, EnrolmentContext, EnrolmentServiceDeps } from './enrolmentContext';

// The two approval steps of an application (班级审核 by the class, 学校核准 by the school) and the school's bulk
// decision: every way an application moves from SUBMITTED towards APPROVED or REJECTED.

const requireReason = (decision: Decision, comment: string | null) => {
  if (decision === 'REJECT' && !comment) throw badInput('comment', 'A rejection needs a reason (comment) the family can read');
};

export function createApplicationReview(deps: EnrolmentServiceDeps, context: EnrolmentContext) {
  const { applications } = deps;
  const { load, reviewer, decider, expectStatus, appAudit } = context;

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
  };
}
