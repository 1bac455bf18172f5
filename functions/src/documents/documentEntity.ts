import { Entity, type EntityItem } from 'electrodb';
import type { Db } from '../db/client';
import { entityConfig, SERVICE_NAME } from '../db/entityConfig';
import { documentStatusValues } from '../generated/enumValues';

export const allowedContentTypes = ['application/pdf', 'image/jpeg', 'image/png'] as const;
export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

/**
 * Document metadata (the bytes live in S3 or .data/documents). Access patterns:
 * - byId: one document
 * - byOwner: a provider's or contract's documents, oldest first (gsi1)
 */
export const documentEntity = (db: Db) =>
  new Entity(
    {
      model: { entity: 'document', version: '1', service: SERVICE_NAME },
      attributes: {
        id: { type: 'string', required: true, readOnly: true },
        ownerId: { type: 'string', required: true, readOnly: true },
        fileName: { type: 'string', required: true },
        contentType: { type: allowedContentTypes, required: true },
        size: { type: 'number', required: true },
        storageKey: { type: 'string', required: true },
        status: { type: documentStatusValues, required: true },
        archived: { type: 'boolean', required: true },
        uploadedBy: { type: 'string', required: true },
        createdAt: { type: 'string', required: true },
        updatedAt: { type: 'string', required: true },
      },
      indexes: {
        byId: { pk: { field: 'pk', composite: ['id'] }, sk: { field: 'sk', composite: [] } },
        byOwner: { index: 'gsi1', pk: { field: 'gsi1pk', composite: ['ownerId'] }, sk: { field: 'gsi1sk', composite: ['createdAt', 'id'] } },
      },
    },
    entityConfig(db),
  );

export type DocumentRecord = EntityItem<ReturnType<typeof documentEntity>>;
