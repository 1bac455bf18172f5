import { formatDate, formatDateTime } from '../common/dates';
import { enumLabel } from '../common/enumLabels';
import { formatNumber } from '../common/numbers';
import type { AuditValueFieldsFragment } from '../generated/graphql';

/**
 * How audit events read for people. The API sends every value typed (AuditValue): enum values by their schema
 * enum, records by id, dates as dates; this turns each into words of the user's language. Nothing is shown as the
 * API's raw keys or JSON.
 */
type Translate = (key: string, options?: Record<string, unknown>) => string;
export { enumGroupOf, enumLabel } from '../common/enumLabels';
export type AuditItem = Omit<AuditValueFieldsFragment, 'items' | 'count'> & { items?: AuditValueFieldsFragment['items']; count?: number | null };

/** The react-admin resource of a record type: its field labels and its pages. */
export const resourceOfEntity: Record<string, string> = {
  School: 'schools',
  Term: 'terms',
  DistrictPolicy: 'districtPolicy',
  Activity: 'activities',
  Provider: 'providers',
  Contract: 'contracts',
  Evaluation: 'evaluations',
  ProviderExit: 'providerExits',
  Survey: 'surveys',
  Inspection: 'inspections',
  StaffMember: 'staffMembers',
  SchoolClass: 'schoolClasses',
  Student: 'students',
  EnrolmentApplication: 'enrolmentApplications',
};

/** A value that is not a record reference, in words (references are links: see AuditValueView). */
export function formatScalar(value: AuditItem, translate: Translate, locale: string): string {
  const text = value.text ?? '';
  switch (value.kind) {
    case 'NUMBER':
      return Number.isFinite(Number(text)) ? formatNumber(Number(text), locale) : text;
    case 'BOOLEAN':
      return translate(text === 'true' ? 'ra.boolean.true' : 'ra.boolean.false');
    case 'DATE':
      return formatDate(text, locale);
    case 'DATETIME':
      return formatDateTime(text, locale);
    case 'ENUM':
      return enumLabel(value.enumType ?? '', text, translate);
    case 'RECORDS':
      return value.count == null ? translate('app.audit.records_many') : translate('app.audit.items', { count: formatNumber(value.count, locale) });
    case 'TEXT':
    case 'TIME':
      return text === '' ? translate('app.none') : text;
    default:
      return text;
  }
}

/** A field's label in the user's language. */
export function fieldLabel(entityType: string, field: string, translate: Translate): string {
  const resource = resourceOfEntity[entityType];
  return translate(resource ? `resources.${resource}.fields.${field}` : `app.audit.fields.${field}`, { _: translate('app.audit.other_field') });
}

/** Who did it: the automatic jobs by name, people by role and user id. */
export function actorLabel(actorSub: string, actorRole: string, translate: Translate): string {
  if (actorSub === 'system' || actorSub === 'seed') return translate(`app.audit.actors.${actorSub}`);
  return `${translate(`app.roles.${actorRole}`, { _: actorRole })} · ${actorSub}`;
}

/** Fields that hold who did something (a user id, or `system` for the automatic jobs). */
export const actorFields = new Set(['openedBy']);

/** Events whose summary says everything: their changes carry ids and bookkeeping only. */
const summaryOnly = new Set(['EXIT_OPENED', 'EVALUATED', 'UPLOAD', 'DELETE_DOCUMENT']);

/** Events that copy a whole record into the trail: only these of its fields say what happened. */
const fieldsByAction: Record<string, readonly string[]> = {
  ACTIVITY_REASSIGNED: ['resolution', 'toStaffName', 'toProviderId', 'toContractId'],
  ACTIVITY_CANCELLED: ['resolution'],
};

/** The changes worth listing for an event. */
export function visibleChanges<Change extends { field: string }>(action: string, changes: readonly Change[]): Change[] {
  if (summaryOnly.has(action)) return [];
  const only = fieldsByAction[action];
  return changes.filter((change) => !only || only.includes(change.field));
}

export const MAX_VALUE_LENGTH = 80;
export const shorten = (text: string, max = MAX_VALUE_LENGTH) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
