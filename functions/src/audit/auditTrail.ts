import type { RecordAccess } from '../access/recordAccess';
import { requireViewer } from '../auth/access';
import type { Viewer } from '../auth/viewer';
import { forbidden } from '../core/errors';
import { allRecords } from '../db/allRecords';
import { pageSize, type PageArgs } from '../db/paging';
import type { AuditEventRecord } from './auditEntity';
import type { AuditRepository } from './auditRepository';

/**
 * Reading audit trails, for resolvers: every event passes the AuditEvent access policy, so a trail (`auditEvents`)
 * and a single event (`node`) show exactly the same events to a viewer.
 */
export function createAuditTrail(deps: { audit: AuditRepository; access: RecordAccess }) {
  const { audit, access } = deps;
  return {
    /**
     * A record's trail: whoever may read all of the record may read it, minus the events that stem from records they
     * may not read (another school's evaluation of a shared provider, an exit case hidden from a provider user).
     */
    async events(viewer: Viewer | null, entityId: string, page: PageArgs) {
      const signedIn = requireViewer(viewer);
      if ((await access.levelById(signedIn, entityId)) !== 'FULL') throw forbidden('You may not read the audit trail of this record');
      const size = pageSize(page.first);
      let raw = await audit.list(entityId, page);
      const first = await access.page(signedIn, 'AuditEvent', raw);
      const items = [...first.items];
      // Events the viewer may not read leave gaps: read on until the page is full or the trail ends, so a page is
      // never short (or empty, with no cursor to go on from) while more of the viewer's events follow.
      while (items.length < size && raw.hasNextPage && raw.items.length > 0) {
        raw = await audit.list(entityId, { first: size, after: raw.items.at(-1)!.cursor });
        items.push(...(await access.page(signedIn, 'AuditEvent', raw)).items);
      }
      const visible = { ...first, items: items.slice(0, size), hasNextPage: items.length > size || raw.hasNextPage };
      // The district reads every event. Anyone else is told how many events they may read, never how many there are
      // (the count would betray another family's or another school's events): the whole trail when they ask.
      if (signedIn.role === 'DISTRICT_ADMIN') return visible;
      const count = async () =>
        !page.after && !visible.hasNextPage
          ? visible.items.length
          : (await access.filter(signedIn, 'AuditEvent', await allRecords((after) => audit.list(entityId, { first: 100, after })))).length;
      return { ...visible, totalCount: count };
    },

    /** One event by id as the viewer may see it; undefined when there is none (FORBIDDEN when it is not theirs). */
    async find(viewer: Viewer | null, id: string): Promise<AuditEventRecord | undefined> {
      const event = await audit.get(id);
      return event && access.require(viewer, 'AuditEvent', event);
    },
  };
}
