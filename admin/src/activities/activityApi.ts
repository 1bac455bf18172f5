import { changedFields, pickFields, withoutEmpty } from '../dataProvider/changes';
import { connectionPage, cursorStep, existing, pickFilter, type CoversAll } from '../dataProvider/connection';
import { operation, type PageRequest, type ResourceApi } from '../dataProvider/operation';
import {
  ActivityCursorDocument,
  ActivityDocument,
  ActivityListDocument,
  CreateActivityDocument,
  DeleteActivityDocument,
  UpdateActivityDocument,
  type ActivityFilter,
  type CreateActivityInput,
  type UpdateActivityInput,
} from '../generated/graphql';

const commonFields = [
  'weekday',
  'startTime',
  'endTime',
  'title',
  'category',
  'venue',
  'segment',
  'staffName',
  'staffId',
  'providerId',
  'contractId',
  'grades',
  'capacity',
  'enrolledCount',
] as const;
const createFields = ['termId', ...commonFields] as const;
const updateFields = [...commonFields, 'status'] as const;
// Fails to compile when the SDL gains an input field the console does not send yet.
const checkCreate: CoversAll<CreateActivityInput, typeof createFields> = createFields;
const checkUpdate: CoversAll<UpdateActivityInput, typeof updateFields> = updateFields;
void checkCreate;
void checkUpdate;

const filterKeys = ['schoolId', 'termId', 'providerId', 'contractId', 'weekday', 'category', 'status'] as const;

/** react-admin list filters as the API's ActivityFilter (the API orders a term's rows by weekday and time). */
export const toActivityFilter = (filter: Record<string, unknown>) => pickFilter<ActivityFilter>(filter, filterKeys);

const listVariables = ({ filter, first, after }: PageRequest) => ({ filter: toActivityFilter(filter), first, after });

/**
 * The person in charge is school staff or a provider under its contract (form field `runBy`).
 * Choosing staff clears provider and contract (null tells the API to drop them). A provider comes
 * with its contract: when the contract changes, the API takes the provider from it.
 */
export function personInCharge(data: Record<string, unknown>, previous?: Record<string, unknown>): Record<string, unknown> {
  if (data.runBy === 'STAFF') return { ...data, providerId: null, contractId: null };
  if (data.runBy === 'PROVIDER' && data.contractId !== previous?.contractId) return { ...data, providerId: null, staffId: null };
  return data;
}

export function activityChanges(data: Record<string, unknown>, previous: Record<string, unknown>): UpdateActivityInput {
  return changedFields(personInCharge(data, previous), previous, updateFields) as UpdateActivityInput;
}

export const activityApi: ResourceApi = {
  list: (request) => operation(ActivityListDocument, listVariables(request), (d) => connectionPage(d.activities)),
  cursor: (request) => operation(ActivityCursorDocument, listVariables(request), (d) => cursorStep(d.activities)),
  referenceFilter: (target, id) => ({ [target]: id }),
  one: (id) => operation(ActivityDocument, { id: String(id) }, (d) => existing(d.activity, 'Activity', id)),
  create: (data) =>
    operation(CreateActivityDocument, { input: withoutEmpty(pickFields(personInCharge(data), createFields)) as CreateActivityInput }, (d) => d.createActivity),
  changes: activityChanges,
  update: (id, data, previous) =>
    operation(
      UpdateActivityDocument,
      { id: String(id), input: activityChanges(data, previous), expectedVersion: Number(previous.version) },
      (d) => d.updateActivity,
    ),
  remove: (id) => operation(DeleteActivityDocument, { id: String(id) }, (d) => ({ id: d.deleteActivity })),
};
