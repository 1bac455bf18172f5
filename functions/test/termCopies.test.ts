import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../src/db/client';
import { MAX_MEMBERS } from '../src/db/memberLists';
import { schoolEntity } from '../src/schools/schoolEntity';
import { MAX_TERM_COPIES, termCopiesById } from '../src/schools/termCopies';
import { backfillTermCopies } from '../src/schools/termCopyBackfill';
import { termEntity, type TermRecord } from '../src/terms/termEntity';
import { codeOf, createTestApi, type TestApi } from './support/api';
import { termInput } from './support/builders';
import { recordCommands } from './support/commandLog';
import { createSchool, createTerm } from './support/domain';
import { CONNECTION, forgetTermCopies, okData, storedItem, walkBoth } from './support/memberFixtures';

/**
 * Term copies (schools/termCopies.ts): a school holds its terms' stored items, changed in every term write's
 * transaction, so `School.terms` reads nothing but the school. Checked against the stored items themselves, through
 * refused and concurrent writes, retirement past MAX_TERM_COPIES, and the backfill of schools stored before.
 */
let api: TestApi;
const calls: string[] = [];

beforeAll(async () => {
  api = await createTestApi();
  recordCommands(api.db.client, calls);
});

const termOf = (year: number, semester: 1 | 2) => ({
  schoolYear: `${year}-${year + 1}`,
  semester,
  startDate: semester === 1 ? `${year}-09-01` : `${year + 1}-02-16`,
  endDate: semester === 1 ? `${year + 1}-01-22` : `${year + 1}-07-03`,
  excludedDates: [],
});

/** The school's copies as stored, and its terms' stored items (without the `dependents` counter) as they should be. */
async function stored(schoolId: string) {
  const school = await storedItem(api, schoolEntity(api.db), schoolId);
  const ids = [...((school.termIds as Set<string> | undefined) ?? [])];
  const terms: Record<string, Record<string, unknown>> = {};
  for (const id of ids) {
    const { dependents: _dependents, ...item } = await storedItem(api, termEntity(api.db), id);
    if (item.id) terms[id] = item;
  }
  // Stored as one JSON string (see termCopies.ts); compared as the items it holds.
  const copies = school.termItems === undefined ? undefined : termCopiesById(school.termItems);
  return { kept: school.termItemsKept, copies, terms, revision: school.termsRevision, termIdsKept: school.termIdsKept };
}

async function expectCopiesExact(schoolId: string) {
  const now = await stored(schoolId);
  expect(now.kept).toBe(true);
  expect(now.copies).toEqual(now.terms);
  return now;
}

const nested = (schoolId: string) => async (first: number, after: string | null) =>
  (
    await okData(api, `query($id: ID!, $first: Int, $after: String) { school(id: $id) { terms(first: $first, after: $after) { ${CONNECTION} } } }`, {
      id: schoolId,
      first,
      after,
    })
  ).school.terms;
const root = (schoolId: string) => async (first: number, after: string | null) =>
  (
    await okData(api, `query($s: ID!, $first: Int, $after: String) { terms(first: $first, after: $after, filter: { schoolId: $s }) { ${CONNECTION} } }`, {
      s: schoolId,
      first,
      after,
    })
  ).terms;

/** The nested pages equal the root list's (order, cursors, totals) at several page sizes; returns the calls of one. */
async function readsLikeRoot(schoolId: string, count: number) {
  for (const first of [1, 2, 5]) expect(await walkBoth(first, nested(schoolId), root(schoolId))).toHaveLength(count);
  calls.length = 0;
  await nested(schoolId)(2, null);
  return [...calls];
}

const updateTerm = (id: string, version: number, input: Record<string, unknown>) =>
  api.exec('mutation($id: ID!, $v: Int!, $input: UpdateTermInput!) { updateTerm(id: $id, input: $input, expectedVersion: $v) { id version } }', {
    id,
    v: version,
    input,
  });

