import type { Page } from './paging';

/**
 * Every record of a paged list, following cursors. Only for lists bounded by the district's size (a school's
 * contracts, a provider's activities, the district's schools), never for lists that grow with children or answers.
 */
export async function allRecords<T>(list: (after: string | null) => Promise<Page<T>>): Promise<T[]> {
  const rows: T[] = [];
  let after: string | null = null;
  do {
    const page = await list(after);
    rows.push(...page.items.map((item) => item.record));
    after = page.hasNextPage ? (page.items.at(-1)?.cursor ?? null) : null;
  } while (after);
  return rows;
}
