import { localDate } from '../core/clock';
import { averageOf } from '../evaluations/standing';
import { DISTRICT_SCOPE } from '../evaluations/evaluationEntity';
import type { MutationResolvers, ProviderResolvers, QualificationResolvers, QueryResolvers } from '../generated/resolvers';

export const providerQueries: Pick<QueryResolvers, 'provider' | 'providers'> = {
  provider: (_parent, { id }, { viewer, services }) => services.providers.get(viewer, id),
  providers: (_parent, args, { viewer, services }) => services.providers.list(viewer, args),
};

export const providerMutations: Pick<
  MutationResolvers,
  'createProvider' | 'updateProvider' | 'deleteProvider' | 'submitProviderForReview' | 'reviewProvider' | 'suspendProvider' | 'reinstateProvider'
> = {
  createProvider: (_parent, { input }, { viewer, services }) => services.providers.create(viewer, input),
  updateProvider: (_parent, { id, input, expectedVersion }, { viewer, services }) => services.providers.update(viewer, id, input, expectedVersion),
  deleteProvider: (_parent, { id }, { viewer, services }) => services.providers.delete(viewer, id),
  submitProviderForReview: (_parent, { id, expectedVersion }, { viewer, services }) => services.providers.submitForReview(viewer, id, expectedVersion),
  reviewProvider: (_parent, { id, decision, comment, expectedVersion }, { viewer, services }) =>
    services.providers.review(viewer, id, decision, comment, expectedVersion),
  suspendProvider: (_parent, { id, reason, expectedVersion }, { viewer, services }) => services.providers.suspend(viewer, id, reason, expectedVersion),
  reinstateProvider: (_parent, { id, comment, expectedVersion }, { viewer, services }) => services.providers.reinstate(viewer, id, comment, expectedVersion),
};

export const providerFields: ProviderResolvers = {
  serviceCategories: (provider) => provider.serviceCategories as never,
  address: (provider) => provider.address ?? null,
  reviewComment: (provider) => provider.reviewComment ?? null,
  reentryDate: (provider) => provider.reentryDate ?? null,
  staff: (provider) => provider.staff.map((member) => ({ ...member, role: member.role ?? null, certificates: member.certificates.map((c) => ({ ...c, validTo: c.validTo ?? null })) })),
  standing: async (provider, _args, { viewer, loaders }) => {
    const standings = await loaders.standings.load(provider.id);
    const district = standings.find((s) => s.scope === DISTRICT_SCOPE);
    // School admins see the district figure and their own school's, not other schools' assessments.
    const visible = standings.filter((s) => s.scope !== DISTRICT_SCOPE && (viewer?.role !== 'SCHOOL_ADMIN' || s.scope === viewer.schoolId));
    return {
      latestScore: district?.latestScore ?? null,
      latestEvaluationDate: district?.latestDate ?? null,
      averageScore: averageOf(district),
      evaluationCount: district?.count ?? 0,
      bySchool: visible.map((s) => ({ schoolId: s.scope, latestScore: s.latestScore ?? null, averageScore: averageOf(s), evaluationCount: s.count })),
    };
  },
  documents: (provider, _args, { viewer, services }) => services.documents.list(viewer, provider.id),
  contracts: (provider, { first, after }, { viewer, services }) => services.contracts.list(viewer, { first, after, filter: { providerId: provider.id } }),
  evaluations: (provider, { first, after }, { viewer, services }) => services.evaluations.list(viewer, { first, after, filter: { providerId: provider.id } }),
};

export const qualificationFields: QualificationResolvers = {
  documentId: (qualification) => qualification.documentId ?? null,
  validToday: (qualification) => {
    const today = localDate();
    return qualification.validFrom <= today && qualification.validTo >= today;
  },
};
