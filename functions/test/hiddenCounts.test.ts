import { beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '../src/auth/viewer';
import { createTestApi, districtAdmin, schoolAdminOf, type TestApi } from './support/api';
import { careStage } from './support/care';
import { createGuardian, createStaff, linkGuardian, ok, teacherOf } from './support/people';

/*
 * SPEC §4: a record a viewer may not read never comes back, "not even its count". The walk in leaks.test.ts looks for
 * ids and texts; these look at `totalCount`, which would otherwise tell a school admin, a teacher or a parent that
 * another school's child exists (`filter.ids`), or how many other children an activity's trail is about.
 */

let api: TestApi;
let here: Awaited<ReturnType<typeof careStage>>;
let there: Awaited<ReturnType<typeof careStage>>;
let parent: Viewer;

beforeAll(async () => {
  api = await createTestApi();
  here = await careStage(api, 2);
  there = await careStage(api, 1);
  const guardian = await createGuardian(api);
  await linkGuardian(api, here.students[0], guardian.viewer);
  parent = guardian.viewer;
}, 120_000);

const applicationOf = async (schoolId: string) =>
  (await ok(api, 'query($s: ID!) { enrolmentApplications(filter: { schoolId: $s }, first: 1) { nodes { id } } }', { s: schoolId })).nodes[0].id as string;

describe('lists by filter.ids', () => {
  it('count only the records the viewer reads: another school’s id is not one more', async () => {
    const lists: [string, string, string][] = [
      ['students', here.students[0], there.students[0]],
      ['schoolClasses', here.classId, there.classId],
      ['staffMembers', here.teacher.id, there.teacher.id],
      ['enrolmentApplications', await applicationOf(here.schoolId), await applicationOf(there.schoolId)],
      ['activities', here.activityId, there.activityId],
      ['terms', here.termId, there.termId],
    ];
    for (const [list, mine, theirs] of lists) {
      const query = `query($ids: [ID!]) { ${list}(filter: { ids: $ids }) { totalCount nodes { id } } }`;
      const all = await ok(api, query, { ids: [mine, theirs] });
      expect([list, all.totalCount]).toEqual([list, 2]);
      const readers =
        list === 'staffMembers' ? [schoolAdminOf(here.schoolId), here.teacher.viewer] : [schoolAdminOf(here.schoolId), here.teacher.viewer, parent];
      for (const viewer of readers) {
        const seen = await ok(api, query, { ids: [mine, theirs] }, viewer);
        expect([list, viewer.role, seen.totalCount, seen.nodes]).toEqual([list, viewer.role, 1, [{ id: mine }]]);
        const none = await ok(api, query, { ids: [theirs] }, viewer);
        expect([list, viewer.role, none.totalCount]).toEqual([list, viewer.role, 0]);
      }
    }
  });
});

describe('audit trails', () => {
  const TRAIL =
    'query($id: ID!, $first: Int, $after: String) { auditEvents(entityId: $id, first: $first, after: $after) { totalCount nodes { id } pageInfo { hasNextPage endCursor } } }';

  /** Every event of the trail the viewer reads, page by page (one event a page). */
  async function readAll(entityId: string, viewer: Viewer) {
    const ids: string[] = [];
    let after: string | null = null;
    // Bounded: a page that ends without a cursor while claiming more would loop forever.
    for (let pages = 0; pages < 50; pages++) {
      const page: { totalCount: number; nodes: { id: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } = await ok(
        api,
        TRAIL,
        { id: entityId, first: 1, after },
        viewer,
      );
      ids.push(...page.nodes.map((node) => node.id));
      if (!page.pageInfo.hasNextPage) return { ids, totalCount: page.totalCount };
      expect(page.pageInfo.endCursor).not.toBeNull();
      after = page.pageInfo.endCursor;
    }
    throw new Error('The trail did not end within 50 pages');
  }

  it('count only the events the viewer reads, on one page and paged', async () => {
    // The activity's trail: its creation and one roster event per child (each child's event names the child).
    const district = await ok(api, TRAIL, { id: here.activityId, first: 50 }, districtAdmin);
    expect(district.totalCount).toBe(district.nodes.length);
    expect(district.totalCount).toBeGreaterThanOrEqual(3);
    const colleague = await createStaff(api, here.schoolId, { duties: ['TEACHER'] });
    for (const viewer of [parent, teacherOf(colleague.id, here.schoolId)]) {
      const whole = await ok(api, TRAIL, { id: here.activityId, first: 50 }, viewer);
      expect([viewer.role, whole.totalCount]).toEqual([viewer.role, whole.nodes.length]);
      expect(whole.totalCount).toBeLessThan(district.totalCount);
      const paged = await readAll(here.activityId, viewer);
      expect([viewer.role, paged.totalCount, paged.ids.length]).toEqual([viewer.role, whole.totalCount, whole.totalCount]);
    }
    // The person in charge and the school read every event: the count is the trail's.
    for (const viewer of [here.teacher.viewer, schoolAdminOf(here.schoolId)]) {
      const paged = await readAll(here.activityId, viewer);
      expect([viewer.role, paged.totalCount, paged.ids.length]).toEqual([viewer.role, district.totalCount, district.totalCount]);
    }
  });
});
