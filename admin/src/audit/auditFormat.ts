import { formatDateTime } from '../common/dates';

/**
 * How audit events read for people: enum-valued fields are translated per record type, other JSON
 * values are shown as text (long ones shortened; the full value stays in the tooltip).
 */
const enumFields: Record<string, Record<string, string>> = {
  Provider: { status: 'providerStatus', kind: 'providerKind', serviceCategories: 'activityCategory' },
  Contract: { status: 'contractStatus' },
  Activity: { status: 'activityStatus', category: 'activityCategory', segment: 'serviceSegment', weekday: 'weekday' },
  ProviderExit: { status: 'exitStatus', trigger: 'exitTrigger', resolution: 'activityResolution' },
  Evaluation: { kind: 'evaluationKind' },
};

/** The react-admin resource whose field labels name an entity type's fields. */
export const resourceOfEntity: Record<string, string> = {
  School: 'schools',
  Term: 'terms',
  DistrictPolicy: 'districtPolicy',
  Activity: 'activities',
  Provider: 'providers',
  Contract: 'contracts',
  Evaluation: 'evaluations',
  ProviderExit: 'providerExits',
};

export const MAX_VALUE_LENGTH = 80;

type Translate = (key: string, options?: Record<string, unknown>) => string;

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** One side of a field change (`before`/`after` are JSON, or null when absent). */
export function formatValue(entityType: string, field: string, json: string | null | undefined, translate: Translate, locale = 'zh-CN'): string {
  if (json == null) return translate('app.none');
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    value = json;
  }
  if (value === null || value === '' || (Array.isArray(value) && value.length === 0)) return translate('app.none');
  const group = enumFields[entityType]?.[field];
  if (group && typeof value === 'string') return translate(`app.enums.${group}.${value}`, { _: value });
  // Lists of records (qualifications, affected activities) as a count; their details are on the page.
  if (Array.isArray(value) && value.some((item) => item !== null && typeof item === 'object')) {
    return translate('app.audit.items', { count: value.length });
  }
  if (Array.isArray(value)) {
    const items = group ? value.map((item) => translate(`app.enums.${group}.${String(item)}`, { _: String(item) })) : value;
    return items.join(translate('app.list_separator'));
  }
  if (typeof value === 'boolean') return translate(value ? 'ra.boolean.true' : 'ra.boolean.false');
  if (typeof value === 'string' && ISO_INSTANT.test(value)) return formatDateTime(value, locale);
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  return JSON.stringify(value);
}

export const shorten = (text: string, max = MAX_VALUE_LENGTH) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** A field's label in the user's language, falling back to its API name. */
export function fieldLabel(entityType: string, field: string, translate: Translate): string {
  const resource = resourceOfEntity[entityType];
  return resource ? translate(`resources.${resource}.fields.${field}`, { _: field }) : field;
}

/** Who did it: the automatic jobs by name, people by role and user id. */
export function actorLabel(actorSub: string, actorRole: string, translate: Translate): string {
  if (actorSub === 'system' || actorSub === 'seed') return translate(`app.audit.actors.${actorSub}`);
  return `${translate(`app.roles.${actorRole}`, { _: actorRole })} · ${actorSub}`;
}

/** Bookkeeping fields every change touches; listing them would hide the fields that matter. */
export const hiddenFields = new Set(['version', 'updatedAt', 'createdAt', 'id', 'weekdayOrder']);

/** Events that copy a whole record into the trail: only these of its fields say what happened. */
const fieldsByAction: Record<string, readonly string[]> = {
  ACTIVITY_REASSIGNED: ['resolution', 'toStaffName', 'toProviderId', 'toContractId'],
  ACTIVITY_CANCELLED: ['resolution'],
};

/** The changes worth listing for an event. */
export function visibleChanges<Change extends { field: string }>(action: string, changes: readonly Change[]): Change[] {
  const only = fieldsByAction[action];
  return changes.filter((change) => !hiddenFields.has(change.field) && (!only || only.includes(change.field)));
}
