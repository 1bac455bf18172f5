import type { RaRecord } from 'react-admin';
import { ApiError } from './errors';
import type { CursorStep, Page } from './operation';

interface Connection<Row> {
  nodes: Row[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor?: string | null };
  totalCount: number;
}

interface CursorConnection {
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  totalCount: number;
}

/** A Relay connection as a react-admin page; the end cursor rides in `meta` for the paging layer. */
export function connectionPage<Row extends RaRecord>(connection: Connection<Row>): Page<Row> {
  return {
    data: connection.nodes,
    total: connection.totalCount,
    pageInfo: {
      hasNextPage: connection.pageInfo.hasNextPage,
      hasPreviousPage: connection.pageInfo.hasPreviousPage,
    },
    meta: { endCursor: connection.pageInfo.endCursor ?? null },
  };
}

export function cursorStep(connection: CursorConnection): CursorStep {
  return {
    endCursor: connection.pageInfo.endCursor ?? null,
    hasNextPage: connection.pageInfo.hasNextPage,
    total: connection.totalCount,
  };
}

/** Drops empty filter values (a cleared search box sends `''`), which the API would take literally. */
export function presentValues(filter: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(filter).filter(([, value]) => value !== undefined && value !== null && value !== ''));
}

/** A single-record query answered null without an error still means "not there" to the console. */
export function existing<Row>(row: Row | null | undefined, resource: string, id: unknown): Row {
  if (row == null) throw new ApiError({ code: 'NOT_FOUND', detail: `${resource} ${String(id)} does not exist` });
  return row;
}

/**
 * Compile-time check that a list of input field names covers every field of an input type, so a
 * field added to the SDL cannot be silently dropped by `pickFields`/`changedFields`.
 */
export type CoversAll<Input, Fields extends readonly string[]> =
  Exclude<keyof Input, Fields[number]> extends never ? Fields : { missing: Exclude<keyof Input, Fields[number]> };

/**
 * The listed keys of a react-admin filter that carry a value, as the API's filter input. Values are
 * passed as chosen (ids, enum names); anything else in the filter (the search box of another list,
 * react-admin's own keys) is dropped, since the API refuses unknown filter fields.
 */
export function pickFilter<Filter>(filter: Record<string, unknown>, keys: readonly (keyof Filter & string)[]): Filter {
  const present = presentValues(filter);
  return Object.fromEntries(keys.filter((key) => key in present).map((key) => [key, present[key]])) as Filter;
}
