import { beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '../src/auth/viewer';
import { forbidden } from '../src/core/errors';
import { staticPage, type Page } from '../src/db/paging';
import { seedDemo } from '../src/local/seed/seedDemo';
import { createConnectionLoaders } from '../src/server/connectionLoaders';
import type { Services } from '../src/server/services';
import { createTestApi, createTestDb, schoolAdminOf, type TestApi } from './support/api';
import { recordCommands } from './support/commandLog';

/**
 * Nested connections (School.terms, Provider.contracts/evaluations/documents) go through per-request loaders
 * (connectionLoaders.ts): the same pages as the root lists, access rules included, each parent's page fetched once
 * per request, and `totalCount` without a COUNT Query when the page already holds the whole list.
 */
let api: TestApi;
const calls: string[] = [];
let schoolIds: string[] = [];
let twoTermSchool = '';

beforeAll(async () => {
  const db = await createTestDb();
  recordCommands(db.client, calls, (name, input) => `${name}${input.Select === 'COUNT' ? ' COUNT' : ''}`);
  api = await createTestApi(db);
  await seedDemo(api.services);
  schoolIds = (await api.exec('{ schools(first: 20) { nodes { id } } }')).data!.schools.nodes.map((s: { id: string }) => s.id);
  twoTermSchool = schoolIds[0];
  const created = await api.exec(
    'mutation($s: ID!) { createTerm(input: { schoolId: $s, schoolYear: "2025-2026", semester: 2, startDate: "2026-02-16", endDate: "2026-07-03" }) { id } }',
    { s: twoTermSchool },
  );
  expect(created.errors).toBeUndefined();
}, 120_000);

async function run(query: string, viewer?: Viewer) {
  calls.length = 0;
  const result = await api.exec(query, {}, viewer);
  expect(result.errors, query).toBeUndefined();
  return { data: result.data!, calls: [...calls] };
}

describe('nested connections', () => {
  it('give the same pages as the root lists', async () => {
    const { data } = await run(`{
      schools(first: 10) { nodes { id terms(first: 5) { totalCount pageInfo { hasNextPage } nodes { id schoolYear } } } }
      providers(first: 10) { nodes { id contracts(first: 3) { totalCount nodes { id } } evaluations(first: 3) { totalCount nodes { id } } documents { id } } }
    }`);
    for (const school of data.schools.nodes) {
      const root = (await run(`{ terms(first: 5, filter: { schoolId: "${school.id}" }) { totalCount pageInfo { hasNextPage } nodes { id schoolYear } } }`)).data
        .terms;
      expect(school.terms).toEqual(root);
    }
    for (const provider of data.providers.nodes) {
      const root = (
        await run(`{
        contracts(first: 3, filter: { providerId: "${provider.id}" }) { totalCount nodes { id } }
        evaluations(first: 3, filter: { providerId: "${provider.id}" }) { totalCount nodes { id } }
        documents(ownerId: "${provider.id}") { id }
      }`)
      ).data;
      expect({ contracts: provider.contracts, evaluations: provider.evaluations, documents: provider.documents }).toEqual(root);
    }
    expect(data.schools.nodes.find((s: { id: string }) => s.id === twoTermSchool).terms.totalCount).toBe(2);
  });

  it('apply the viewer’s access rules exactly as the root lists do', async () => {
    const viewer = schoolAdminOf(schoolIds[1]);
    const nested = (await run('{ providers(first: 10) { nodes { id contracts(first: 10) { totalCount nodes { id schoolId } } } } }', viewer)).data;
    expect(nested.providers.nodes.length).toBeGreaterThan(0);
    for (const provider of nested.providers.nodes) {
      const root = (await run(`{ contracts(first: 10, filter: { providerId: "${provider.id}" }) { totalCount nodes { id schoolId } } }`, viewer)).data
        .contracts;
      expect(provider.contracts).toEqual(root);
    }
  });

  it('count a kept list without a COUNT Query, and read it once however often it is asked', async () => {
    const whole = await run(`{ schools(first: 5) { nodes { terms(first: 20) { totalCount } } } }`);
    expect(whole.calls.filter((c) => c.endsWith('COUNT'))).toEqual([]);
    // The schools' Query alone: each school holds copies of its terms (schools/termCopies.ts).
    expect(whole.calls).toEqual(['QueryCommand']);

    // One term per page of a two-term school: the total comes from the school's copies, not a COUNT Query.
    const partial = await run(`{ school(id: "${twoTermSchool}") { a: terms(first: 1) { totalCount nodes { id } } b: terms(first: 1) { totalCount } } }`);
    expect(partial.data.school.a.totalCount).toBe(2);
    expect(partial.data.school.b.totalCount).toBe(2);
    expect(partial.calls).toEqual(['GetItemCommand']);
  });
});

describe('connection loaders', () => {
  const viewer: Viewer = { sub: 'd', role: 'DISTRICT_ADMIN' };
  const fake = (list: (input: { filter: { schoolId: string } }) => Promise<Page<{ id: string }>>) =>
    ({ terms: { list: (_v: unknown, input: { filter: { schoolId: string } }) => list(input) } }) as unknown as Services;

  it('start every parent’s page at once and give each parent its own result or error', async () => {
    let inFlight = 0;
    let most = 0;
    const loaders = createConnectionLoaders(
      fake(async ({ filter }) => {
        most = Math.max(most, ++inFlight);
        await new Promise((resolve) => setTimeout(resolve, 5));
        inFlight--;
        if (filter.schoolId === 'forbidden') throw forbidden('not yours');
        return staticPage([{ id: `${filter.schoolId}-term` }]);
      }),
    );
    const results = await Promise.allSettled(['a', 'forbidden', 'b'].map((parentId) => loaders.schoolTerms.load({ viewer, parentId, first: 5 })));
    expect(most).toBe(3);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect((results[1] as PromiseRejectedResult).reason.extensions.code).toBe('FORBIDDEN');
    expect((results[2] as PromiseFulfilledResult<Page<{ id: string }>>).value.items[0].record.id).toBe('b-term');
  });

  it('fetch the same parent and page once per request, and each request afresh', async () => {
    let fetched = 0;
    const services = fake(async () => (fetched++, staticPage([])));
    const request = createConnectionLoaders(services);
    await Promise.all([request.schoolTerms.load({ viewer, parentId: 'a', first: 5 }), request.schoolTerms.load({ viewer, parentId: 'a', first: 5 })]);
    await request.schoolTerms.load({ viewer, parentId: 'a', first: 10 });
    expect(fetched).toBe(2);
    await createConnectionLoaders(services).schoolTerms.load({ viewer, parentId: 'a', first: 5 });
    expect(fetched).toBe(3);
  });
});
