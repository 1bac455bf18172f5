import { canAccess } from '../auth/permissions';
import type { ProviderStatus, Role } from '../generated/graphql';

export type ProviderAction = 'submitForReview' | 'review' | 'suspend' | 'reinstate' | 'openExit' | 'edit' | 'delete';

/** The admission workflow (SPEC §3.1): which step each status allows. */
const stepsByStatus: Record<ProviderStatus, readonly ProviderAction[]> = {
  APPLIED: ['submitForReview', 'edit', 'delete'],
  UNDER_REVIEW: ['review', 'edit'],
  APPROVED: ['suspend', 'openExit', 'edit'],
  REJECTED: ['edit'],
  SUSPENDED: ['reinstate', 'openExit', 'edit'],
  // While leaving, the record is what the exit case decides; afterwards it stays as it was.
  EXITING: [],
  EXITED: [],
};

/**
 * The workflow buttons a user sees on a provider: allowed by its status AND by the user's role. A
 * provider user acts only on its own provider (the API refuses the others anyway).
 */
export function allowedProviderActions(status: ProviderStatus, role: Role | undefined, { own = false }: { own?: boolean } = {}): ProviderAction[] {
  if (role === 'PROVIDER' && !own) return [];
  return stepsByStatus[status].filter((action) => canAccess(role, action, 'providers'));
}
