import { localDate } from '../core/clock';
import { keptIds } from '../db/memberLists';
import { averageOf } from '../evaluations/standing';
import { DISTRICT_SCOPE } from '../evaluations/evaluationEntity';
import type {
  MutationResolvers,
  ProviderResolvers,
  ProviderStandingResolvers,
  QualificationResolvers,
  QueryResolvers,
  SchoolStandingResolvers,
} from '../generated/resolvers';
import type { StandingRecord } from '../evaluations/evaluationEntity';

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
  staff: (provider) =>
    provider.staff.map((member) => ({
      ...member,
      role: member.role ?? null,
      certificates: member.certificates.map((c) => ({ ...c, validTo: c.validTo ?? null })),
    })),
  standing: (provider) => ({ providerId: provider.id }),
  // Kept child ids (db/memberLists.ts) let a response's providers share one BatchGetItem per kind of child.
  documents: (provider, _args, { viewer, loaders }) =>
    loaders.connections.ownerDocuments.load({ viewer, ownerId: provider.id, memberIds: keptIds(provider, 'documentIds') }),
  contracts: (provider, { first, after }, { viewer, loaders }) =>
    loaders.connections.providerContracts.load({ viewer, parentId: provider.id, first, after, memberIds: keptIds(provider, 'contractIds') }),
  evaluations: (provider, { first, after }, { viewer, loaders }) =>
    loaders.connections.providerEvaluations.load({ viewer, parentId: provider.id, first, after, memberIds: keptIds(provider, 'evaluationIds') }),
};

const district = (standing: { providerId: string }, loaders: { districtStanding: { load(id: string): Promise<StandingRecord | undefined> } }) =>
  loaders.districtStanding.load(standing.providerId);

export const standingFields: ProviderStandingResolvers = {
  latestScore: async (standing, _args, { loaders }) => (await district(standing, loaders))?.latestScore ?? null,
  latestEvaluationDate: async (standing, _args, { loaders }) => (await district(standing, loaders))?.latestDate ?? null,
  averageScore: async (standing, _args, { loaders }) => averageOf(await district(standing, loaders)),
  evaluationCount: async (standing, _args, { loaders }) => (await district(standing, loaders))?.count ?? 0,
  bySchool: async (standing, _args, { viewer, loaders }) => {
    const all = await loaders.standings.load(standing.providerId);
    // School admins see their own school's line, not other schools' assessments.
    const visible = all.filter((s) => s.scope !== DISTRICT_SCOPE && (viewer?.role !== 'SCHOOL_ADMIN' || s.scope === viewer.schoolId));
    return visible.map((s) => ({ schoolId: s.scope, latestScore: s.latestScore ?? null, averageScore: averageOf(s), evaluationCount: s.count }));
  },
};

export const schoolStandingFields: SchoolStandingResolvers = {
  school: async (standing, _args, { loaders }) => (await loaders.school.load(standing.schoolId)) ?? null,
};

export const qualificationFields: QualificationResolvers = {
  documentId: (qualification) => qualification.documentId ?? null,
  validToday: (qualification) => {
    const today = localDate();
    return qualification.validFrom <= today && qualification.validTo >= today;
  },
};
