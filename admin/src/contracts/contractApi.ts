import type { RaRecord } from 'react-admin';
import { changedFields, pickFields, withoutEmpty } from '../dataProvider/changes';
import { connectionPage, cursorStep, existing, pickFilter, type CoversAll } from '../dataProvider/connection';
import { operation, type PageRequest, type ResourceApi } from '../dataProvider/operation';
import {
  ActivateContractDocument,
  ContractCursorDocument,
  ContractDocument,
  ContractListDocument,
  CreateContractDocument,
  DeleteContractDocument,
  SignContractDocument,
  TerminateContractDocument,
  UpdateContractDocument,
  type ContractFilter,
  type CreateContractInput,
  type UpdateContractInput,
} from '../generated/graphql';

const updateFields = ['serviceMethod', 'serviceContent', 'safetyMeasures', 'ratePerHour', 'hours', 'startDate', 'endDate'] as const;
const createFields = ['schoolId', 'providerId', 'termId', ...updateFields] as const;
// Fails to compile when the SDL gains an input field the console does not send yet.
const checkCreate: CoversAll<CreateContractInput, typeof createFields> = createFields;
const checkUpdate: CoversAll<UpdateContractInput, typeof updateFields> = updateFields;
void checkCreate;
void checkUpdate;

/** Today plus `days`, as an API `Date` in school-local time (Asia/Shanghai). */
export function dateInDays(days: number, now = new Date()): string {
  const shifted = new Date(now.getTime() + days * 86_400_000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(shifted);
}

/**
 * react-admin list filters as the API's ContractFilter. The quick filter `expiringSoon` becomes
 * "ends within 30 days" (`endsOnOrBefore`), and only counts contracts still in force.
 */
export function toContractFilter(filter: Record<string, unknown>, now = new Date()): ContractFilter {
  const picked = pickFilter<ContractFilter>(filter, ['schoolId', 'providerId', 'termId', 'status', 'endsOnOrBefore']);
  if (filter.expiringSoon !== true) return picked;
  return { status: 'ACTIVE', ...picked, endsOnOrBefore: dateInDays(30, now) };
}

const listVariables = ({ filter, first, after }: PageRequest) => ({ filter: toContractFilter(filter), first, after });

export function contractChanges(data: Record<string, unknown>, previous: Record<string, unknown>): UpdateContractInput {
  return changedFields(data, previous, updateFields) as UpdateContractInput;
}

export const contractApi: ResourceApi = {
  list: (request) => operation(ContractListDocument, listVariables(request), (d) => connectionPage(d.contracts)),
  cursor: (request) => operation(ContractCursorDocument, listVariables(request), (d) => cursorStep(d.contracts)),
  referenceFilter: (target, id) => ({ [target]: id }),
  one: (id) => operation(ContractDocument, { id: String(id) }, (d) => existing(d.contract, 'Contract', id)),
  create: (data) => operation(CreateContractDocument, { input: withoutEmpty(pickFields(data, createFields)) as CreateContractInput }, (d) => d.createContract),
  changes: contractChanges,
  update: (id, data, previous) =>
    operation(
      UpdateContractDocument,
      { id: String(id), input: contractChanges(data, previous), expectedVersion: Number(previous.version) },
      (d) => d.updateContract,
    ),
  remove: (id) => operation(DeleteContractDocument, { id: String(id) }, (d) => ({ id: d.deleteContract })),
};

const ref = (record: RaRecord) => ({ id: String(record.id), expectedVersion: Number(record.version) });

/** The contract lifecycle: DRAFT → SIGNED → ACTIVE → TERMINATED. */
export const contractWorkflow = {
  sign: (record: RaRecord, signedDocumentId: string | null) => operation(SignContractDocument, { ...ref(record), signedDocumentId }, (d) => d.signContract),
  activate: (record: RaRecord) => operation(ActivateContractDocument, ref(record), (d) => d.activateContract),
  terminate: (record: RaRecord, reason: string) => operation(TerminateContractDocument, { ...ref(record), reason: reason.trim() }, (d) => d.terminateContract),
};