describe('term copies', () => {
  it('follow every term write in its transaction: create, update with a new school year, delete', async () => {
    const schoolId = (await createSchool(api)).id;
    expect(await expectCopiesExact(schoolId)).toMatchObject({ copies: {}, revision: 0 });
    const a = (await createTerm(api, schoolId, termOf(2024, 1))).id;
    const b = (await createTerm(api, schoolId, termOf(2024, 2))).id;
    expect(Object.keys((await expectCopiesExact(schoolId)).copies as object).sort()).toEqual([a, b].sort());
    expect(
      (
        await okData(
          api,
          'mutation($id: ID!, $v: Int!) { updateTerm(id: $id, input: { schoolYear: "2026-2027", startDate: "2026-09-01", endDate: "2027-01-22", excludedDates: ["2026-10-01"] }, expectedVersion: $v) { version } }',
          { id: a, v: 1 },
        )
      ).updateTerm.version,
    ).toBe(2);
    await expectCopiesExact(schoolId);
    // The moved term comes first, as in the root list's order; only the school is read.
    expect(await readsLikeRoot(schoolId, 2)).toEqual(['GetItemCommand']);
    await okData(api, 'mutation($id: ID!) { deleteTerm(id: $id) }', { id: b });
    expect(await expectCopiesExact(schoolId)).toMatchObject({ revision: 4 });
    expect(Object.keys((await stored(schoolId)).copies as object)).toEqual([a]);
    expect(await readsLikeRoot(schoolId, 1)).toEqual(['GetItemCommand']);
  });

  it('stay as they were when a term write is refused', async () => {
    const schoolId = (await createSchool(api)).id;
    const id = (await createTerm(api, schoolId)).id;
    const before = await expectCopiesExact(schoolId);
    expect(codeOf(await updateTerm(id, 7, { excludedDates: [] }))).toBe('CONFLICT');
    expect(codeOf(await api.exec('mutation($input: CreateTermInput!) { createTerm(input: $input) { id } }', { input: termInput(schoolId) }))).toBe('CONFLICT');
    expect(codeOf(await api.exec('mutation($input: CreateTermInput!) { createTerm(input: $input) { id } }', { input: termInput('sch_missing') }))).toBe(
      'NOT_FOUND',
    );
    expect(await stored(schoolId)).toEqual(before);
  });

  it('hold exactly the stored terms after terms written at the same moment', async () => {
    const schoolId = (await createSchool(api)).id;
    const results = await Promise.all(
      (
        [
          [2020, 1],
          [2020, 2],
          [2021, 1],
          [2021, 2],
        ] as const
      ).map(([year, semester]) =>
        api.exec('mutation($input: CreateTermInput!) { createTerm(input: $input) { id } }', { input: termInput(schoolId, termOf(year, semester)) }),
      ),
    );
    // Each is written with its copy or refused as a whole (a concurrent transaction on the school is CONFLICT).
    for (const result of results) if (result.errors) expect(codeOf(result)).toBe('CONFLICT');
    const created = results.filter((result) => !result.errors).map((result) => result.data!.createTerm.id as string);
    expect(created.length).toBeGreaterThan(0);
    expect(Object.keys((await expectCopiesExact(schoolId)).copies as object).sort()).toEqual(created.sort());
  });

  it('read the map schools kept before the copies were one string, and store a string at the next term write', async () => {
    const schoolId = (await createSchool(api)).id;
    const first = (await createTerm(api, schoolId, termOf(2024, 1))).id;
    const asString = await storedItem(api, schoolEntity(api.db), schoolId);
    expect(typeof asString.termItems).toBe('string');
    await api.db.doc.send(
      new UpdateCommand({
        TableName: api.db.config.tableName,
        Key: { pk: asString.pk, sk: asString.sk },
        UpdateExpression: 'SET termItems = :map',
        ExpressionAttributeValues: { ':map': termCopiesById(asString.termItems) },
      }),
    );
    expect(typeof (await storedItem(api, schoolEntity(api.db), schoolId)).termItems).toBe('object');
    expect(await readsLikeRoot(schoolId, 1)).toEqual(['GetItemCommand']);
    const second = (await createTerm(api, schoolId, termOf(2024, 2))).id;
    expect(typeof (await storedItem(api, schoolEntity(api.db), schoolId)).termItems).toBe('string');
    expect(Object.keys((await expectCopiesExact(schoolId)).copies as object).sort()).toEqual([first, second].sort());
  });

  it('refuse a term write planned on copies another term write has changed since, and write nothing', async () => {
    const schoolId = (await createSchool(api)).id;
    const { schools, terms } = api.services.repositories;
    const planned = await schools.get(schoolId, { consistent: true });
    await createTerm(api, schoolId, termOf(2024, 1));
    const before = await expectCopiesExact(schoolId);
    const now = new Date().toISOString();
    const record: TermRecord = { ...termInput(schoolId, termOf(2024, 2)), id: 'trm_stale', version: 1, createdAt: now, updatedAt: now, makeUpDays: [] };
    const refused = await terms
      .create(record, [schools.termChange(planned!, { kind: 'create', termId: record.id, item: terms.storedItem(record) })])
      .catch((error: { extensions?: { code?: string } }) => error.extensions?.code);
    // Rewriting the copies from the older read would drop the term written in between.
    expect(refused).toBe('CONFLICT');
    expect(await terms.get(record.id)).toBeUndefined();
    expect(await stored(schoolId)).toEqual(before);
  });

  it('retire past MAX_TERM_COPIES: the school stops growing and its terms are read by their kept ids', async () => {
    const schoolId = (await createSchool(api)).id;
    for (let i = 0; i < MAX_TERM_COPIES; i++) await createTerm(api, schoolId, termOf(2000 + Math.floor(i / 2), ((i % 2) + 1) as 1 | 2));
    expect(Object.keys((await expectCopiesExact(schoolId)).copies as object)).toHaveLength(MAX_TERM_COPIES);
    await createTerm(api, schoolId, termOf(2030, 1));
    const retired = await stored(schoolId);
    expect([retired.kept, retired.copies, Object.keys(retired.terms).length]).toEqual([false, undefined, MAX_TERM_COPIES + 1]);
    expect(await readsLikeRoot(schoolId, MAX_TERM_COPIES + 1)).toEqual(['GetItemCommand', 'BatchGetItemCommand']);
    await createTerm(api, schoolId, termOf(2031, 1));
    expect((await stored(schoolId)).copies).toBeUndefined();
    expect(await backfillTermCopies(api.db)).toBe(0);
  });

  it('keep copying when the school’s kept term ids retire (MAX_MEMBERS)', async () => {
    const schoolId = (await createSchool(api)).id;
    const filler = Array.from({ length: MAX_MEMBERS }, (_, i) => `trm_gone${i}`);
    await schoolEntity(api.db).patch({ id: schoolId }).add({ termIds: filler }).go();
    const id = (await createTerm(api, schoolId)).id;
    const school = await storedItem(api, schoolEntity(api.db), schoolId);
    expect([school.termIdsKept, school.termIds]).toEqual([false, undefined]);
    expect(Object.keys(termCopiesById(school.termItems))).toEqual([id]);
    expect(await walkBoth(2, nested(schoolId), root(schoolId))).toEqual([id]);
  });
});

