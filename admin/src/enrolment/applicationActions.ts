import type { ApplicationStatus, Role } from '../generated/graphql';

export type ApplicationAction = 'review' | 'decide' | 'withdraw';

/**
 * Which workflow buttons an application shows: the class step while SUBMITTED (the school admin stands in for the
 * class teacher in the console), the school's decision while CLASS_APPROVED, withdrawal while live. Mirrors the API.
 */
export function allowedApplicationActions(status: ApplicationStatus, role: Role | undefined): ApplicationAction[] {
  if (role !== 'DISTRICT_ADMIN' && role !== 'SCHOOL_ADMIN') return [];
  const actions: ApplicationAction[] = [];
  if (status === 'SUBMITTED') actions.push('review');
  if (status === 'CLASS_APPROVED') actions.push('decide');
  if (status === 'SUBMITTED' || status === 'CLASS_APPROVED' || status === 'APPROVED') actions.push('withdraw');
  return actions;
}
