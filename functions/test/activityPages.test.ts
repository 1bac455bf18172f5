import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from './support/api';
import { schoolWithTerm } from './support/domain';
import { createActivity, ok } from './support/people';

/**
 * A timetable page reads only the activity's own attributes and the keys of the Query it came from (not the other
 * indexes' keys), and makes cursors only when asked: the records and the paging must be exactly what they were.
 */
let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});

const FIELDS = `id version schoolId termId weekday startTime endTime title category venue segment staffName providerId contractId
  grades capacity enrolledCount status durationMinutes createdAt updatedAt`;
const PAGE = `query($s: ID!, $t: ID!, $after: String) {
  activities(first: 2, after: $after, filter: { schoolId: $s, termId: $t }) {
    edges { cursor node { ${FIELDS} } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`;

describe('activities pages (课表分页)', () => {
  it('pages through a timetable with every field as activity(id) gives it, each activity once, in timetable order', async () => {
    const { schoolId, termId } = await schoolWithTerm(api);
    const ids: string[] = [];
    for (const [weekday, startTime, endTime] of [
      ['TUESDAY', '15:30', '16:30'],
      ['MONDAY', '16:40', '17:30'],
      ['MONDAY', '15:30', '16:30'],
      ['FRIDAY', '15:30', '16:30'],
      ['WEDNESDAY', '15:30', '16:30'],
    ])
      ids.push(await createActivity(api, termId, { weekday, startTime, endTime }));
    const seen: Record<string, unknown>[] = [];
    let after: string | null = null;
    for (let page = 0; page < 5; page++) {
      const result: {
        edges: { cursor: string; node: Record<string, unknown> }[];
        pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string; endCursor: string };
      } = await ok(api, PAGE, { s: schoolId, t: termId, after });
      expect(result.pageInfo.hasPreviousPage).toBe(after !== null);
      expect(result.pageInfo.startCursor).toBe(result.edges[0].cursor);
      expect(result.pageInfo.endCursor).toBe(result.edges.at(-1)!.cursor);
      seen.push(...result.edges.map((edge) => edge.node));
      if (!result.pageInfo.hasNextPage) break;
      after = result.pageInfo.endCursor;
    }
    expect(seen.map((node) => [node.weekday, node.startTime])).toEqual([
      ['MONDAY', '15:30'],
      ['MONDAY', '16:40'],
      ['TUESDAY', '15:30'],
      ['WEDNESDAY', '15:30'],
      ['FRIDAY', '15:30'],
    ]);
    expect(new Set(seen.map((node) => node.id))).toEqual(new Set(ids));
    for (const node of seen) expect(node).toEqual(await ok(api, `query($id: ID!) { activity(id: $id) { ${FIELDS} } }`, { id: node.id }));
  });
});
