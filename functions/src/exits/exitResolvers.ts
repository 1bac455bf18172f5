import type { MutationResolvers, ProviderExitResolvers, QueryResolvers, AffectedActivityResolvers } from '../generated/resolvers';
import { noticeOf } from './exitNotice';
import { evidenceParams } from './exitEvidence';

export const exitQueries: Pick<QueryResolvers, 'providerExit' | 'providerExits'> = {
  providerExit: (_parent, { id }, { viewer, services }) => services.exits.get(viewer, id),
  providerExits: (_parent, args, { viewer, services }) => services.exits.list(viewer, args),
};

export const exitMutations: Pick<
  MutationResolvers,
  'openProviderExit' | 'decideProviderExit' | 'reassignActivity' | 'cancelActivity' | 'completeProviderExit'
> = {
  openProviderExit: (_parent, { input }, { viewer, services }) => services.exits.open(viewer, input),
  decideProviderExit: (_parent, { id, decision, comment, expectedVersion }, { viewer, services }) =>
    services.exits.decide(viewer, id, decision, comment, expectedVersion),
  reassignActivity: (_parent, { exitId, activityId, expectedVersion, ...change }, { viewer, services }) =>
    services.exitTransition.resolve(viewer, exitId, activityId, change, expectedVersion),
  cancelActivity: (_parent, { exitId, activityId, expectedVersion }, { viewer, services }) =>
    services.exitTransition.resolve(viewer, exitId, activityId, 'CANCEL', expectedVersion),
  completeProviderExit: (_parent, { id, expectedVersion }, { viewer, services }) => services.exits.complete(viewer, id, expectedVersion),
};

const orNull = <T>(value: T | undefined) => value ?? null;

export const exitFields: ProviderExitResolvers = {
  provider: (exit, _args, { loaders }) => loaders.provider.require(exit.providerId),
  evidence: (exit) => exit.evidence.map((e) => ({ ...e, refId: orNull(e.refId), params: evidenceParams(e) })),
  schoolId: (exit) => orNull(exit.schoolId),
  reasonCode: (exit) => orNull(exit.reasonCode),
  reasonParams: (exit) =>
    exit.reasonCode ? { evaluationTotal: null, evaluationThreshold: null, satisfactionRate: null, satisfactionThreshold: null, ...exit.reasonParams } : null,
  decisionComment: (exit) => orNull(exit.decisionComment),
  decidedAt: (exit) => orNull(exit.decidedAt),
  completedAt: (exit) => orNull(exit.completedAt),
  reentryDate: (exit) => orNull(exit.reentryDate),
  canComplete: (exit) => exit.status === 'APPROVED' && exit.affectedActivities.every((a) => a.resolution !== 'UNRESOLVED'),
  affectedActivities: async (exit, _args, { loaders }) => {
    const provider = await loaders.provider.load(exit.providerId);
    return exit.affectedActivities.map((a) => ({ ...a, providerName: provider?.name ?? '' }));
  },
};

export const affectedActivityFields: AffectedActivityResolvers = {
  weekday: (a) => a.weekday as never,
  toProviderId: (a) => orNull(a.toProviderId),
  toContractId: (a) => orNull(a.toContractId),
  toStaffName: (a) => orNull(a.toStaffName),
  activity: async (a, _args, { loaders }) => (await loaders.activity.load(a.activityId)) ?? null,
  notice: (a) => noticeOf(a, a.providerName),
};
