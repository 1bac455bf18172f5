import { beforeAll, describe, expect, it } from 'vitest';
import { listDevUsers } from '../src/local/devUsers';
import { seedDemo } from '../src/local/seed/seedDemo';
import { createTestApi, schoolAdminOf, type TestApi } from './support/api';

let api: TestApi;
let schools: { id: string; code: string }[];
beforeAll(async () => {
  api = await createTestApi();
  await seedDemo(api.services);
  schools = (await api.exec('{ schools { nodes { id code } } }')).data!.schools.nodes;
}, 120_000);

const ids = (result: { data?: Record<string, any> | null }, key: string) => result.data![key].nodes.map((node: { id: string }) => node.id);

describe('list filters the console relies on', () => {
  it('fetches references by ids, keeping the access rules', async () => {
    const all = ids(await api.exec('{ providers(first: 100) { nodes { id } } }'), 'providers');
    const picked = await api.exec('query($ids: [ID!]) { providers(filter: { ids: $ids }) { totalCount nodes { id } } }', { ids: all.slice(0, 3) });
    expect(ids(picked, 'providers')).toEqual(all.slice(0, 3));
    // A school admin asking for every provider by id gets the approved ones only.
    const asSchool = await api.exec('query($ids: [ID!]) { providers(filter: { ids: $ids }) { nodes { status } } }', { ids: all }, schoolAdminOf(schools[0].id));
    expect(new Set(asSchool.data!.providers.nodes.map((n: { status: string }) => n.status))).toEqual(new Set(['APPROVED']));
    const contracts = ids(await api.exec('{ contracts { nodes { id } } }'), 'contracts');
    expect(ids(await api.exec('query($ids: [ID!]) { contracts(filter: { ids: $ids }) { nodes { id } } }', { ids: contracts }), 'contracts').sort()).toEqual(
      [...contracts].sort(),
    );
  });

  it('searches activities by title, venue or person', async () => {
    const found = await api.exec('{ activities(first: 100, filter: { q: "足球" }) { nodes { title } } }');
    expect(found.data!.activities.nodes.length).toBeGreaterThan(0);
    expect(found.data!.activities.nodes.every((n: { title: string }) => n.title.includes('足球'))).toBe(true);
  });

  it('shows a school admin only the exit cases that concern their school', async () => {
    // The seed's automatic case concerns 东湖九年一贯制学校 (DH-003), where the provider has its contract.
    const concerned = schools.find((s) => s.code === 'DH-003')!;
    const other = schools.find((s) => s.code === 'CG-002')!;
    const exitId = ids(await api.exec('{ providerExits { nodes { id } } }'), 'providerExits')[0];
    expect(ids(await api.exec('{ providerExits { nodes { id } } }', {}, schoolAdminOf(concerned.id)), 'providerExits')).toEqual([exitId]);
    expect(ids(await api.exec('{ providerExits { nodes { id } } }', {}, schoolAdminOf(other.id)), 'providerExits')).toEqual([]);
    const denied = await api.exec('query($id: ID!) { providerExit(id: $id) { id } }', { id: exitId }, schoolAdminOf(other.id));
    expect(denied.errors![0].extensions!.code).toBe('FORBIDDEN');
  });

  it('offers provider demo users for the local sign-in', async () => {
    const users = await listDevUsers(api.services);
    expect(users.filter((u) => u.role === 'PROVIDER')).toHaveLength(3);
    expect(users.filter((u) => u.role === 'SCHOOL_ADMIN')).toHaveLength(4);
  });
});
