import { beforeAll, describe, expect, it } from 'vitest';
import { codeOf, createTestApi, fieldOf, providerUser, schoolAdminOf, type TestApi } from './support/api';
import { SCHOOL_FIELDS, schoolInput, termInput } from './support/builders';

const CREATE = `mutation($input: CreateSchoolInput!) { createSchool(input: $input) { ${SCHOOL_FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateSchoolInput!, $v: Int!) { updateSchool(id: $id, input: $input, expectedVersion: $v) { ${SCHOOL_FIELDS} } }`;
const LIST = `query($first: Int, $after: String, $filter: SchoolFilter, $orderBy: SchoolOrder) {
  schools(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
    totalCount nodes { id code name } edges { cursor node { id } }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  } }`;

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});

async function createSchool(overrides: Record<string, unknown> = {}) {
  const result = await api.exec(CREATE, { input: schoolInput(overrides) });
  expect(result.errors).toBeUndefined();
  return result.data!.createSchool;
}

const countSchools = async () => (await api.exec('{ schools { totalCount } }')).data!.schools.totalCount as number;

describe('createSchool', () => {
  it('stores a school with version 1 and normalised fields', async () => {
    const school = await createSchool({ code: 'ab-12', grades: [3, 1, 1, 2], address: '  ' });
    expect(school).toMatchObject({ version: 1, code: 'AB-12', grades: [1, 2, 3], address: null });
    const read = await api.exec(`query($id: ID!) { school(id: $id) { ${SCHOOL_FIELDS} } }`, { id: school.id });
    expect(read.data!.school).toEqual(school);
  });

  it('refuses a duplicate code with CONFLICT (case-insensitive) and writes nothing', async () => {
    const first = await createSchool({ code: 'DUP-1', name: '原学校' });
    const before = await countSchools();
    const result = await api.exec(CREATE, { input: schoolInput({ code: 'dup-1', name: '重复学校' }) });
    expect(codeOf(result)).toBe('CONFLICT');
    expect(fieldOf(result)).toBe('code');
    expect(await countSchools()).toBe(before);
    const kept = await api.exec('query($id: ID!) { school(id: $id) { name } }', { id: first.id });
    expect(kept.data!.school.name).toBe('原学校');
  });

  it('refuses bad input with BAD_USER_INPUT naming the field, and writes nothing', async () => {
    const before = await countSchools();
    const cases: [Record<string, unknown>, string][] = [
      [{ name: '' }, 'name'],
      [{ code: 'x' }, 'code'],
      [{ grades: [0] }, 'grades.0'],
      [{ grades: [] }, 'grades'],
      [{ studentCount: -1 }, 'studentCount'],
      [{ leadershipGroup: [{ role: 'LEADER', name: '' }] }, 'leadershipGroup.0.name'],
      [{ pickupSlots: [{ grades: [1], times: ['25:00'] }] }, 'pickupSlots.0.times.0'],
    ];
    for (const [overrides, field] of cases) {
      const result = await api.exec(CREATE, { input: schoolInput(overrides) });
      expect(codeOf(result), JSON.stringify(overrides)).toBe('BAD_USER_INPUT');
      expect(fieldOf(result), JSON.stringify(overrides)).toBe(field);
    }
    expect(await countSchools()).toBe(before);
  });

  it('is for district admins only', async () => {
    const school = await createSchool();
    for (const viewer of [schoolAdminOf(school.id), providerUser]) {
      expect(codeOf(await api.exec(CREATE, { input: schoolInput() }, viewer))).toBe('FORBIDDEN');
    }
    expect(codeOf(await api.exec(CREATE, { input: schoolInput() }, null))).toBe('UNAUTHENTICATED');
  });
});

describe('updateSchool', () => {
  it('applies changes and bumps the version', async () => {
    const school = await createSchool();
    const result = await api.exec(UPDATE, { id: school.id, input: { name: '新校名', principal: '李校长' }, v: 1 });
    expect(result.data!.updateSchool).toMatchObject({ name: '新校名', principal: '李校长', version: 2, code: school.code });
    const cleared = await api.exec(UPDATE, { id: school.id, input: { principal: null }, v: 2 });
    expect(cleared.data!.updateSchool).toMatchObject({ principal: null, version: 3 });
  });

  it('lets exactly one of two concurrent updates with the same expectedVersion win', async () => {
    const school = await createSchool();
    const results = await Promise.all(['甲', '乙'].map((name) => api.exec(UPDATE, { id: school.id, input: { name }, v: 1 })));
    const winners = results.filter((result) => !result.errors);
    const losers = results.filter((result) => result.errors);
    expect(winners).toHaveLength(1);
    expect(losers.map(codeOf)).toEqual(['CONFLICT']);
    const stored = await api.exec('query($id: ID!) { school(id: $id) { name version } }', { id: school.id });
    expect(stored.data!.school).toEqual({ name: winners[0].data!.updateSchool.name, version: 2 });
  });

  it('refuses a stale version with CONFLICT and changes nothing', async () => {
    const school = await createSchool({ name: '旧名' });
    await api.exec(UPDATE, { id: school.id, input: { studentCount: 10 }, v: 1 });
    const stale = await api.exec(UPDATE, { id: school.id, input: { name: '覆盖' }, v: 1 });
    expect(codeOf(stale)).toBe('CONFLICT');
    expect(stale.errors![0].extensions!.currentVersion).toBe(2);
    const stored = await api.exec('query($id: ID!) { school(id: $id) { name studentCount } }', { id: school.id });
    expect(stored.data!.school).toEqual({ name: '旧名', studentCount: 10 });
  });

  it('moves the code: the old code becomes free, a taken code is CONFLICT', async () => {
    const a = await createSchool({ code: 'MOVE-A' });
    await createSchool({ code: 'TAKEN-B' });
    expect(codeOf(await api.exec(UPDATE, { id: a.id, input: { code: 'TAKEN-B' }, v: 1 }))).toBe('CONFLICT');
    const moved = await api.exec(UPDATE, { id: a.id, input: { code: 'MOVE-C' }, v: 1 });
    expect(moved.data!.updateSchool.code).toBe('MOVE-C');
    await createSchool({ code: 'MOVE-A' });
  });

  it('lets a school admin edit their own school but not its code or another school', async () => {
    const own = await createSchool();
    const other = await createSchool();
    const admin = schoolAdminOf(own.id);
    expect((await api.exec(UPDATE, { id: own.id, input: { address: '新地址' }, v: 1 }, admin)).data!.updateSchool.address).toBe('新地址');
    expect(codeOf(await api.exec(UPDATE, { id: own.id, input: { code: 'NEW-CODE' }, v: 2 }, admin))).toBe('FORBIDDEN');
    expect(codeOf(await api.exec(UPDATE, { id: other.id, input: { name: 'x' }, v: 1 }, admin))).toBe('FORBIDDEN');
  });

  it('gives NOT_FOUND for an unknown school', async () => {
    expect(codeOf(await api.exec(UPDATE, { id: 'sch_missing', input: { name: 'x' }, v: 1 }))).toBe('NOT_FOUND');
  });
});

