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
import { nodeFieldArgs, startNestedLoads } from '../server/connectionPrefetch';
import type { GraphQLContext } from '../server/context';
import type { ProviderRecord } from './providerEntity';

type PageArgs = { first?: number | null; after?: string | null };

// Kept child ids (db/memberLists.ts) let a response's providers share one BatchGetItem per kind of child.
const documentsOf = (provider: ProviderRecord, _args: unknown, { viewer, loaders }: GraphQLContext) =>
  loaders.connections.ownerDocuments.load({ viewer, ownerId: provider.id, memberIds: keptIds(provider, 'documentIds') });
const contractsOf = (provider: ProviderRecord, { first, after }: PageArgs, { viewer, loaders }: GraphQLContext) =>
  loaders.connections.providerContracts.load({ viewer, parentId: provider.id, first, after, memberIds: keptIds(provider, 'contractIds') });
const evaluationsOf = (provider: ProviderRecord, { first, after }: PageArgs, { viewer, loaders }: GraphQLContext) =>
  loaders.connections.providerEvaluations.load({ viewer, parentId: provider.id, first, after, memberIds: keptIds(provider, 'evaluationIds') });

export const providerQueries: Pick<QueryResolvers, 'provider' | 'providers'> = {
  provider: (_parent, { id }, { viewer, services }) => services.providers.get(viewer, id),
  providers: async (_parent, args, context, info) => {
    const page = await context.services.providers.list(context.viewer, args);
    // The page's nested lists start now, not after GraphQL has walked every provider.
    for (const [field, load] of [
      ['contracts', contractsOf],
      ['documents', documentsOf],
      ['evaluations', evaluationsOf],
    ] as const)
      startNestedLoads(nodeFieldArgs(info, 'Provider', field), page.items, ({ record }, fieldArgs: PageArgs) => load(record, fieldArgs, context));
    return page;
  },
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
  documents: documentsOf,
  contracts: contractsOf,
  evaluations: evaluationsOf,
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
