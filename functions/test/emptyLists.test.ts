import { beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '../src/auth/viewer';
import { codeOf, createTestApi, createTestDb, districtAdmin, fieldOf, schoolAdminOf, type TestApi } from './support/api';
import { createSchool, createTerm } from './support/domain';
import { createStaff, parentOf, teacherOf } from './support/people';
import { recordCommands } from './support/commandLog';

/**
 * Lists whose key names nothing — the activities of a term that does not exist, a repository list without the school,
 * class or student it is keyed by — answer an empty page without sending a Query, and check `first` and `after` as a
 * Query page does.
 */
let api: TestApi;
const commands: string[] = [];
let teacher: Viewer;
let schoolId: string;

beforeAll(async () => {
  const db = await createTestDb();
  recordCommands(db.client, commands);
  api = await createTestApi(db);
  schoolId = (await createSchool(api)).id;
  await createTerm(api, schoolId);
  teacher = teacherOf((await createStaff(api, schoolId, { duties: ['TEACHER'] })).id, schoolId);
});

/** The DynamoDB commands one call sends. */
async function commandsOf<T>(call: () => Promise<T>): Promise<{ result: T; sent: string[] }> {
  commands.length = 0;
  const result = await call();
  return { result, sent: [...commands] };
}

const ACTIVITIES =
  'query($t: ID!, $a: String, $n: Int) { activities(filter: { termId: $t }, first: $n, after: $a) { totalCount nodes { id } pageInfo { hasNextPage } } }';

describe('lists that can hold nothing', () => {
  it('the activities of a term that does not exist: empty for the district and a provider, after one GetItem of the term', async () => {
    const provider: Viewer = { sub: 'provider-user', role: 'PROVIDER', providerId: 'prv_someone' };
    for (const viewer of [districtAdmin, provider]) {
      const { result, sent } = await commandsOf(() => api.exec(ACTIVITIES, { t: 'trm_doesnotexist' }, viewer));
      expect(result.errors).toBeUndefined();
      expect(result.data!.activities).toEqual({ totalCount: 0, nodes: [], pageInfo: { hasNextPage: false } });
      expect(sent).toEqual(['GetItemCommand']);
    }
    // As before: a viewer bound to a school is refused as for another school's term.
    for (const viewer of [schoolAdminOf(schoolId), teacher, parentOf('gdn_nobody')])
      expect(codeOf(await api.exec(ACTIVITIES, { t: 'trm_doesnotexist' }, viewer))).toBe('FORBIDDEN');
    // Paging arguments are checked as on any list.
    const badCursor = await api.exec(ACTIVITIES, { t: 'trm_doesnotexist', a: 'not-a-cursor' });
    expect([codeOf(badCursor), fieldOf(badCursor)]).toEqual(['BAD_USER_INPUT', 'after']);
    const badSize = await api.exec(ACTIVITIES, { t: 'trm_doesnotexist', n: 0 });
    expect([codeOf(badSize), fieldOf(badSize)]).toEqual(['BAD_USER_INPUT', 'first']);
  });

  it('bills, applications and students without their key: an empty page, no Query, paging checked', async () => {
    const { bills, applications, students } = api.services.repositories;
    const lists = [() => bills.list({}), () => applications.list({}), () => students.list({})];
    for (const list of lists) {
      const { result: page, sent } = await commandsOf(async () => {
        const read = await list();
        return { ...read, total: await read.totalCount() };
      });
      expect(page).toMatchObject({ items: [], hasNextPage: false, hasPreviousPage: false, total: 0 });
      expect(sent).toEqual([]);
    }
    for (const list of [() => bills.list({ after: 'x' }), () => applications.list({ after: 'x' }), () => students.list({ after: 'x' })])
      await expect(list()).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'after' } });
    await expect(bills.list({ first: 500 })).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'first' } });
  });
});
