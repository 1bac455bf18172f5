import type { ActivityResolvers, EnrolmentApplicationResolvers, MutationResolvers, QueryResolvers } from '../generated/resolvers';

export const enrolmentQueries: Pick<QueryResolvers, 'enrolmentApplication' | 'enrolmentApplications' | 'enrolmentStatistics'> = {
  enrolmentApplication: (_parent, { id }, { viewer, services }) => services.enrolment.get(viewer, id),
  enrolmentApplications: (_parent, args, { viewer, services }) => services.enrolment.list(viewer, args),
  enrolmentStatistics: async (_parent, { schoolId, termId }, { viewer, services }) => {
    const stats = await services.enrolment.statistics(viewer, schoolId, termId);
    return {
      ...stats,
      byStatus: stats.byStatus.map(({ key, count }) => ({ status: key, count })),
      optOutReasons: stats.optOutReasons.map(({ key, count }) => ({ reason: key, count })),
    };
  },
};

export const enrolmentMutations: Pick<
  MutationResolvers,
  | 'applyForService'
  | 'reviewApplication'
  | 'decideApplication'
  | 'decideApplications'
  | 'withdrawApplication'
  | 'changePickupSlot'
  | 'assignToActivity'
  | 'removeFromActivity'
> = {
  applyForService: (_parent, { input }, { viewer, services }) => services.enrolment.apply(viewer, input),
  reviewApplication: (_parent, { id, decision, comment, expectedVersion }, { viewer, services }) =>
    services.enrolment.review(viewer, id, decision, comment, expectedVersion),
  decideApplication: (_parent, { id, decision, comment, expectedVersion }, { viewer, services }) =>
    services.enrolment.decide(viewer, id, decision, comment, expectedVersion),
  decideApplications: (_parent, { ids, decision, comment }, { viewer, services }) => services.enrolment.decideMany(viewer, ids, decision, comment),
  withdrawApplication: async (_parent, { id, ...input }, { viewer, services }) => {
    const withdrawn = await services.enrolment.withdraw(viewer, id, input);
    // Refunds by the district's rule on bills already made (money/fees.ts); generateBills records any missed here.
    await services.bills.refundWithdrawal(viewer!, withdrawn);
    return withdrawn;
  },
  changePickupSlot: (_parent, { id, pickupSlot, expectedVersion }, { viewer, services }) =>
    services.enrolment.changePickupSlot(viewer, id, pickupSlot, expectedVersion),
  assignToActivity: (_parent, { activityId, studentId }, { viewer, services }) => services.rosters.assign(viewer, activityId, studentId),
  removeFromActivity: (_parent, { activityId, studentId }, { viewer, services }) => services.rosters.remove(viewer, activityId, studentId),
};

export const enrolmentApplicationFields: EnrolmentApplicationResolvers = {
  days: (application) => application.days as never,
  reason: (application) => application.reason ?? null,
  classComment: (application) => application.classComment ?? null,
  decisionComment: (application) => application.decisionComment ?? null,
  withdrawnFrom: (application) => application.withdrawnFrom ?? null,
  optOutReason: (application) => application.optOutReason ?? null,
  student: async (application, _args, { loaders }) => (await loaders.student.load(application.studentId)) ?? null,
  term: async (application, _args, { loaders }) => (await loaders.term.load(application.termId)) ?? null,
  activities: async (application, _args, { loaders }) =>
    (await Promise.all(application.activityIds.map((id) => loaders.activity.load(id)))).filter((activity) => activity !== undefined),
};

/** The fields `enrolment.graphql` adds to Activity: the staff member in charge and the roster. */
export const activityRosterFields: Pick<ActivityResolvers, 'staffId' | 'staff' | 'roster'> = {
  staffId: (activity) => activity.staffId ?? null,
  staff: async (activity, _args, { loaders }) => (activity.staffId ? ((await loaders.staffMember.load(activity.staffId)) ?? null) : null),
  roster: (activity, { first, after }, { viewer, services }) => services.rosters.rosterOf(viewer, activity, { first, after }),
};
