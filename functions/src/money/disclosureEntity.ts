import { Entity, type EntityItem } from 'electrodb';
import type { Db } from '../db/client';
import { entityConfig, SERVICE_NAME } from '../db/entityConfig';
import type { Page, PageItem } from '../db/paging';
import type { DisclosureContent } from './disclosureContent';

/**
 * A published disclosure (公示): an immutable snapshot of a school's term, public by its access code. The content is
 * stored as one JSON document written once and never updated (no update path exists in the repository). Access
 * patterns:
 * - byId: one disclosure
 * - byAccessCode: the public page (gsi1)
 * - bySchool: a school's disclosures, newest first (gsi2)
 */
export const disclosureEntity = (db: Db) =>
  new Entity(
    {
      model: { entity: 'disclosure', version: '1', service: SERVICE_NAME },
      attributes: {
        id: { type: 'string', required: true, readOnly: true },
        version: { type: 'number', required: true, readOnly: true },
        schoolId: { type: 'string', required: true, readOnly: true },
        termId: { type: 'string', required: true, readOnly: true },
        accessCode: { type: 'string', required: true, readOnly: true },
        content: { type: 'string', required: true, readOnly: true },
        publishedBy: { type: 'string', required: true, readOnly: true },
        publishedAt: { type: 'string', required: true, readOnly: true },
        createdAt: { type: 'string', required: true, readOnly: true },
        updatedAt: { type: 'string', required: true, readOnly: true },
      },
      indexes: {
        byId: { pk: { field: 'pk', composite: ['id'] }, sk: { field: 'sk', composite: [] } },
        byAccessCode: { index: 'gsi1', pk: { field: 'gsi1pk', composite: ['accessCode'] }, sk: { field: 'gsi1sk', composite: [] } },
        bySchool: { index: 'gsi2', pk: { field: 'gsi2pk', composite: ['schoolId'] }, sk: { field: 'gsi2sk', composite: ['publishedAt', 'id'] } },
      },
    },
    entityConfig(db),
  );

export type DisclosureRecord = EntityItem<ReturnType<typeof disclosureEntity>>;
/** A disclosure with its content parsed, as resolvers see it. */
export interface DisclosureView extends Omit<DisclosureRecord, 'content'> {
  content: DisclosureContent;
}
export type DisclosurePage = Page<DisclosureView>;
export type DisclosurePageItem = PageItem<DisclosureView>;
