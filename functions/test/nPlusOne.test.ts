import { beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../src/local/seed/seedDemo';
import { createTestApi, createTestDb, type TestApi } from './support/api';
import { careStage, recordRollCall, rollCallInput } from './support/care';
import { recordCommands } from './support/commandLog';

/**
 * N+1 guard: for every list, the DynamoDB calls made to answer it — nested fields included — must not grow with
 * the number of items returned. Each list is read at two page sizes and the calls are compared.
 * Nested *connections* (School.terms, Provider.contracts, Provider.evaluations) and Provider.documents are read from
 * the child ids their parents keep (db/memberLists.ts): one BatchGetItem per kind of child for all parents, checked
 * separately.
 */
const LISTS: Record<string, (first: number) => string> = {
  terms: (n) => `{ terms(first: ${n}) { nodes { id school { name code } } } }`,
  // Provider-run activities only, so every item has every nested field to load (a fair comparison).
  activities: (n) =>
    `{ activities(first: ${n}, filter: { providerId: "${footballProvider}" }) { nodes { id durationMinutes school { name } term { schoolYear } provider { name } contract { status activityIds } } } }`,
  providers: (n) => `{ providers(first: ${n}) { nodes { id qualifications { validToday } standing { latestScore averageScore evaluationCount } } } }`,
  contracts: (n) => `{ contracts(first: ${n}) { nodes { id status activityIds school { name } provider { name } term { id } } } }`,
  evaluations: (n) => `{ evaluations(first: ${n}) { nodes { id provider { name } school { name } } } }`,
  providerExits: (n) =>
    `{ providerExits(first: ${n}) { nodes { id canComplete provider { name } affectedActivities { activity { title } notice { message } } } } }`,
  surveys: (n) => `{ surveys(first: ${n}) { nodes { id responseCount } } }`,
  schools: (n) => `{ schools(first: ${n}) { nodes { id name } } }`,
  students: (n) => `{ students(first: ${n}, filter: { classId: "${firstClass}" }) { nodes { id name className schoolClass { name } school { name } } } }`,
  enrolmentApplications: (n) =>
    `{ enrolmentApplications(first: ${n}, filter: { classId: "${firstClass}" }) { nodes { id student { name className } term { id } } } }`,
  roster: (n) => `{ activity(id: "${busyActivity}") { roster(first: ${n}) { nodes { id name className } } } }`,
};

let api: TestApi;
let footballProvider = '';
let firstClass = '';
let busyActivity = '';
const calls: string[] = [];

beforeAll(async () => {
  const db = await createTestDb();
  recordCommands(db.client, calls);
  api = await createTestApi(db);
  await seedDemo(api.services, undefined, { people: { classesPerGrade: 1, studentsPerClass: 8 } });
  const school = (await api.exec('{ schools(first: 1) { nodes { id } } }')).data!.schools.nodes[0].id;
  firstClass = (await api.exec('query($s: ID!) { schoolClasses(filter: { schoolId: $s }) { nodes { id } } }', { s: school })).data!.schoolClasses.nodes[0].id;
  const timetable = (await api.exec('query($s: ID!) { activities(first: 100, filter: { schoolId: $s }) { nodes { id enrolledCount } } }', { s: school })).data!
    .activities.nodes;
  busyActivity = timetable.sort((a: { enrolledCount: number }, b: { enrolledCount: number }) => b.enrolledCount - a.enrolledCount)[0].id;
  // More activities of one provider (its seeded contract at 城关第一实验小学), so that list has items to compare.
  const contract = (
    await api.exec('{ contracts(filter: { status: ACTIVE }) { nodes { id providerId termId provider { name } } } }')
  ).data!.contracts.nodes.find((c: { provider: { name: string } }) => c.provider.name.includes('足球'));
  footballProvider = contract.providerId;
  for (const weekday of ['TUESDAY', 'WEDNESDAY', 'THURSDAY']) {
    const input = {
      termId: contract.termId,
      contractId: contract.id,
      weekday,
      startTime: '18:00',
      endTime: '18:45',
      title: '足球提高班',
      category: 'SPORTS',
      venue: '足球场',
      segment: 'GRADE',
      grades: [4],
      capacity: 30,
    };
    expect((await api.exec('mutation($i: CreateActivityInput!) { createActivity(input: $i) { id } }', { i: input })).errors).toBeUndefined();
  }
  // A second exit case, so that list has two items to compare.
  const youthCentre = (await api.exec('{ providers(filter: { q: "青少年" }) { nodes { id } } }')).data!.providers.nodes[0].id;
  await api.exec('mutation($p: ID!) { openProviderExit(input: { providerId: $p, reason: "测试" }) { id } }', { p: youthCentre });
}, 120_000);

async function callsFor(query: string) {
  calls.length = 0;
  const result = await api.exec(query);
  expect(result.errors, query).toBeUndefined();
  const root = Object.values(result.data!)[0] as { nodes?: unknown[]; roster?: { nodes: unknown[] } };
  return { calls: calls.length, items: (root.nodes ?? root.roster!.nodes).length };
}

describe('N+1 guard', () => {
  for (const [name, query] of Object.entries(LISTS)) {
    it(`${name}: DynamoDB calls do not grow with the items returned`, async () => {
      const small = await callsFor(query(1));
      const large = await callsFor(query(3));
      expect(large.items).toBeGreaterThan(small.items);
      expect(large.calls, `${name}: ${small.calls} calls for ${small.items} items, ${large.calls} for ${large.items}`).toBe(small.calls);
    });
  }

  it('nested connections cost one BatchGetItem per kind of child, whatever the number of parents', async () => {
    type Parent = { documents: unknown[]; contracts: { nodes: unknown[] }; evaluations: { nodes: unknown[] } };
    for (const n of [1, 3, 20]) {
      calls.length = 0;
      const result = await api.exec(
        `{ providers(first: ${n}) { nodes { id documents { id } contracts(first: 5) { nodes { id } } evaluations(first: 5) { nodes { id } } } } }`,
      );
      expect(result.errors).toBeUndefined();
      const parents = result.data!.providers.nodes as Parent[];
      // A kind none of the parents has children of needs no call at all.
      const kinds = [(p: Parent) => p.documents, (p: Parent) => p.contracts.nodes, (p: Parent) => p.evaluations.nodes].filter((of) =>
        parents.some((p) => of(p).length > 0),
      ).length;
      expect([...calls].sort(), `first: ${n}`).toEqual([...Array(kinds).fill('BatchGetItemCommand'), 'QueryCommand']);
    }
  });
});

describe('N+1 guard for nested lists', () => {
  it('a term inside School.terms resolves its school without another call', async () => {
    const nested = (n: number) => `{ schools(first: ${n}) { nodes { id terms(first: 5) { nodes { id school { name } } } } } }`;
    const one = await callsFor(nested(1));
    const three = await callsFor(nested(3));
    // One Query for the schools, which hold copies of their terms (schools/termCopies.ts) — none for Term.school.
    expect(one.calls).toBe(1);
    expect(three.calls).toBe(1);
  });
});

describe('N+1 guard for the today board', () => {
  it('careBoard: DynamoDB calls do not grow with the children on the board', async () => {
    const board = (schoolId: string, date: string) =>
      `{ careBoard(schoolId: "${schoolId}", date: "${date}") { taken marks { present } sessions { activity { title } } openAlerts { id } pickupSlots { due waiting children { state student { name } } } } }`;
    const measure = async (children: number) => {
      const stage = await careStage(api, children);
      const marks = stage.students.map((studentId, index) => ({ studentId, status: index === 0 ? 'ABSENT' : 'PRESENT' }));
      expect((await recordRollCall(api, rollCallInput(stage.activityId, stage.day, marks), stage.teacher.viewer)).errors).toBeUndefined();
      calls.length = 0;
      const result = await api.exec(board(stage.schoolId, stage.day));
      expect(result.errors).toBeUndefined();
      expect(result.data!.careBoard.pickupSlots[0].children).toHaveLength(children);
      return calls.length;
    };
    const few = await measure(2);
    const many = await measure(6);
    expect(many, `${few} calls for 2 children, ${many} for 6`).toBe(few);
  });
});
