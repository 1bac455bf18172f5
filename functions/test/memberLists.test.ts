import { beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '../src/auth/viewer';
import { createTestApi, districtAdmin, schoolAdminOf, type TestApi } from './support/api';
import { recordCommands } from './support/commandLog';
import { approvedProvider, createContract, createSchool, createTerm } from './support/domain';
import { CONNECTION, evaluationInput, okData, recordEvaluation, requestDocument, walkBoth } from './support/memberFixtures';

/**
 * Kept member lists (db/memberLists.ts): a school's terms and a provider's contracts, evaluations and documents are
 * answered from the ids their parent keeps — the same pages, order, cursors and totals as the root lists, whatever
 * `first` and `after`, after creates, deletes and changes of order — with calls that do not grow with the parents.
 */
let api: TestApi;
const calls: string[] = [];
let schoolId = '';
let otherSchoolId = '';
let providerId = '';
const termIds: string[] = [];

const termOf = (year: number, semester: 1 | 2) => ({
  schoolYear: `${year}-${year + 1}`,
  semester,
  startDate: semester === 1 ? `${year}-09-01` : `${year + 1}-02-16`,
  endDate: semester === 1 ? `${year + 1}-01-22` : `${year + 1}-07-03`,
  excludedDates: [],
});

beforeAll(async () => {
  api = await createTestApi();
  recordCommands(api.db.client, calls, (name, input) => `${name}${input.Select === 'COUNT' ? ' COUNT' : ''}`);
  schoolId = (await createSchool(api)).id;
  otherSchoolId = (await createSchool(api)).id;
  for (const [year, semester] of [
    [2023, 1],
    [2024, 2],
    [2023, 2],
    [2025, 1],
    [2024, 1],
  ] as const) {
    termIds.push((await createTerm(api, schoolId, termOf(year, semester))).id);
  }
  const otherTerm = (await createTerm(api, otherSchoolId, termOf(2025, 1))).id;
  // First by name (Latin before Chinese), so `providers(first: 1)` is the provider with every kind of child.
  providerId = (await approvedProvider(api, { name: 'A 测试体育培训中心' })).id;
  for (let i = 0; i < 4; i++) await createContract(api, i % 2 ? otherSchoolId : schoolId, i % 2 ? otherTerm : termIds[3], providerId);
  for (const date of ['2026-03-02', '2026-05-11', '2026-04-20']) await recordEvaluation(api, evaluationInput(providerId, schoolId, date));
  await recordEvaluation(api, evaluationInput(providerId, otherSchoolId, '2026-04-01'));
  for (const name of ['营业执照.pdf', '场地证明.pdf', '教练证.pdf']) await requestDocument(api, providerId, name);
}, 120_000);

const schoolTerms = (viewer?: Viewer) => async (first: number, after: string | null) =>
  (
    await okData(
      api,
      `query($id: ID!, $first: Int, $after: String) { school(id: $id) { terms(first: $first, after: $after) { ${CONNECTION} } } }`,
      { id: schoolId, first, after },
      viewer,
    )
  ).school.terms;
const rootTerms = (viewer?: Viewer) => async (first: number, after: string | null) =>
  (
    await okData(
      api,
      `query($s: ID!, $first: Int, $after: String) { terms(first: $first, after: $after, filter: { schoolId: $s }) { ${CONNECTION} } }`,
      { s: schoolId, first, after },
      viewer,
    )
  ).terms;

const providerList = (field: 'contracts' | 'evaluations', viewer?: Viewer) => async (first: number, after: string | null) =>
  (
    await okData(
      api,
      `query($id: ID!, $first: Int, $after: String) { provider(id: $id) { ${field}(first: $first, after: $after) { ${CONNECTION} } } }`,
      { id: providerId, first, after },
      viewer,
    )
  ).provider[field];
const rootList = (field: 'contracts' | 'evaluations', viewer?: Viewer) => async (first: number, after: string | null) =>
  (
    await okData(
      api,
      `query($p: ID!, $first: Int, $after: String) { ${field}(first: $first, after: $after, filter: { providerId: $p }) { ${CONNECTION} } }`,
      { p: providerId, first, after },
      viewer,
    )
  )[field];

async function termsEverywhere(viewer?: Viewer) {
  const orders = [];
  for (const first of [1, 2, 3, 5, 20]) orders.push(await walkBoth(first, schoolTerms(viewer), rootTerms(viewer)));
  for (const order of orders) expect(order).toEqual(orders[0]);
  return orders[0];
}

describe('kept member lists', () => {
  it('page a school’s terms exactly as the root list, through creates, deletes and a changed school year', async () => {
    expect(await termsEverywhere()).toHaveLength(5);
    calls.length = 0;
    await schoolTerms()(2, null);
    // GetItem of the school, which holds copies of its terms (schools/termCopies.ts): no Query, no COUNT, no BatchGetItem.
    expect(calls).toEqual(['GetItemCommand']);

    const added = (await createTerm(api, schoolId, termOf(2022, 2))).id;
    expect(await termsEverywhere()).toContain(added);
    await okData(api, 'mutation($id: ID!) { deleteTerm(id: $id) }', { id: termIds[0] });
    const afterDelete = await termsEverywhere();
    expect(afterDelete).not.toContain(termIds[0]);
    // A new school year moves the term in the order (the sort key is rebuilt): the kept page follows.
    const moved = (await okData(api, 'query($id: ID!) { term(id: $id) { version } }', { id: termIds[2] })).term;
    await okData(
      api,
      'mutation($id: ID!, $v: Int!) { updateTerm(id: $id, input: { schoolYear: "2026-2027", startDate: "2026-09-01", endDate: "2027-01-22" }, expectedVersion: $v) { id } }',
      {
        id: termIds[2],
        v: moved.version,
      },
    );
    const reordered = await termsEverywhere();
    expect(reordered[0]).toBe(termIds[2]);
    expect(await termsEverywhere(schoolAdminOf(schoolId))).toEqual(reordered);
  });

  it('page a provider’s contracts and evaluations exactly as the root lists, for each viewer', async () => {
    const providerViewer: Viewer = { sub: 'provider-user', role: 'PROVIDER', providerId };
    for (const viewer of [districtAdmin, providerViewer, schoolAdminOf(schoolId)]) {
      for (const field of ['contracts', 'evaluations'] as const) {
        for (const first of [1, 2, 3, 10]) await walkBoth(first, providerList(field, viewer), rootList(field, viewer));
      }
    }
    // A school admin sees their school's contracts only, nested as at the root (both narrowed by school).
    const own = await providerList('contracts', schoolAdminOf(schoolId))(10, null);
    expect(own.totalCount).toBe(2);

    const draft = (await providerList('contracts')(1, null)).edges[0].node.id;
    await okData(api, 'mutation($id: ID!) { deleteContract(id: $id) }', { id: draft });
    const fresh = await createContract(api, schoolId, termIds[3], providerId);
    const ids = await walkBoth(2, providerList('contracts'), rootList('contracts'));
    expect(ids).not.toContain(draft);
    expect(ids[0]).toBe(fresh.id);
  });

  it('list a provider’s documents as the root list does, after an upload and a delete', async () => {
    const both = async () => {
      const data = await okData(api, 'query($id: ID!) { provider(id: $id) { documents { id fileName } } documents(ownerId: $id) { id fileName } }', {
        id: providerId,
      });
      expect(data.provider.documents).toEqual(data.documents);
      return data.documents.map((d: { id: string }) => d.id) as string[];
    };
    expect(await both()).toHaveLength(3);
    const extra = await requestDocument(api, providerId, '保险单.pdf');
    expect(await both()).toContain(extra);
    await okData(api, 'mutation($id: ID!) { deleteDocument(id: $id) }', { id: extra });
    expect(await both()).not.toContain(extra);
  });

  it('page every parent of a root list exactly as the root lists, however the nested fields are asked for', async () => {
    // Every parent of a root list answered from its kept list (district admin) or by Query (a school admin's narrowed
    // contracts): aliases, edges, fragments and a skipped field give the root lists' pages.
    const query = `query($first: Int, $skip: Boolean!) {
      schools(first: 5) {
        nodes { id terms(first: $first) { ${CONNECTION} } ...Two }
        edges { node { id again: terms(first: $first) { ${CONNECTION} } } }
      }
      providers(first: 5) {
        nodes {
          id documents { id fileName }
          contracts(first: $first) { ${CONNECTION} }
          ... on Provider { evaluations(first: $first) { ${CONNECTION} } }
          skipped: contracts(first: 4) @skip(if: $skip) { totalCount }
        }
      }
    }
    fragment Two on School { two: terms(first: 2) { ${CONNECTION} } }`;
    const rootPage = async (field: string, filter: string, id: string, first: number, viewer?: Viewer) =>
      (await okData(api, `query($id: ID!, $first: Int) { ${field}(first: $first, filter: { ${filter}: $id }) { ${CONNECTION} } }`, { id, first }, viewer))[
        field
      ];
    for (const viewer of [districtAdmin, schoolAdminOf(schoolId)]) {
      for (const first of [1, 3]) {
        calls.length = 0;
        const data = await okData(api, query, { first, skip: true }, viewer);
        const made = [...calls];
        expect(data.schools.nodes.length).toBeGreaterThan(0);
        for (const [i, school] of data.schools.nodes.entries()) {
          const root = await rootPage('terms', 'schoolId', school.id, first, viewer);
          expect(school.terms).toEqual(root);
          expect(data.schools.edges[i].node.again).toEqual(root);
          expect(school.two).toEqual(await rootPage('terms', 'schoolId', school.id, 2, viewer));
        }
        expect(data.providers.nodes.some((p: { id: string }) => p.id === providerId)).toBe(true);
        for (const provider of data.providers.nodes) {
          expect(provider.skipped).toBeUndefined();
          expect(provider.contracts).toEqual(await rootPage('contracts', 'providerId', provider.id, first, viewer));
          expect(provider.evaluations).toEqual(await rootPage('evaluations', 'providerId', provider.id, first, viewer));
          expect(provider.documents).toEqual(
            (await okData(api, 'query($id: ID!) { documents(ownerId: $id) { id fileName } }', { id: provider.id }, viewer)).documents,
          );
        }
        // A district admin's kept lists: one BatchGetItem per kind of child, whatever the aliases and argument sets
        // (contracts, evaluations, documents; the schools hold copies of their terms).
        if (viewer === districtAdmin) expect(made.filter((c) => c === 'BatchGetItemCommand')).toHaveLength(3);
        // The same request without the skipped field costs the same calls: a skipped field reads nothing.
        calls.length = 0;
        await okData(api, query.replace(/skipped: .*\n/, 'skipped: __typename @skip(if: $skip)\n'), { first, skip: true }, viewer);
        expect([...calls].sort()).toEqual([...made].sort());
      }
    }
  });

  it('cost the same calls for 1 parent as for all of them', async () => {
    const query = (n: number) => `{
      schools(first: ${n}) { nodes { terms(first: 2) { totalCount nodes { id } } } }
      providers(first: ${n}) { nodes { contracts(first: 2) { totalCount nodes { id } } evaluations(first: 2) { totalCount nodes { id } } documents { id } } }
    }`;
    await approvedProvider(api);
    const counted = async (n: number) => {
      calls.length = 0;
      const data = await okData(api, query(n));
      return { calls: [...calls].sort(), parents: data.schools.nodes.length + data.providers.nodes.length };
    };
    const one = await counted(1);
    const all = await counted(20);
    expect(all.parents).toBeGreaterThan(one.parents);
    expect(all.calls).toEqual(one.calls);
    expect(all.calls.filter((c) => c.startsWith('Query'))).toHaveLength(2); // the two root lists
    // One BatchGetItem per kind of child (contracts, evaluations, documents), whatever the number of parents; the
    // schools' terms come with the schools (their copies, schools/termCopies.ts).
    expect(all.calls.filter((c) => c === 'BatchGetItemCommand')).toHaveLength(3);
  });
});
