import type { ContractResolvers, MutationResolvers, QueryResolvers } from '../generated/resolvers';
import { effectiveStatus } from './contractStatus';

export const contractQueries: Pick<QueryResolvers, 'contract' | 'contracts'> = {
  contract: (_parent, { id }, { viewer, services }) => services.contracts.get(viewer, id),
  contracts: (_parent, args, { viewer, services }) => services.contracts.list(viewer, args),
};

export const contractMutations: Pick<
  MutationResolvers,
  'createContract' | 'updateContract' | 'deleteContract' | 'signContract' | 'activateContract' | 'terminateContract'
> = {
  createContract: (_parent, { input }, { viewer, services }) => services.contracts.create(viewer, input),
  updateContract: (_parent, { id, input, expectedVersion }, { viewer, services }) => services.contracts.update(viewer, id, input, expectedVersion),
  deleteContract: (_parent, { id }, { viewer, services }) => services.contracts.delete(viewer, id),
  signContract: (_parent, { id, signedDocumentId, expectedVersion }, { viewer, services }) =>
    services.contracts.sign(viewer, id, signedDocumentId, expectedVersion),
  activateContract: (_parent, { id, expectedVersion }, { viewer, services }) => services.contracts.activate(viewer, id, expectedVersion),
  terminateContract: (_parent, { id, reason, expectedVersion }, { viewer, services }) => services.contracts.terminate(viewer, id, reason, expectedVersion),
};

const orNull = <T>(value: T | undefined) => value ?? null;

/** Contracts terminated by an exit before the case was kept as a reference carry its id in the reason: split it off. */
function exitTermination(contract: { terminationReason?: string; terminatedByExitId?: string }) {
  const legacy = /^(\u6709\u5e8f\u9000\u51fa) (pex_[a-z2-7]+)$/.exec(contract.terminationReason ?? '');
  return legacy ? { reason: legacy[1], exitId: legacy[2] } : { reason: contract.terminationReason, exitId: contract.terminatedByExitId };
}

export const contractFields: ContractResolvers = {
  status: (contract) => effectiveStatus(contract),
  signedDocumentId: (contract) => orNull(contract.signedDocumentId),
  signedAt: (contract) => orNull(contract.signedAt),
  activatedAt: (contract) => orNull(contract.activatedAt),
  terminatedAt: (contract) => orNull(contract.terminatedAt),
  terminationReason: (contract) => orNull(exitTermination(contract).reason),
  terminatedByExitId: async (contract, _args, { viewer, services }) => {
    const exitId = exitTermination(contract).exitId;
    // The case is named only to those who may open it (a provider user never reads exit cases).
    return exitId && viewer && (await services.access.levelById(viewer, exitId)) ? exitId : null;
  },
  activityIds: (contract) => [...(contract.activityIdSet ?? [])].sort(),
  school: (contract, _args, { loaders }) => loaders.school.require(contract.schoolId),
  provider: (contract, _args, { loaders }) => loaders.provider.require(contract.providerId),
  term: (contract, _args, { loaders }) => loaders.term.require(contract.termId),
};
