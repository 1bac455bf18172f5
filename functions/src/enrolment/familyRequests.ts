import type { Viewer } from '../auth/viewer';
import { localDate, nowIso } from '../core/clock';
import { badInput, invalidTransition, notFound } from '../core/errors';
import { newId } from '../core/ids';
import { parseInput } from '../core/validation';
import { maskName } from '../people/names';
import { findCoerciveWording } from '../surveys/coerciveWording';
import { param, summary } from '../audit/auditSummaries';
import { liveStatuses, type EnrolmentApplicationRecord } from './applicationEntity';
import { applySchema, withdrawSchema } from './applicationInput';
import { assertPickupSlot, assertWishes, priorityOf, rankOf } from './enrolmentRules';
import type { EnrolmentContext, EnrolmentServiceDeps } from './enrolmentContext';

// What the family asks for (or the school enters on its behalf): applying, a new pickup slot, withdrawing.

export function createFamilyRequests(deps: EnrolmentServiceDeps, context: EnrolmentContext) {
  const { applications, students, schools, terms, activities, policy, withdrawals } = deps;
  const { load, loadStudent, actsForFamily, expectStatus, appAudit } = context;

  return {
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
  };
}
