import { connectionPage, cursorStep } from '../dataProvider/connection';
import { operation, type PageRequest, type ResourceApi } from '../dataProvider/operation';
import { AuditEventCursorDocument, AuditEventListDocument } from '../generated/graphql';

/** The audit trail exists per record only: without `entityId` there is nothing to ask for. */
function variables({ filter, first, after }: PageRequest) {
  const entityId = filter.entityId;
  if (typeof entityId !== 'string' || !entityId) throw new Error('auditEvents needs filter.entityId');
  return { entityId, first, after };
}

/** Read-only, newest first; reached through getList/getManyReference with `entityId`. */
export const auditApi: ResourceApi = {
  list: (request) => operation(AuditEventListDocument, variables(request), (d) => connectionPage(d.auditEvents)),
  cursor: (request) => operation(AuditEventCursorDocument, variables(request), (d) => cursorStep(d.auditEvents)),
  referenceFilter: (target, id) => ({ [target]: id }),
  one: () => {
    throw new Error('audit events are read as a list of one record’s trail');
  },
};
