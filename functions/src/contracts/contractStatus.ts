import { localDate } from '../core/clock';
import type { ContractRecord, StoredContractStatus } from './contractEntity';

/** A contract's status as readers see it: EXPIRED is derived (ACTIVE past its end date), never stored. */
export type ContractStatus = StoredContractStatus | 'EXPIRED';

/**
 * Kept apart from the contract service (and its input validation) because the timetable, exits and compliance ask it
 * on most requests: importing it must not bring the service's code into a cold start.
 */
export const effectiveStatus = (contract: ContractRecord, today = localDate()): ContractStatus =>
  contract.status === 'ACTIVE' && contract.endDate < today ? 'EXPIRED' : contract.status;
