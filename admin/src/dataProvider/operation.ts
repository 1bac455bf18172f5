import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { Identifier, RaRecord, SortPayload } from 'react-admin';

/**
 * One GraphQL request as ra-data-graphql runs it: the document, its variables and how to turn the
 * response into what react-admin expects. Built only through `operation()` so the variables and the
 * parser are checked against the generated document types.
 */
export interface Operation<Result> {
  query: TypedDocumentNode<unknown, Record<string, unknown>>;
  variables: Record<string, unknown>;
  parseResponse: (response: { data?: unknown }) => Result;
}

export function operation<Data, Variables extends Record<string, unknown>, Result>(
  document: TypedDocumentNode<Data, Variables>,
  variables: Variables,
  parse: (data: Data) => Result,
): Operation<Result> {
  return {
    query: document as TypedDocumentNode<unknown, Record<string, unknown>>,
    variables,
    // Apollo returns `data` shaped by `document`; its typed-document generic is what guarantees Data here.
    parseResponse: (response) => parse(response.data as Data),
  };
}

/** What a list or reference page request carries once react-admin's paging is turned into a cursor. */
export interface PageRequest {
  filter: Record<string, unknown>;
  sort?: SortPayload;
  first: number;
  after: string | null;
}

/** One page of a connection, in react-admin's shape plus the cursor to continue after it. */
export interface Page<Row extends RaRecord = RaRecord> {
  data: Row[];
  total: number;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean };
  meta: { endCursor: string | null };
}

/** The result of a cursor-only request: enough to skip ahead without transferring rows. */
export interface CursorStep {
  endCursor: string | null;
  hasNextPage: boolean;
  total: number;
}

/**
 * How one react-admin resource maps onto the API. Operations a resource lacks are refused with a
 * clear error instead of being guessed.
 */
export interface ResourceApi {
  list?: (request: PageRequest) => Operation<Page>;
  cursor?: (request: PageRequest) => Operation<CursorStep>;
  one: (id: Identifier) => Operation<RaRecord>;
  /** Batch fetch by ids; without it getMany falls back to one request per id. */
  many?: (ids: Identifier[]) => Operation<RaRecord[]>;
  /** Filter for getManyReference (e.g. terms of a school: `{ schoolId }`). */
  referenceFilter?: (target: string, id: Identifier) => Record<string, unknown>;
  create?: (data: Record<string, unknown>) => Operation<RaRecord>;
  /** The input an update would send: only the fields that differ from `previous`. */
  changes?: (data: Record<string, unknown>, previous: RaRecord) => Record<string, unknown>;
  update?: (id: Identifier, data: Record<string, unknown>, previous: RaRecord) => Operation<RaRecord>;
  remove?: (id: Identifier) => Operation<{ id: Identifier }>;
}

export type ResourceApis = Record<string, ResourceApi>;

/** The same request with its parsed result reshaped (e.g. a record into react-admin's `{ data }`). */
export function mapResult<A, B>(op: Operation<A>, map: (result: A) => B): Operation<B> {
  return { ...op, parseResponse: (response) => map(op.parseResponse(response)) };
}
