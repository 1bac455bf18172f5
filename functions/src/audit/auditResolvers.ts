import type { AuditEventResolvers, QueryResolvers } from '../generated/resolvers';
import { requireViewer } from '../auth/access';
import { forbidden } from '../core/errors';

export const auditQueries: Pick<QueryResolvers, 'auditEvents'> = {
  // Whoever may read all of the record may read its trail, minus the events that stem from records they may not
  // read (another school's evaluation of a shared provider, an exit case hidden from a provider user).
  auditEvents: async (_parent, { entityId, first, after }, { viewer, services }) => {
    const signedIn = requireViewer(viewer);
    if ((await services.access.levelById(signedIn, entityId)) !== 'FULL') throw forbidden('You may not read the audit trail of this record');
    return services.access.page(signedIn, 'AuditEvent', await services.repositories.audit.list(entityId, { first, after }));
  },
};

export const auditEventFields: AuditEventResolvers = {
  actorRole: (event) => event.actorRole as never,
  changes: (event) => event.changes.map((change) => ({ field: change.field, before: change.before ?? null, after: change.after ?? null })),
};