describe('deleteSchool', () => {
  it('refuses while the school has terms, then deletes and frees the code', async () => {
    const school = await createSchool({ code: 'DEL-1' });
    const term = await api.exec('mutation($input: CreateTermInput!) { createTerm(input: $input) { id } }', { input: termInput(school.id) });
    const refused = await api.exec('mutation($id: ID!) { deleteSchool(id: $id) }', { id: school.id });
    expect(codeOf(refused)).toBe('INVALID_TRANSITION');
    await api.exec('mutation($id: ID!) { deleteTerm(id: $id) }', { id: term.data!.createTerm.id });
    const deleted = await api.exec('mutation($id: ID!) { deleteSchool(id: $id) }', { id: school.id });
    expect(deleted.data!.deleteSchool).toBe(school.id);
    expect(codeOf(await api.exec('query($id: ID!) { school(id: $id) { id } }', { id: school.id }))).toBe('NOT_FOUND');
    await createSchool({ code: 'DEL-1' });
  });
});

describe('schools list', () => {
  it('pages through every school exactly once, sorted by code, with totalCount', async () => {
    const prefix = 'PG';
    for (let i = 0; i < 7; i++) await createSchool({ code: `${prefix}-${i}`, name: `分页学校${i}` });
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const result = await api.exec(LIST, { first: 3, after, filter: { q: prefix } });
      expect(result.errors).toBeUndefined();
      const connection = result.data!.schools;
      expect(connection.totalCount).toBe(7);
      expect(connection.pageInfo.hasPreviousPage).toBe(after !== null);
      expect(connection.edges.map((edge: { node: { id: string } }) => edge.node.id)).toEqual(connection.nodes.map((node: { id: string }) => node.id));
      seen.push(...connection.nodes.map((node: { code: string }) => node.code));
      after = connection.pageInfo.hasNextPage ? connection.pageInfo.endCursor : null;
      pages++;
    } while (after);
    expect(pages).toBe(3);
    expect(seen).toEqual([0, 1, 2, 3, 4, 5, 6].map((i) => `${prefix}-${i}`));
  });

  it('sorts by name descending and filters by type', async () => {
    await createSchool({ code: 'SORT-1', name: 'Z排序中学', type: 'JUNIOR' });
    await createSchool({ code: 'SORT-2', name: 'A排序中学', type: 'JUNIOR' });
    const result = await api.exec(LIST, { filter: { q: '排序', type: 'JUNIOR' }, orderBy: { field: 'NAME', direction: 'DESC' } });
    expect(result.data!.schools.nodes.map((node: { code: string }) => node.code)).toEqual(['SORT-1', 'SORT-2']);
  });

  it('refuses a cursor from another list and a page size over 100', async () => {
    const first = await api.exec(LIST, { first: 1 });
    const cursor = first.data!.schools.pageInfo.endCursor;
    const foreign = await api.exec(LIST, { first: 1, after: cursor, orderBy: { field: 'NAME' } });
    expect([codeOf(foreign), fieldOf(foreign)]).toEqual(['BAD_USER_INPUT', 'after']);
    const garbage = await api.exec(LIST, { first: 1, after: 'not-a-cursor' });
    expect(fieldOf(garbage)).toBe('after');
    const tooMany = await api.exec(LIST, { first: 101 });
    expect([codeOf(tooMany), fieldOf(tooMany)]).toEqual(['BAD_USER_INPUT', 'first']);
  });

  it('shows a school admin only their own school', async () => {
    const own = await createSchool();
    const result = await api.exec(LIST, {}, schoolAdminOf(own.id));
    expect(result.data!.schools.nodes.map((node: { id: string }) => node.id)).toEqual([own.id]);
    expect(result.data!.schools.totalCount).toBe(1);
  });
});
