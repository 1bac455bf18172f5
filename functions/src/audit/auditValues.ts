import type { GraphQLField, GraphQLList, GraphQLNamedType, GraphQLNonNull, GraphQLObjectType, GraphQLOutputType, GraphQLSchema } from 'graphql';
import { typeOfId } from '../core/ids';
import type { AuditEventRecord } from './auditEntity';
import type { AuditValue } from './auditSummaries';

/**
 * Field changes as typed values, computed when read: the stored JSON (`before`/`after`) read against the field's type
 * in the schema, so a client can render every value in its language — an enum by its schema name, a record by its id
 * (see AuditValue.refId for who sees which ids), a date as a date. Fields that exist only in storage (a survey's
 * `schoolKey`, an activity's `weekdayOrder`) are not part of the API and are left out, and so is the record's own id.
 */
export interface TypedChange {
  field: string;
  before: string | null;
  after: string | null;
  beforeValue: AuditValue | null;
  afterValue: AuditValue | null;
}

/** Events whose changes describe another shape than the record's own type (null: no schema type, read by value). */
const payloadTypes: Record<string, string | null> = {
  ACTIVITY_REASSIGNED: 'AffectedActivity',
  ACTIVITY_CANCELLED: 'AffectedActivity',
  EXIT_OPENED: null,
  EVALUATED: null,
  UPLOAD: null,
  DELETE_DOCUMENT: null,
};

/** Values the schema keeps as plain scalars although they have a closed set of meanings. */
const enumOverrides: Record<string, string> = { 'Term.semester': 'Semester' };

/**
 * Kinds of schema types, told by their tag rather than graphql-js's `isObjectType` & co.: those check `instanceof`,
 * which fails when the server runs graphql's CommonJS build and this module its ES build (tsx locally).
 */
const tagOf = (type: unknown) => Object.prototype.toString.call(type).slice(8, -1);
const isList = (type: unknown): type is GraphQLList<GraphQLOutputType> => tagOf(type) === 'GraphQLList';
const isObject = (type: unknown): type is GraphQLObjectType => tagOf(type) === 'GraphQLObjectType';
const isEnum = (type: unknown) => tagOf(type) === 'GraphQLEnumType';
const isScalar = (type: unknown) => tagOf(type) === 'GraphQLScalarType';
const nameOf = (type: unknown) => (type as GraphQLNamedType).name;
const nullable = (type: GraphQLOutputType): GraphQLOutputType => (tagOf(type) === 'GraphQLNonNull' ? (type as GraphQLNonNull<GraphQLOutputType>).ofType : type);

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const TIME = /^\d{2}:\d{2}$/;

const isRecord = (value: unknown) => value !== null && typeof value === 'object';

/** A value whose field has no schema type: told by its shape. */
function inferred(value: unknown): AuditValue {
  if (Array.isArray(value)) return value.some(isRecord) ? { kind: 'RECORDS', count: value.length } : { kind: 'LIST', items: value.map(inferred) };
  if (isRecord(value)) return { kind: 'RECORDS', count: 1 };
  if (typeof value === 'number') return { kind: 'NUMBER', text: String(value) };
  if (typeof value === 'boolean') return { kind: 'BOOLEAN', text: String(value) };
  const text = String(value);
  const refType = typeOfId(text);
  if (refType && /^[a-z]{3}_[a-z2-7]{20}$/.test(text)) return { kind: 'REFERENCE', refId: text, refType };
  if (DATE.test(text)) return { kind: 'DATE', text };
  if (INSTANT.test(text)) return { kind: 'DATETIME', text };
  return { kind: 'TEXT', text };
}

/** A value read against its field's schema type. */
function typed(value: unknown, type: GraphQLOutputType, enumType?: string): AuditValue {
  const own = nullable(type);
  if (isList(own)) {
    const list = Array.isArray(value) ? value : [value];
    const item = nullable(own.ofType);
    if (isObject(item)) return { kind: 'RECORDS', count: list.length };
    return { kind: 'LIST', items: list.map((entry) => typed(entry, item, enumType)) };
  }
  if (isObject(own)) return { kind: 'RECORDS', count: Array.isArray(value) ? value.length : 1 };
  if (enumType) return { kind: 'ENUM', enumType, text: String(value) };
  if (isEnum(own)) return { kind: 'ENUM', enumType: nameOf(own), text: String(value) };
  if (isScalar(own)) {
    const text = typeof value === 'string' ? value : JSON.stringify(value);
    switch (nameOf(own)) {
      case 'Date':
        return { kind: 'DATE', text };
      case 'DateTime':
        return { kind: 'DATETIME', text };
      case 'LocalTime':
        return TIME.test(text) ? { kind: 'TIME', text } : { kind: 'TEXT', text };
      case 'Boolean':
        return { kind: 'BOOLEAN', text };
      case 'Int':
      case 'Float':
        return { kind: 'NUMBER', text };
      case 'ID':
        return inferred(value);
      default:
        return { kind: 'TEXT', text };
    }
  }
  return inferred(value);
}

/** One side of a change: the stored JSON (shortened past 400 characters, see diffFields) as a typed value. */
export function auditValue(json: string | null | undefined, field?: GraphQLField<unknown, unknown>, enumType?: string): AuditValue | null {
  if (json == null) return null;
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    // A long value was cut when stored: a list of records cannot be counted any more; text keeps what was kept.
    if (json.startsWith('[') || json.startsWith('{')) return { kind: 'RECORDS', count: undefined };
    return { kind: 'TEXT', text: json.replace(/^"/, '') };
  }
  if (value === null) return null;
  return field ? typed(value, field.type, enumType) : inferred(value);
}

/** The event's changes, typed, without storage-only fields. */
export function typedChanges(event: Pick<AuditEventRecord, 'action' | 'entityType' | 'changes'>, schema: GraphQLSchema): TypedChange[] {
  const typeName = event.action in payloadTypes ? payloadTypes[event.action] : event.entityType;
  const type = typeName ? schema.getType(typeName) : undefined;
  const fields = type && isObject(type) ? type.getFields() : undefined;
  return (
    event.changes
      // The record's own id is the trail's subject, not a change.
      .filter((change) => change.field !== 'id' && (!fields || fields[change.field]))
      .map((change) => {
        const field = fields?.[change.field];
        const enumType = enumOverrides[`${typeName}.${change.field}`];
        return {
          field: change.field,
          before: change.before ?? null,
          after: change.after ?? null,
          beforeValue: auditValue(change.before, field, enumType),
          afterValue: auditValue(change.after, field, enumType),
        };
      })
  );
}
