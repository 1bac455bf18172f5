import { describe, expect, it } from 'vitest';
import { collectAll, createClient, paginate, SchoolsDocument } from '../src';
import { fakeFetch } from './fakeApi';

/** A connection of `total` schools served `first` at a time, cursors being positions. */
function schoolsApi(total: number) {
  return fakeFetch(({ variables }) => {
    const start = variables.after ? Number(variables.after) : 0;
    const first = Number(variables.first);
    const nodes = Array.from({ length: Math.max(0, Math.min(first, total - start)) }, (_, i) => ({ id: `s${start + i}` }));
    const end = start + nodes.length;
    return { json: { data: { schools: { nodes, pageInfo: { hasNextPage: end < total, endCursor: nodes.length ? String(end) : null } } } } };
  });
}

describe('paging helpers', () => {
  it('follows endCursor until the last page and keeps the filter on every request', async () => {
    const api = schoolsApi(5);
    const client = createClient({ url: 'http://api/graphql', fetch: api.impl });
    const ids = (await collectAll(client, SchoolsDocument, { filter: { q: '城关' } }, (data) => data.schools, { pageSize: 2 })).map((s) => s.id);
    expect(ids).toEqual(['s0', 's1', 's2', 's3', 's4']);
    expect(api.calls.map((call) => call.body.variables)).toEqual([
      { filter: { q: '城关' }, first: 2 },
      { filter: { q: '城关' }, first: 2, after: '2' },
      { filter: { q: '城关' }, first: 2, after: '4' },
    ]);
  });

  it('asks for the next page only when the caller wants more, at the maximum page size by default', async () => {
    const api = schoolsApi(250);
    const client = createClient({ url: 'http://api/graphql', fetch: api.impl });
    const seen: string[] = [];
    for await (const school of paginate(client, SchoolsDocument, {}, (data) => data.schools)) {
      seen.push(school.id);
      if (seen.length === 3) break;
    }
    expect(seen).toEqual(['s0', 's1', 's2']);
    expect(api.calls.map((call) => call.body.variables.first)).toEqual([100]);
  });

  it('refuses to collect more than the limit', async () => {
    const client = createClient({ url: 'http://api/graphql', fetch: schoolsApi(30).impl });
    await expect(collectAll(client, SchoolsDocument, {}, (data) => data.schools, { pageSize: 10, limit: 25 })).rejects.toThrow(RangeError);
  });
});
