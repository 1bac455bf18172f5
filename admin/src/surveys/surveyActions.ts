import { canAccess } from '../auth/permissions';
import type { Role, SurveyStatus } from '../generated/graphql';

export type SurveyAction = 'edit' | 'delete' | 'publish' | 'close' | 'results';

/** The survey lifecycle (SPEC §3.4): DRAFT is built and published, OPEN collects, CLOSED is history. */
const stepsByStatus: Record<SurveyStatus, readonly SurveyAction[]> = {
  DRAFT: ['edit', 'delete', 'publish'],
  OPEN: ['close', 'results'],
  CLOSED: ['results'],
};

/**
 * What a user may do with a survey: allowed by its status and by the user's role. A school's slice of a district
 * survey (`schoolSlice`) is read only: its results, nothing else.
 */
export function allowedSurveyActions(status: SurveyStatus, role: Role | undefined, schoolSlice?: string | null): SurveyAction[] {
  return stepsByStatus[status].filter((action) => canAccess(role, action, 'surveys') && (!schoolSlice || action === 'results'));
}
