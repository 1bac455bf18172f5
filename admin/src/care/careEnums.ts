import { enumChoices } from '../common/enums';
import type { AlertKind, AlertStatus } from '../generated/graphql';

export const alertStatuses = enumChoices<AlertStatus>('alertStatus', ['OPEN', 'RESOLVED']);
export const alertKinds = enumChoices<AlertKind>('alertKind', ['ABSENT_WITHOUT_LEAVE', 'NOT_PICKED_UP', 'ROLL_CALL_MISSING']);
