import { beforeAll, describe, expect, it } from 'vitest';
import { codeOf, createTestApi, fieldOf, schoolAdminOf, type TestApi } from './support/api';
import { careStage } from './support/care';
import { createGuardian, linkGuardian, ok } from './support/people';

/*
 * Abuse cases of the parent's and the teacher's phone pages (SPEC §3.7, §5): a leave for days the school holds no
 * service, the same leave sent twice (a second tap, a retry after a lost answer, two guardians at once) and two
 * teachers releasing the same child at the same moment. Each is a coded refusal that leaves one record and one notice.
 */

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});

const REQUEST_LEAVE = 'mutation($i: RequestLeaveInput!) { requestLeave(input: $i) { id from to } }';
const LEAVES = 'query($s: ID!) { leaveRequests(studentId: $s) { id from to } }';
const INBOX = '{ notifications(first: 100) { nodes { id kind } } }';
const HANDOVER = 'mutation($i: RecordHandoverInput!) { recordHandover(input: $i) { id kind toGuardian } }';
const HANDOVERS = 'query($s: ID!) { handovers(studentId: $s) { id kind } }';

async function family() {
  const stage = await careStage(api, 1);
  const [child] = stage.students;
  const parent = await createGuardian(api);
  await linkGuardian(api, child, parent.viewer);
  const leaveNotices = async () =>
    (await ok(api, INBOX, {}, stage.teacher.viewer)).nodes.filter((node: { kind: string }) => node.kind === 'LEAVE').length as number;
  return { stage, child, parent, leaveNotices };
}

describe('leave requests (请假)', () => {
  it('refuse days in no term of the school (years ahead, the summer holiday), naming the field and writing nothing', async () => {
    const { stage, child, parent, leaveNotices } = await family();
    // careStage's term runs 60 days either side of its session day: these lie after it.
    for (const [from, to] of [
      ['2031-03-03', '2031-03-04'],
      [`${Number(stage.day.slice(0, 4)) + 1}-08-01`, `${Number(stage.day.slice(0, 4)) + 1}-08-03`],
    ]) {
      const refused = await api.exec(REQUEST_LEAVE, { i: { studentId: child, from, to, reason: '出国' } }, parent.viewer);
      expect([from, codeOf(refused), fieldOf(refused), refused.errors?.[0]?.extensions?.reason]).toEqual([from, 'BAD_USER_INPUT', 'from', 'OUT_OF_TERM']);
    }
    expect(await ok(api, LEAVES, { s: child }, parent.viewer)).toEqual([]);
    expect(await leaveNotices()).toBe(0);
    // A leave that starts in the term is taken.
    await ok(api, REQUEST_LEAVE, { i: { studentId: child, from: stage.future, to: stage.future, reason: '看病' } }, parent.viewer);
    expect(await leaveNotices()).toBe(1);
  });

  it('record the same leave once: sent again it is CONFLICT naming the first, and the class teacher hears once', async () => {
    const { stage, child, parent, leaveNotices } = await family();
    const input = { studentId: child, from: stage.future, to: stage.future, reason: '看病' };
    const first = await ok(api, REQUEST_LEAVE, { i: input }, parent.viewer);
    for (const again of [input, { ...input, reason: '复诊' }]) {
      const refused = await api.exec(REQUEST_LEAVE, { i: again }, parent.viewer);
      expect([codeOf(refused), fieldOf(refused), refused.errors?.[0]?.extensions?.leaveId]).toEqual(['CONFLICT', 'from', first.id]);
    }
    // The class teacher entering the same leave for the family finds it there already.
    expect(codeOf(await api.exec(REQUEST_LEAVE, { i: input }, stage.teacher.viewer))).toBe('CONFLICT');
    expect(await ok(api, LEAVES, { s: child }, parent.viewer)).toEqual([first]);
    expect(await leaveNotices()).toBe(1);
    // Other days are another leave.
    const dayAfter = new Date(Date.parse(`${stage.future}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    await ok(api, REQUEST_LEAVE, { i: { ...input, to: dayAfter } }, parent.viewer);
    expect(await ok(api, LEAVES, { s: child }, parent.viewer)).toHaveLength(2);
  });

  it('record one leave when two guardians send the same leave at the same moment', async () => {
    const { stage, child, parent, leaveNotices } = await family();
    const other = await createGuardian(api);
    await linkGuardian(api, child, other.viewer);
    const input = { studentId: child, from: stage.future, to: stage.future, reason: '看病' };
    const both = await Promise.all([parent.viewer, other.viewer, parent.viewer].map((viewer) => api.exec(REQUEST_LEAVE, { i: input }, viewer)));
    expect(both.map((result) => codeOf(result) ?? 'OK').sort()).toEqual(['CONFLICT', 'CONFLICT', 'OK']);
    expect(await ok(api, LEAVES, { s: child }, parent.viewer)).toHaveLength(1);
    expect(await leaveNotices()).toBe(1);
  });
});

describe('release at the gate (放学接送)', () => {
  it('records one release when two teachers release the same child at once; the other is CONFLICT and the family hears once', async () => {
    const { stage, child, parent } = await family();
    const grandma = await ok(
      api,
      'mutation($i: AddAuthorizedPickupInput!) { addAuthorizedPickup(input: $i) { id code } }',
      {
        i: { studentId: child, name: '王奶奶', relation: '奶奶' },
      },
      parent.viewer,
    );
    const input = { studentId: child, kind: 'RELEASE', pickupCode: grandma.code };
    const admin = schoolAdminOf(stage.schoolId);
    const both = await Promise.all([stage.teacher.viewer, admin, stage.teacher.viewer].map((viewer) => api.exec(HANDOVER, { i: input }, viewer)));
    expect(both.map((result) => codeOf(result) ?? 'OK').sort()).toEqual(['CONFLICT', 'CONFLICT', 'OK']);
    expect(both.filter((result) => result.errors).map(fieldOf)).toEqual(['studentId', 'studentId']);
    expect(await ok(api, HANDOVERS, { s: child }, parent.viewer)).toEqual([expect.objectContaining({ kind: 'RELEASE' })]);
    const released = (await ok(api, INBOX, {}, parent.viewer)).nodes.filter((node: { kind: string }) => node.kind === 'RELEASE');
    expect(released).toHaveLength(1);
  });
});
