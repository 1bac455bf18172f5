import type { AuditEventResolvers, AuditValueResolvers, QueryResolvers } from '../generated/resolvers';
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
  summaryKey: (event) => event.summaryKey ?? null,
  summaryParams: (event) => (event.summaryParams ?? []).map(({ name, ...value }) => ({ name, value: { ...value, kind: value.kind as never } })),
  // Loaded on first use: reading a trail is rare, and this code is not needed at a cold start (bundle size).
  changes: async (event, _args, _context, info) => (await import('./auditValues')).typedChanges(event, info.schema),
};

export const auditValueFields: AuditValueResolvers = {
  // A reference names its record only to those who may read it; others learn that there was one, not which.
  refId: async (value, _args, { viewer, services }) => (value.refId && viewer && (await services.access.levelById(viewer, value.refId)) ? value.refId : null),
};
