import { beforeAll, describe, expect, it } from 'vitest';
import { codeOf, createTestApi, fieldOf, type TestApi } from './support/api';
import { careStage, weekdayOf } from './support/care';
import { createActivity, ok } from './support/people';

/** Between-segment handover (交接: an activity → late care) as the teacher's phone sends it. */
let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});

const HAND_OVER = `mutation($s: ID!, $f: ID!, $t: ID!) {
  recordHandover(input: { studentId: $s, kind: SEGMENT, fromActivityId: $f, toActivityId: $t }) { id kind fromActivityId toActivityId }
}`;
const HANDOVERS = 'query($s: ID!) { handovers(studentId: $s) { id kind fromActivityId toActivityId } }';
const LATE_CARE = `query($s: ID!, $t: ID!, $w: Weekday!) {
  activities(filter: { schoolId: $s, termId: $t, weekday: $w, category: LATE_CARE, status: ACTIVE }, first: 50) { nodes { id title } }
}`;

async function stageWithLateCare() {
  const stage = await careStage(api, 2);
  const lateCare = await createActivity(api, stage.termId, {
    weekday: weekdayOf(stage.day),
    startTime: '16:30',
    endTime: '18:00',
    title: '延时看护',
    category: 'LATE_CARE',
    segment: 'SCHOOL',
  });
  return { ...stage, lateCare };
}

describe('handover between segments (环节交接)', () => {
  it('is recorded once: the same handover again, or two at once, returns the same record', async () => {
    const stage = await stageWithLateCare();
    const [child] = stage.students;
    const variables = { s: child, f: stage.activityId, t: stage.lateCare };
    // The teacher finds where the children go: the school's late-care sessions of the day.
    const options = await ok(api, LATE_CARE, { s: stage.schoolId, t: stage.termId, w: weekdayOf(stage.day) }, stage.teacher.viewer);
    expect(options.nodes.map((node: { id: string }) => node.id)).toEqual([stage.lateCare]);

    const first = await ok(api, HAND_OVER, variables, stage.teacher.viewer);
    expect(first).toMatchObject({ kind: 'SEGMENT', fromActivityId: stage.activityId, toActivityId: stage.lateCare });
    expect((await ok(api, HAND_OVER, variables, stage.teacher.viewer)).id).toBe(first.id);
    expect(await ok(api, HANDOVERS, { s: child })).toHaveLength(1);

    const [other] = stage.students.slice(1);
    const racing = await Promise.all([1, 2, 3].map(() => api.exec(HAND_OVER, { ...variables, s: other }, stage.teacher.viewer)));
    expect(racing.map((result) => result.errors)).toEqual([undefined, undefined, undefined]);
    expect(new Set(racing.map((result) => (result.data as { recordHandover: { id: string } }).recordHandover.id)).size).toBe(1);
    expect(await ok(api, HANDOVERS, { s: other })).toHaveLength(1);
    const trail = await api.services.repositories.audit.list(other, { first: 20 });
    expect(trail.items.filter((item) => item.record.action === 'HANDOVER')).toHaveLength(1);
  });

  it('names two different active activities of the child’s school, else BAD_USER_INPUT and nothing recorded', async () => {
    const stage = await stageWithLateCare();
    const elsewhere = await stageWithLateCare();
    const [child] = stage.students;
    for (const [f, t, field] of [
      [stage.activityId, stage.activityId, 'toActivityId'],
      ['act_doesnotexist', stage.lateCare, 'fromActivityId'],
      [stage.activityId, elsewhere.lateCare, 'toActivityId'],
    ]) {
      const result = await api.exec(HAND_OVER, { s: child, f, t }, stage.teacher.viewer);
      expect([codeOf(result), fieldOf(result)]).toEqual(['BAD_USER_INPUT', field]);
    }
    expect(await ok(api, HANDOVERS, { s: child })).toEqual([]);
    // Another school's teacher may not hand this child over at all.
    expect(codeOf(await api.exec(HAND_OVER, { s: child, f: stage.activityId, t: stage.lateCare }, elsewhere.teacher.viewer))).toBe('FORBIDDEN');
  });
});
