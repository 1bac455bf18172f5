import type { AuditEventResolvers, AuditValueResolvers, QueryResolvers } from '../generated/resolvers';

export const auditQueries: Pick<QueryResolvers, 'auditEvents'> = {
  // Who may read which trail, and which of its events: see auditTrail.ts.
  auditEvents: (_parent, { entityId, first, after }, { viewer, services }) => services.auditTrail.events(viewer, entityId, { first, after }),
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
