import { CREATE, DELETE, GET_LIST, GET_MANY, GET_MANY_REFERENCE, GET_ONE, UPDATE, type Identifier, type RaRecord, type SortPayload } from 'react-admin';
import { mapResult, type Operation, type PageRequest, type ResourceApi, type ResourceApis } from './operation';

const asData = <T>(data: T) => ({ data });

/**
 * What the paging layer (withCursorPaging) adds to list params: the cursor to start after, and
 * whether only the end cursor is wanted.
 */
export interface CursorMeta {
  after?: string | null;
  cursorOnly?: boolean;
}

/** The params react-admin passes, narrowed to what the mapping reads. */
export interface QueryParams {
  id?: Identifier;
  ids?: Identifier[];
  target?: string;
  data?: Record<string, unknown>;
  previousData?: RaRecord;
  filter?: Record<string, unknown>;
  sort?: SortPayload;
  pagination?: { page: number; perPage: number };
  meta?: CursorMeta;
}

export class UnsupportedOperationError extends Error {
  constructor(fetchType: string, resource: string) {
    super(`The API offers no ${fetchType} for "${resource}"`);
    this.name = 'UnsupportedOperationError';
  }
}

function needed<T>(value: T | undefined, fetchType: string, resource: string): T {
  if (value === undefined) throw new UnsupportedOperationError(fetchType, resource);
  return value;
}

function pageRequest(params: QueryParams, filter: Record<string, unknown>): PageRequest {
  return {
    filter,
    sort: params.sort,
    first: params.pagination?.perPage ?? 25,
    after: params.meta?.after ?? null,
  };
}

function listOperation(api: ResourceApi, fetchType: string, resource: string, request: PageRequest, cursorOnly: boolean) {
  return cursorOnly ? needed(api.cursor, fetchType, resource)(request) : needed(api.list, fetchType, resource)(request);
}

/**
 * Maps a react-admin call to one API operation. Pure: no network, no state. The cursor comes in
 * through `params.meta` from the paging layer, which is the only place that knows page history.
 */
export function buildOperation(apis: ResourceApis, fetchType: string, resource: string, params: QueryParams): Operation<unknown> {
  const api = apis[resource];
  if (!api) throw new UnsupportedOperationError(fetchType, resource);
  const cursorOnly = params.meta?.cursorOnly === true;
  switch (fetchType) {
    case GET_LIST:
      return listOperation(api, fetchType, resource, pageRequest(params, params.filter ?? {}), cursorOnly);
    case GET_MANY_REFERENCE: {
      const referenceFilter = needed(api.referenceFilter, fetchType, resource);
      const filter = { ...params.filter, ...referenceFilter(params.target ?? '', params.id ?? '') };
      return listOperation(api, fetchType, resource, pageRequest(params, filter), cursorOnly);
    }
    // react-admin wants `{ data }` around single records and id lists; list pages already have it.
    case GET_ONE:
      return mapResult(api.one(params.id ?? ''), asData);
    case GET_MANY:
      return mapResult(needed(api.many, fetchType, resource)(params.ids ?? []), asData);
    case CREATE:
      return mapResult(needed(api.create, fetchType, resource)(params.data ?? {}), asData);
    case UPDATE:
      if (!params.previousData) throw new Error(`update of ${resource} needs previousData for expectedVersion`);
      return mapResult(needed(api.update, fetchType, resource)(params.id ?? '', params.data ?? {}, params.previousData), asData);
    case DELETE:
      return mapResult(needed(api.remove, fetchType, resource)(params.id ?? ''), asData);
    default:
      throw new UnsupportedOperationError(fetchType, resource);
  }
}

/** The `buildQuery` factory ra-data-graphql expects (introspection is off, so its argument is unused). */
export const buildQueryFactory = (apis: ResourceApis) => () => (fetchType: string, resource: string, params: QueryParams) =>
  buildOperation(apis, fetchType, resource, params);
