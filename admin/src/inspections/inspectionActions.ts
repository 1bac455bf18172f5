import { canAccess } from '../auth/permissions';
import type { InspectionFieldsFragment, Role } from '../generated/graphql';

/** Whether the user may record a rectification of this finding now (OPEN inspection, finding still open). */
export const canRectify = (record: InspectionFieldsFragment, finding: InspectionFieldsFragment['findings'][number], role: Role | undefined) =>
  record.status === 'OPEN' && !finding.rectifiedAt && canAccess(role, 'rectify', 'inspections');

/** Whether the user may close the inspection now: the district, every finding rectified. */
export const canClose = (record: InspectionFieldsFragment, role: Role | undefined) =>
  record.status === 'OPEN' && record.openFindingCount === 0 && canAccess(role, 'close', 'inspections');
