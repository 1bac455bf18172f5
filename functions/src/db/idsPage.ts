import { badInput } from '../core/errors';
import { staticPage, type Page } from './paging';

/**
 * The `ids` filter of a list: the records fetched by id (BatchGetItem), keeping only those the viewer may read and
 * that pass the list's other filters — the same page shape as a Query, so clients need no special case.
 */
export async function idsPage<T>(
  ids: readonly string[],
  getMany: (ids: readonly string[]) => Promise<(T | undefined)[]>,
  keep: (record: T) => boolean,
): Promise<Page<T>> {
  if (ids.length > 100) throw badInput('filter.ids', 'filter.ids takes at most 100 ids');
  const records = await getMany([...new Set(ids)]);
  return staticPage(records.filter((record): record is T => record !== undefined && keep(record)));
}

/** Whether a record matches the equality filters given (unset filters match everything). */
export const matchesFilters = (record: object, filters: Record<string, unknown>) =>
  Object.entries(filters).every(([name, value]) => value === undefined || value === null || (record as Record<string, unknown>)[name] === value);
