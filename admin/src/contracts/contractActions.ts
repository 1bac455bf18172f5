import { canAccess } from '../auth/permissions';
import type { ContractStatus, Role } from '../generated/graphql';

export type ContractAction = 'edit' | 'delete' | 'sign' | 'activate' | 'terminate';

/** The contract lifecycle (DRAFT → SIGNED → ACTIVE → EXPIRED | TERMINATED) as the steps each status allows. */
const stepsByStatus: Record<ContractStatus, readonly ContractAction[]> = {
  DRAFT: ['edit', 'delete', 'sign'],
  SIGNED: ['activate', 'terminate'],
  ACTIVE: ['terminate'],
  EXPIRED: [],
  TERMINATED: [],
};

/** The buttons a user sees on a contract: allowed by its status and by the user's role. */
export function allowedContractActions(status: ContractStatus, role: Role | undefined): ContractAction[] {
  return stepsByStatus[status].filter((action) => canAccess(role, action, 'contracts'));
}
