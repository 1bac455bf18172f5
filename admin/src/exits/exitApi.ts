import type { RaRecord } from 'react-admin';
import { pickFields, withoutEmpty } from '../dataProvider/changes';
import { connectionPage, cursorStep, existing, pickFilter, type CoversAll } from '../dataProvider/connection';
import { operation, type PageRequest, type ResourceApi } from '../dataProvider/operation';
import {
  CancelActivityDocument,
  CompleteProviderExitDocument,
  DecideProviderExitDocument,
  OpenProviderExitDocument,
  ProviderExitCursorDocument,
  ProviderExitDocument,
  ProviderExitListDocument,
  ReassignActivityDocument,
  type ExitDecision,
  type OpenProviderExitInput,
  type ProviderExitFilter,
} from '../generated/graphql';

const openFields = ['providerId', 'reason', 'evaluationIds'] as const;
// Fails to compile when the SDL gains an input field the console does not send yet.
const checkOpen: CoversAll<OpenProviderExitInput, typeof openFields> = openFields;
void checkOpen;

export const toExitFilter = (filter: Record<string, unknown>) => pickFilter<ProviderExitFilter>(filter, ['providerId', 'status', 'trigger']);

const listVariables = ({ filter, first, after }: PageRequest) => ({ filter: toExitFilter(filter), first, after });

/** Opening a case is react-admin's create; the decision and the transition are workflow steps. */
export const exitApi: ResourceApi = {
  list: (request) => operation(ProviderExitListDocument, listVariables(request), (d) => connectionPage(d.providerExits)),
  cursor: (request) => operation(ProviderExitCursorDocument, listVariables(request), (d) => cursorStep(d.providerExits)),
  referenceFilter: (target, id) => ({ [target]: id }),
  one: (id) => operation(ProviderExitDocument, { id: String(id) }, (d) => existing(d.providerExit, 'ProviderExit', id)),
  create: (data) =>
    operation(OpenProviderExitDocument, { input: withoutEmpty(pickFields(data, openFields)) as OpenProviderExitInput }, (d) => d.openProviderExit),
};

/** Where an affected activity goes: another provider's ACTIVE contract, or a school staff member. */
export type Reassignment = { toContractId: string; toProviderId?: string; toStaffName?: string } | { toStaffName: string; toContractId?: undefined };

const ref = (record: RaRecord) => ({ id: String(record.id), expectedVersion: Number(record.version) });

export const exitWorkflow = {
  decide: (record: RaRecord, decision: ExitDecision, comment: string) =>
    operation(DecideProviderExitDocument, { ...ref(record), decision, comment: comment.trim() || null }, (d) => d.decideProviderExit),
  reassign: (exitId: string, activityId: string, to: Reassignment) =>
    operation(
      ReassignActivityDocument,
      to.toContractId
        ? { exitId, activityId, toContractId: to.toContractId, toProviderId: to.toProviderId ?? null, toStaffName: to.toStaffName?.trim() || null }
        : { exitId, activityId, toStaffName: (to.toStaffName ?? '').trim() },
      (d) => d.reassignActivity,
    ),
  cancel: (exitId: string, activityId: string) => operation(CancelActivityDocument, { exitId, activityId }, (d) => d.cancelActivity),
  complete: (record: RaRecord) => operation(CompleteProviderExitDocument, ref(record), (d) => d.completeProviderExit),
};
