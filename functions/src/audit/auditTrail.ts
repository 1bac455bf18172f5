import type { RecordAccess } from '../access/recordAccess';
import { requireViewer } from '../auth/access';
import type { Viewer } from '../auth/viewer';
import { forbidden } from '../core/errors';
import type { PageArgs } from '../db/paging';
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
      return access.page(signedIn, 'AuditEvent', await audit.list(entityId, page));
    },

    /** One event by id as the viewer may see it; undefined when there is none (FORBIDDEN when it is not theirs). */
    async find(viewer: Viewer | null, id: string): Promise<AuditEventRecord | undefined> {
      const event = await audit.get(id);
      return event && access.require(viewer, 'AuditEvent', event);
    },
  };
}