describe('term copies backfill', () => {
  it('gives a school stored before copies its copies, reading it again when a term is written meanwhile', async () => {
    const schoolId = (await createSchool(api)).id;
    await createTerm(api, schoolId, termOf(2024, 1));
    await forgetTermCopies(api, schoolEntity(api.db), schoolId);
    // Terms written while the school keeps no copies: counted on the school, no copy written.
    const late = (await createTerm(api, schoolId, termOf(2024, 2))).id;
    expect(
      (await okData(api, `mutation { updateTerm(id: "${late}", input: { excludedDates: ["2025-03-02"] }, expectedVersion: 1) { version } }`)).updateTerm
        .version,
    ).toBe(2);
    const unkept = await stored(schoolId);
    expect([unkept.kept, unkept.copies, unkept.revision]).toEqual([undefined, undefined, 2]);
    expect(await readsLikeRoot(schoolId, 2)).toEqual(['GetItemCommand', 'BatchGetItemCommand']);

    // A term written between the backfill's reads and its write: that write is refused, the school read again.
    let raced: string | undefined;
    const racing: Db = {
      ...api.db,
      doc: {
        send: async (command: unknown) => {
          if (!raced && command instanceof UpdateCommand && JSON.stringify(command.input.Key).includes(schoolId)) {
            raced = (await createTerm(api, schoolId, termOf(2025, 1))).id;
          }
          return api.db.doc.send(command as UpdateCommand);
        },
      } as unknown as Db['doc'],
    };
    expect(await backfillTermCopies(racing)).toBeGreaterThanOrEqual(1);
    expect(raced).toBeDefined();
    expect(Object.keys((await expectCopiesExact(schoolId)).copies as object)).toHaveLength(3);
    expect(await readsLikeRoot(schoolId, 3)).toEqual(['GetItemCommand']);
    // Run again: every school keeps (or retired) its copies, nothing is written.
    expect(await backfillTermCopies(api.db)).toBe(0);
  });

  it('refuses a term write planned on the school as it was before a backfill, and writes nothing', async () => {
    const schoolId = (await createSchool(api)).id;
    await forgetTermCopies(api, schoolEntity(api.db), schoolId);
    const { schools, terms } = api.services.repositories;
    const before = await schools.get(schoolId);
    await backfillTermCopies(api.db);
    const filled = await expectCopiesExact(schoolId);
    const now = new Date().toISOString();
    const record: TermRecord = { ...termInput(schoolId), id: 'trm_planned', version: 1, createdAt: now, updatedAt: now, makeUpDays: [] };
    const refused = await terms
      .create(record, [schools.termChange(before!, { kind: 'create', termId: record.id, item: terms.storedItem(record) })])
      .catch((error: { extensions?: { code?: string } }) => error.extensions?.code);
    expect(refused).toBe('CONFLICT');
    expect(await terms.get(record.id)).toBeUndefined();
    expect(await stored(schoolId)).toEqual(filled);
  });
});
