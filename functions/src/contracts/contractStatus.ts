import { localDate } from '../core/clock';
import type { ContractRecord, StoredContractStatus } from './contractEntity';

// Apart from contractService.ts so that reading a contract's status (contractResolvers, at every cold start) does
// not load the service.
export type ContractStatus = StoredContractStatus | 'EXPIRED';

/** EXPIRED is not stored: an ACTIVE contract whose end date has passed is expired from the next day on. */
export const effectiveStatus = (contract: ContractRecord, today = localDate()): ContractStatus =>
  contract.status === 'ACTIVE' && contract.endDate < today ? 'EXPIRED' : contract.status;
