import type { RaRecord } from 'react-admin';
import { changedFields, pickFields, withoutEmpty } from '../dataProvider/changes';
import { connectionPage, cursorStep, existing, pickFilter, type CoversAll } from '../dataProvider/connection';
import { operation, type PageRequest, type ResourceApi } from '../dataProvider/operation';
import {
  CreateProviderDocument,
  DeleteProviderDocument,
  ProviderCursorDocument,
  ProviderDocument,
  ProviderListDocument,
  ReinstateProviderDocument,
  ReviewProviderDocument,
  SubmitProviderForReviewDocument,
  SuspendProviderDocument,
  UpdateProviderDocument,
  type CreateProviderInput,
  type ProviderFilter,
  type ReviewDecision,
  type UpdateProviderInput,
} from '../generated/graphql';

const createFields = ['name', 'creditCode', 'kind', 'contactName', 'contactPhone', 'address', 'serviceCategories', 'qualifications', 'staff'] as const;
const updateFields = createFields;
// Fails to compile when the SDL gains an input field the console does not send yet.
const checkCreate: CoversAll<CreateProviderInput, typeof createFields> = createFields;
const checkUpdate: CoversAll<UpdateProviderInput, typeof updateFields> = updateFields;
void checkCreate;
void checkUpdate;

/** react-admin list filters (search box `q`, status, kind, category) as the API's ProviderFilter. */
export function toProviderFilter(filter: Record<string, unknown>): ProviderFilter {
  const { q, ...rest } = pickFilter<ProviderFilter>(filter, ['status', 'kind', 'serviceCategory', 'q']);
  const text = typeof q === 'string' ? q.trim() : '';
  return text ? { ...rest, q: text } : rest;
}

// Providers are sorted by name server-side and offer no other order.
const listVariables = ({ filter, first, after }: PageRequest) => ({ filter: toProviderFilter(filter), first, after });

/**
 * Qualifications are sent back as inputs: `validToday` is computed by the API and not accepted, and
 * an empty document choice means "none".
 */
function asInputs(data: Record<string, unknown>): Record<string, unknown> {
  if (!Array.isArray(data.qualifications)) return data;
  const qualifications = (data.qualifications as Record<string, unknown>[]).map(({ validToday: _computed, documentId, ...rest }) => ({
    ...rest,
    documentId: documentId || null,
  }));
  return { ...data, qualifications };
}

export function providerChanges(data: Record<string, unknown>, previous: Record<string, unknown>): UpdateProviderInput {
  return changedFields(asInputs(data), asInputs(previous), updateFields) as UpdateProviderInput;
}

export const providerApi: ResourceApi = {
  list: (request) => operation(ProviderListDocument, listVariables(request), (d) => connectionPage(d.providers)),
  cursor: (request) => operation(ProviderCursorDocument, listVariables(request), (d) => cursorStep(d.providers)),
  one: (id) => operation(ProviderDocument, { id: String(id) }, (d) => existing(d.provider, 'Provider', id)),
  create: (data) =>
    operation(CreateProviderDocument, { input: withoutEmpty(pickFields(asInputs(data), createFields)) as CreateProviderInput }, (d) => d.createProvider),
  changes: providerChanges,
  update: (id, data, previous) =>
    operation(
      UpdateProviderDocument,
      { id: String(id), input: providerChanges(data, previous), expectedVersion: Number(previous.version) },
      (d) => d.updateProvider,
    ),
  remove: (id) => operation(DeleteProviderDocument, { id: String(id) }, (d) => ({ id: d.deleteProvider })),
};

const ref = (record: RaRecord) => ({ id: String(record.id), expectedVersion: Number(record.version) });

/** The admission workflow (准入) steps; each sends the version read, so a stale page is refused. */
export const providerWorkflow = {
  submitForReview: (record: RaRecord) => operation(SubmitProviderForReviewDocument, ref(record), (d) => d.submitProviderForReview),
  review: (record: RaRecord, decision: ReviewDecision, comment: string) =>
    operation(ReviewProviderDocument, { ...ref(record), decision, comment: comment.trim() || null }, (d) => d.reviewProvider),
  suspend: (record: RaRecord, reason: string) =>
    operation(SuspendProviderDocument, { ...ref(record), reason: reason.trim() || null }, (d) => d.suspendProvider),
  reinstate: (record: RaRecord, comment: string) =>
    operation(ReinstateProviderDocument, { ...ref(record), comment: comment.trim() || null }, (d) => d.reinstateProvider),
};
