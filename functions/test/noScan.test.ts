import { beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../src/local/seed/seedDemo';
import { createTestApi, createTestDb, schoolAdminOf, type TestApi } from './support/api';
import { recordCommands } from './support/commandLog';

/** Every read operation of the API, nested as deep as the schema allows. */
const READS = [
  '{ schools(first: 5) { totalCount nodes { id terms { totalCount nodes { id school { id } } } } } }',
  '{ schools(first: 5, orderBy: { field: NAME, direction: DESC }, filter: { q: "城关", type: PRIMARY }) { totalCount nodes { id } } }',
  '{ terms(first: 5) { totalCount nodes { id school { code } } } }',
  '{ terms(first: 5, filter: { schoolYear: "2026-2027", semester: 1 }) { totalCount nodes { id } } }',
  '{ districtPolicy { id } viewer { role } }',
  '{ activities(first: 5) { totalCount nodes { id school { id } term { id } provider { id } contract { id } } } }',
  '{ providers(first: 5) { totalCount nodes { id standing { latestScore bySchool { schoolId } } documents { id } contracts { totalCount } evaluations { totalCount } } } }',
  '{ providers(first: 5, filter: { status: APPROVED, q: "中心" }) { totalCount } }',
  '{ contracts(first: 5) { totalCount nodes { id activityIds school { id } provider { id } term { id } } } }',
  '{ contracts(first: 5, filter: { status: ACTIVE, endsOnOrBefore: "2030-01-01" }) { totalCount } }',
  '{ evaluations(first: 5) { totalCount nodes { id provider { id } school { id } } } }',
  '{ evaluations(first: 5, filter: { totalBelow: 60 }) { totalCount } }',
];

/** The reads of children and families, with the ids of the first demo school (see beforeAll). */
const peopleReads = (schoolId: string, termId: string, classId: string) => [
  `{ staffMembers(first: 5, filter: { schoolId: "${schoolId}", duty: CLASS_TEACHER }) { totalCount nodes { id school { id } } } }`,
  `{ schoolClasses(first: 5, filter: { schoolId: "${schoolId}", grade: 3 }) { totalCount nodes { id classTeacher { id } students(first: 5) { totalCount nodes { id className } } } } }`,
  `{ students(first: 5, filter: { schoolId: "${schoolId}", leftBehind: true }) { totalCount nodes { id applications { status } activities { id } } } }`,
  `{ enrolmentApplications(first: 5, filter: { schoolId: "${schoolId}", termId: "${termId}", status: CLASS_APPROVED }) { totalCount nodes { id student { name } activities { id } } } }`,
  `{ enrolmentApplications(first: 5, filter: { classId: "${classId}", termId: "${termId}" }) { totalCount } }`,
  `{ activities(first: 5, filter: { schoolId: "${schoolId}", termId: "${termId}" }) { nodes { id roster(first: 5) { totalCount nodes { id name } } } } }`,
  `{ enrolmentStatistics(schoolId: "${schoolId}", termId: "${termId}") { total } }`,
];

let api: TestApi;
const commands: string[] = [];

beforeAll(async () => {
  const db = await createTestDb();
  recordCommands(db.client, commands);
  api = await createTestApi(db);
  await seedDemo(api.services, undefined, { people: { classesPerGrade: 1, studentsPerClass: 8 } });
}, 120_000);

describe('access patterns', () => {
  it('serves every list with Query, GetItem or BatchGetItem — never Scan', async () => {
    const schoolId = (await api.exec('{ schools(first: 1) { nodes { id } } }')).data!.schools.nodes[0].id;
    const termId = (await api.exec('query($s: ID!) { terms(filter: { schoolId: $s }) { nodes { id } } }', { s: schoolId })).data!.terms.nodes[0].id;
    const classId = (await api.exec('query($s: ID!) { schoolClasses(filter: { schoolId: $s }) { nodes { id } } }', { s: schoolId })).data!.schoolClasses
      .nodes[0].id;
    commands.length = 0;
    for (const query of [...READS, ...peopleReads(schoolId, termId, classId)]) {
      for (const viewer of [undefined, schoolAdminOf(schoolId)]) {
        const result = await api.exec(query, {}, viewer);
        expect(result.errors, query).toBeUndefined();
      }
    }
    expect(commands.length).toBeGreaterThan(10);
    expect(commands.filter((name) => name.includes('Scan'))).toEqual([]);
    expect(new Set(commands)).toEqual(new Set(['QueryCommand', 'GetItemCommand', 'BatchGetItemCommand']));
  });
});
