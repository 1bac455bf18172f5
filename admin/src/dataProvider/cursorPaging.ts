import type { CursorStep, Page } from './operation';

/** The API refuses `first` above this (see `schools(first:)` in the SDL). */
export const MAX_PAGE_SIZE = 100;

/** A JSON key that does not depend on property order, so equal filters share cursors. */
export function stableKey(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableKey).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableKey(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

interface CachedList {
  resource: string;
  /** Cursor after the first N rows of the list, by N. Offsets, not page numbers, so a new page size reuses them. */
  cursors: Map<number, string>;
}

/**
 * Remembers, per list (resource + filter + sort), where each fetched page ended, so page N+1 is
 * requested `after` the end cursor of page N. Cursors are opaque: they cannot be computed, only kept.
 */
export class CursorCache {
  private readonly lists = new Map<string, CachedList>();

  constructor(private readonly maxLists = 50) {}

  /** The known cursor closest before `offset` (offset 0 needs none). */
  nearest(key: string, offset: number): { offset: number; after: string | null } {
    let best = { offset: 0, after: null as string | null };
    const list = this.lists.get(key);
    if (!list) return best;
    for (const [known, cursor] of list.cursors) {
      if (known <= offset && known > best.offset) best = { offset: known, after: cursor };
    }
    return best;
  }

  remember(resource: string, key: string, offset: number, cursor: string): void {
    let list = this.lists.get(key);
    if (list) {
      this.lists.delete(key); // re-insert below: Map order doubles as least-recently-used order
    } else {
      list = { resource, cursors: new Map() };
    }
    list.cursors.set(offset, cursor);
    this.lists.set(key, list);
    while (this.lists.size > this.maxLists) {
      const oldest = this.lists.keys().next().value;
      if (oldest === undefined) break;
      this.lists.delete(oldest);
    }
  }

  /** After a create, update or delete, page boundaries of that resource's lists may have moved. */
  forget(resource: string): void {
    for (const [key, list] of this.lists) {
      if (list.resource === resource) this.lists.delete(key);
    }
  }

  size(key: string): number {
    return this.lists.get(key)?.cursors.size ?? 0;
  }
}

/** Row counts to skip from `from` to `to`, each within the API's page-size limit. */
export function skipChunks(from: number, to: number, max = MAX_PAGE_SIZE): number[] {
  const chunks: number[] = [];
  for (let left = to - from; left > 0; left -= max) chunks.push(Math.min(left, max));
  return chunks;
}

export interface PageFetchers {
  fetchPage: (after: string | null, first: number) => Promise<Page>;
  /** Requests only the end cursor after `first` rows: used to jump to a page never visited. */
  fetchCursor: (after: string | null, first: number) => Promise<CursorStep>;
}

/**
 * Fetches page `page` of a list. Visited pages cost one request; a jump to an unvisited page first
 * skips ahead with cursor-only requests (rows are never transferred, and never all loaded).
 */
export async function fetchPageAt(
  cache: CursorCache,
  list: { resource: string; key: string },
  { page, perPage }: { page: number; perPage: number },
  fetchers: PageFetchers,
): Promise<Page> {
  const target = (page - 1) * perPage;
  let { offset, after } = cache.nearest(list.key, target);
  for (const size of skipChunks(offset, target)) {
    const step = await fetchers.fetchCursor(after, size);
    if (!step.endCursor || !step.hasNextPage) {
      // The list ends before the requested page: an empty page, with the real total for the pager.
      return {
        data: [],
        total: step.total,
        pageInfo: { hasNextPage: false, hasPreviousPage: page > 1 },
        meta: { endCursor: null },
      };
    }
    offset += size;
    after = step.endCursor;
    cache.remember(list.resource, list.key, offset, after);
  }
  const result = await fetchers.fetchPage(after, perPage);
  if (result.meta.endCursor && result.data.length > 0) {
    cache.remember(list.resource, list.key, target + result.data.length, result.meta.endCursor);
  }
  return { ...result, pageInfo: { ...result.pageInfo, hasPreviousPage: page > 1 } };
}
