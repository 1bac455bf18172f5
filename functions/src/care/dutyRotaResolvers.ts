import type { DutyRotaDayResolvers, MutationResolvers, QueryResolvers, SchoolResolvers } from '../generated/resolvers';

export const dutyRotaQueries: Pick<QueryResolvers, 'dutyRota'> = {
  dutyRota: (_parent, { schoolId }, { viewer, services }) => services.dutyRotas.ofSchool(viewer, schoolId),
};

export const dutyRotaMutations: Pick<MutationResolvers, 'setDutyRota'> = {
  setDutyRota: (_parent, { schoolId, days, expectedVersion }, { viewer, services }) => services.dutyRotas.set(viewer, { schoolId, days, expectedVersion }),
};

export const dutyRotaDayFields: DutyRotaDayResolvers = {
  // Through the access-checked loader: the staff record comes back only to a viewer who may read it.
  staff: async (day, _args, { loaders }) => (await loaders.staffMember.load(day.staffId)) ?? null,
};

/** `School.dutyRota`: the same access rule as the root field (the rota's own policy). */
export const schoolDutyRotaFields: Pick<SchoolResolvers, 'dutyRota'> = {
  dutyRota: (school, _args, { viewer, services }) => services.dutyRotas.ofSchool(viewer, school.id),
};
