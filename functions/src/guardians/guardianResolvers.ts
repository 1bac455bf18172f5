import type { GuardianResolvers, MutationResolvers } from '../generated/resolvers';
import { maskPhone } from '../people/names';

export const guardianMutations: Pick<MutationResolvers, 'issueGuardianCode' | 'linkChild'> = {
  issueGuardianCode: async (_parent, { studentId }, { viewer, services }) => ({ ...(await services.guardians.issueCode(viewer, studentId)), studentId }),
  linkChild: (_parent, { code }, { viewer, services }) => services.guardians.linkChild(viewer, code),
};

export const guardianFields: GuardianResolvers = {
  // In full for the guardian and the school admin (who reads a guardian only when a child of theirs is linked).
  phone: (guardian, _args, { viewer }) =>
    (viewer?.role === 'PARENT' && viewer.guardianId === guardian.id) || viewer?.role === 'SCHOOL_ADMIN' ? guardian.phone : (maskPhone(guardian.phone) ?? ''),
  children: async (guardian, _args, { services, loaders }) => {
    const studentIds = await services.guardians.linkedStudentIds(guardian.id);
    const children = await Promise.all(studentIds.map((studentId) => loaders.student.load(studentId)));
    return children.filter((child) => child !== undefined);
  },
};
