import type { AuditEventResolvers, QueryResolvers } from '../generated/resolvers';
import { loadNode } from '../server/coreResolvers';

export const auditQueries: Pick<QueryResolvers, 'auditEvents'> = {
  // Whoever may read the record may read its trail: loading it applies the record's own access rules.
  auditEvents: async (_parent, { entityId, first, after }, context) => {
    await loadNode(entityId, context, { allowDeleted: true });
    return context.services.repositories.audit.list(entityId, { first, after });
  },
};

export const auditEventFields: AuditEventResolvers = {
  actorRole: (event) => event.actorRole as never,
  changes: (event) => event.changes.map((change) => ({ field: change.field, before: change.before ?? null, after: change.after ?? null })),
};
