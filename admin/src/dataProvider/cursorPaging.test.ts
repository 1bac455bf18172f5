import { describe, expect, it, vi } from 'vitest';
import { CursorCache, fetchPageAt, skipChunks, stableKey, type PageFetchers } from './cursorPaging';
import type { Page } from './operation';

const page = (ids: number[], endCursor: string | null, hasNextPage: boolean, total = 500): Page => ({
  data: ids.map((id) => ({ id })),
  total,
  pageInfo: { hasNextPage, hasPreviousPage: false },
  meta: { endCursor },
});

/** A fake API over `total` rows whose cursors are `at:<offset>` (opaque to the code under test). */
function fakeApi(total: number): PageFetchers & { fetchPage: ReturnType<typeof vi.fn>; fetchCursor: ReturnType<typeof vi.fn> } {
  const start = (after: string | null) => (after ? Number(after.slice(3)) : 0);
  return {
    fetchPage: vi.fn(async (after: string | null, first: number) => {
      const from = start(after);
      const to = Math.min(from + first, total);
      const ids = Array.from({ length: Math.max(to - from, 0) }, (_, i) => from + i);
      return page(ids, ids.length ? `at:${to}` : null, to < total, total);
    }),
    fetchCursor: vi.fn(async (after: string | null, first: number) => {
      const to = Math.min(start(after) + first, total);
      return { endCursor: to > start(after) ? `at:${to}` : null, hasNextPage: to < total, total };
    }),
  };
}

describe('stableKey', () => {
  it('ignores property order and undefined values', () => {
    expect(stableKey({ a: 1, b: [1, { d: 2, c: 3 }] })).toBe(stableKey({ b: [1, { c: 3, d: 2 }], a: 1, e: undefined }));
    expect(stableKey({ a: 1 })).not.toBe(stableKey({ a: 2 }));
  });
});

describe('skipChunks', () => {
  it('splits a skip into requests within the page-size limit', () => {
    expect(skipChunks(0, 250)).toEqual([100, 100, 50]);
    expect(skipChunks(20, 40)).toEqual([20]);
    expect(skipChunks(40, 40)).toEqual([]);
  });
});

describe('CursorCache', () => {
  it('finds the closest known cursor before an offset', () => {
    const cache = new CursorCache();
    cache.remember('schools', 'k', 10, 'c10');
    cache.remember('schools', 'k', 30, 'c30');
    expect(cache.nearest('k', 0)).toEqual({ offset: 0, after: null });
    expect(cache.nearest('k', 20)).toEqual({ offset: 10, after: 'c10' });
    expect(cache.nearest('k', 30)).toEqual({ offset: 30, after: 'c30' });
    expect(cache.nearest('other', 30)).toEqual({ offset: 0, after: null });
  });

  it('forgets the lists of one resource only', () => {
    const cache = new CursorCache();
    cache.remember('schools', 's', 10, 'c');
    cache.remember('terms', 't', 10, 'c');
    cache.forget('schools');
    expect(cache.size('s')).toBe(0);
    expect(cache.size('t')).toBe(1);
  });

  it('evicts the least recently used list beyond its capacity', () => {
    const cache = new CursorCache(2);
    cache.remember('r', 'a', 10, 'c');
    cache.remember('r', 'b', 10, 'c');
    cache.remember('r', 'a', 20, 'c'); // touches a
    cache.remember('r', 'c', 10, 'c');
    expect(cache.size('b')).toBe(0);
    expect(cache.size('a')).toBe(2);
  });
});

describe('fetchPageAt', () => {
  const list = { resource: 'schools', key: 'k' };

  it('fetches page N+1 after the end cursor of page N, without skipping requests', async () => {
    const cache = new CursorCache();
    const api = fakeApi(95);
    await fetchPageAt(cache, list, { page: 1, perPage: 10 }, api);
    const second = await fetchPageAt(cache, list, { page: 2, perPage: 10 }, api);
    expect(api.fetchPage).toHaveBeenNthCalledWith(1, null, 10);
    expect(api.fetchPage).toHaveBeenNthCalledWith(2, 'at:10', 10);
    expect(api.fetchCursor).not.toHaveBeenCalled();
    expect(second.data.map((r) => r.id)).toEqual([10, 11, 12, 13, 14, 15, 16, 17, 18, 19]);
    expect(second.pageInfo).toEqual({ hasNextPage: true, hasPreviousPage: true });
  });

  it('jumps to an unvisited page with cursor-only requests from the nearest known cursor', async () => {
    const cache = new CursorCache();
    const api = fakeApi(500);
    await fetchPageAt(cache, list, { page: 1, perPage: 50 }, api);
    const fifth = await fetchPageAt(cache, list, { page: 5, perPage: 50 }, api);
    expect(api.fetchCursor.mock.calls).toEqual([
      ['at:50', 100],
      ['at:150', 50],
    ]);
    expect(api.fetchPage).toHaveBeenLastCalledWith('at:200', 50);
    expect(fifth.data[0]).toEqual({ id: 200 });
    // Going back one page now costs a single request: the skip remembered the cursor at 150.
    await fetchPageAt(cache, list, { page: 4, perPage: 50 }, api);
    expect(api.fetchPage).toHaveBeenLastCalledWith('at:150', 50);
    expect(api.fetchCursor).toHaveBeenCalledTimes(2);
  });

  it('returns an empty page with the real total when the list ends before the page', async () => {
    const cache = new CursorCache();
    const api = fakeApi(15);
    const result = await fetchPageAt(cache, list, { page: 3, perPage: 10 }, api);
    expect(result).toMatchObject({ data: [], total: 15, pageInfo: { hasNextPage: false, hasPreviousPage: true } });
    expect(api.fetchPage).not.toHaveBeenCalled();
  });
});
