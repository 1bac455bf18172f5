import type { Viewer } from '../auth/viewer';
import { nowIso } from '../core/clock';
import { newId } from '../core/ids';
import { batchWriteItems } from '../db/batches';
import type { Db } from '../db/client';
import { queryPage, type Page, type PageArgs } from '../db/paging';
import { txItem, type GuardedWrite } from '../db/transactions';
import { auditEventEntity, type AuditEventRecord } from './auditEntity';
import type { AuditSummary } from './auditSummaries';

/** Fields that change on every write or are bookkeeping (a school's term copies): not worth a line in the trail. */
const ignoredFields = new Set(['version', 'updatedAt', 'createdAt', 'dependents', 'termItems', 'termItemsKept', 'termsRevision']);
const MAX_VALUE_LENGTH = 400;

const show = (value: unknown): string | undefined => {
  if (value === undefined || value === null) return undefined;
  const json = JSON.stringify(value);
  return json.length > MAX_VALUE_LENGTH ? `${json.slice(0, MAX_VALUE_LENGTH)}…` : json;
};

/** Top-level fields that differ between two versions of a record, as JSON text. */
export function diffFields(before: object | undefined, after: object | undefined): AuditEventRecord['changes'] {
  const a = (before ?? {}) as Record<string, unknown>;
  const b = (after ?? {}) as Record<string, unknown>;
  const fields = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((field) => !ignoredFields.has(field)).sort();
  return fields.map((field) => ({ field, before: show(a[field]), after: show(b[field]) })).filter((change) => change.before !== change.after);
}

export interface AuditInput {
  viewer: Viewer;
  action: string;
  entityType: string;
  entityId: string;
  /** What happened, as data and as a Chinese sentence (`summary(key, params)` from auditSummaries.ts). */
  summary: AuditSummary;
  before?: object;
  after?: object;
  /** The record the event stems from, when it is not `entityId` (see the entity's `relatedId`). */
  relatedId?: string;
}

export function createAuditRepository(db: Db) {
  const auditEvent = auditEventEntity(db);

  const build = (input: AuditInput): AuditEventRecord => ({
    id: newId('AuditEvent'),
    entityId: input.entityId,
    entityType: input.entityType,
    action: input.action,
    actorSub: input.viewer.sub,
    actorRole: input.viewer.role,
    summary: input.summary.text,
    summaryKey: input.summary.key,
    summaryParams: input.summary.params.map(({ name, kind, text, enumType, refId, refType }) => ({ name, kind, text, enumType, refId, refType })),
    relatedId: input.relatedId,
    changes: diffFields(input.before, input.after),
    at: nowIso(),
  });

  /**
   * Records an event that changes nothing (a READ of a child's full record, SPEC §3.11): one PutItem of its own,
   * since there is no change to share a transaction with.
   */
  async function record(input: AuditInput): Promise<void> {
    await auditEvent.create(build(input)).go();
  }

  return {
    record,

    /**
     * Several such events at once (a page of 50 students delivered with their families' contacts): BatchWriteItem,
     * 25 a call, unprocessed items retried, instead of one PutItem each. Each event has a new id of its own, so
     * nothing can be overwritten without the create's condition.
     */
    async recordMany(inputs: readonly AuditInput[]): Promise<void> {
      if (inputs.length === 1) return record(inputs[0]);
      const items = inputs.map((input) => (auditEvent.put(build(input)).params() as { Item: Record<string, unknown> }).Item);
      await batchWriteItems(
        db,
        items.map((Item) => ({ PutRequest: { Item } })),
      );
    },

    /** The transaction step that records a change; add it to the change's own transaction. */
    entry(input: AuditInput): GuardedWrite {
      return { op: txItem(auditEvent.create(build(input))) };
    },

    /** One record's trail, newest first (Query on its partition). */
    list(entityId: string, args: PageArgs): Promise<Page<AuditEventRecord>> {
      return queryPage<AuditEventRecord>(db, auditEvent.query.byEntity({ entityId }), { ...args, listId: `audit:${entityId}`, order: 'desc' });
    },

    /** One event by id (Query on gsi1). */
    async get(id: string): Promise<AuditEventRecord | undefined> {
      const { data } = await auditEvent.query.byId({ id }).go({ count: 1 });
      return data[0];
    },
  };
}

export type AuditRepository = ReturnType<typeof createAuditRepository>;
