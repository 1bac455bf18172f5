import { Entity, type EntityItem } from 'electrodb';
import type { Db } from '../db/client';
import { entityConfig, SERVICE_NAME } from '../db/entityConfig';
import type { Page, PageItem } from '../db/paging';

/**
 * Audit trail (管理台账). Access patterns:
 * - byEntity: one record's events, newest first (primary key: partition per audited record)
 * - byId: one event by id (gsi1), for `node(id:)`
 */
export const auditEventEntity = (db: Db) =>
  new Entity(
    {
      model: { entity: 'auditEvent', version: '1', service: SERVICE_NAME },
      attributes: {
        id: { type: 'string', required: true },
        entityId: { type: 'string', required: true },
        entityType: { type: 'string', required: true },
        action: { type: 'string', required: true },
        actorSub: { type: 'string', required: true },
        actorRole: { type: 'string', required: true },
        summary: { type: 'string', required: true },
        // The record the event stems from when it is not the record changed (the evaluation behind EVALUATED on a
        // provider, the exit case behind EXIT_OPENED): the event is readable only by those who may read both.
        relatedId: { type: 'string' },
        changes: {
          type: 'list',
          required: true,
          items: { type: 'map', properties: { field: { type: 'string', required: true }, before: { type: 'string' }, after: { type: 'string' } } },
        },
        at: { type: 'string', required: true },
      },
      indexes: {
        byEntity: { pk: { field: 'pk', composite: ['entityId'] }, sk: { field: 'sk', composite: ['at', 'id'] } },
        byId: { index: 'gsi1', pk: { field: 'gsi1pk', composite: ['id'] }, sk: { field: 'gsi1sk', composite: [] } },
      },
    },
    entityConfig(db),
  );

export type AuditEventRecord = EntityItem<ReturnType<typeof auditEventEntity>>;
export type AuditEventPage = Page<AuditEventRecord>;
export type AuditEventPageItem = PageItem<AuditEventRecord>;
