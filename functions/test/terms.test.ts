import { beforeAll, describe, expect, it } from 'vitest';
import { codeOf, createTestApi, fieldOf, providerUser, schoolAdminOf, type TestApi } from './support/api';
import { schoolInput, TERM_FIELDS, termInput } from './support/builders';

const CREATE_TERM = `mutation($input: CreateTermInput!) { createTerm(input: $input) { ${TERM_FIELDS} school { id code } } }`;
const UPDATE_TERM = `mutation($id: ID!, $input: UpdateTermInput!, $v: Int!) { updateTerm(id: $id, input: $input, expectedVersion: $v) { ${TERM_FIELDS} } }`;
const TERMS = `query($filter: TermFilter, $first: Int, $after: String) { terms(filter: $filter, first: $first, after: $after) {
  totalCount nodes { id schoolId schoolYear semester } pageInfo { hasNextPage endCursor } } }`;

let api: TestApi;
let schoolA: string;
let schoolB: string;

async function newSchool() {
  const result = await api.exec('mutation($input: CreateSchoolInput!) { createSchool(input: $input) { id } }', { input: schoolInput() });
  return result.data!.createSchool.id as string;
}

async function createTerm(schoolId: string, overrides: Record<string, unknown> = {}) {
  const result = await api.exec(CREATE_TERM, { input: termInput(schoolId, overrides) });
  expect(result.errors).toBeUndefined();
  return result.data!.createTerm;
}

beforeAll(async () => {
  api = await createTestApi();
  schoolA = await newSchool();
  schoolB = await newSchool();
});

describe('terms', () => {
  it('creates a term with its school resolved and lists it under the school', async () => {
    const term = await createTerm(schoolA, { semester: 2, schoolYear: '2025-2026', startDate: '2026-02-20', endDate: '2026-07-01', excludedDates: [] });
    expect(term).toMatchObject({ version: 1, schoolId: schoolA, school: { id: schoolA } });
    const listed = await api.exec(TERMS, { filter: { schoolId: schoolA } });
    expect(listed.data!.terms.nodes.map((node: { id: string }) => node.id)).toContain(term.id);
    const nested = await api.exec('query($id: ID!) { school(id: $id) { terms { totalCount nodes { id } } } }', { id: schoolA });
    expect(nested.data!.school.terms.nodes.map((node: { id: string }) => node.id)).toContain(term.id);
  });

  it('refuses a second term for the same school, year and semester with CONFLICT', async () => {
    const school = await newSchool();
    await createTerm(school);
    const again = await api.exec(CREATE_TERM, { input: termInput(school) });
    expect(codeOf(again)).toBe('CONFLICT');
    expect((await api.exec(TERMS, { filter: { schoolId: school } })).data!.terms.totalCount).toBe(1);
  });

  it('checks dates: end before start, holidays outside the term, bad formats', async () => {
    const school = await newSchool();
    const cases: [Record<string, unknown>, string][] = [
      [{ endDate: '2026-08-01' }, 'endDate'],
      [{ excludedDates: ['2027-03-01'] }, 'excludedDates'],
      [{ startDate: '2026-02-30' }, 'startDate'],
      [{ schoolYear: '2026-2028' }, 'schoolYear'],
      [{ semester: 3 }, 'semester'],
    ];
    for (const [overrides, field] of cases) {
      const result = await api.exec(CREATE_TERM, { input: termInput(school, overrides) });
      expect([codeOf(result), fieldOf(result)], JSON.stringify(overrides)).toEqual(['BAD_USER_INPUT', field]);
    }
    expect((await api.exec(TERMS, { filter: { schoolId: school } })).data!.terms.totalCount).toBe(0);
  });

  it('refuses a term for a school that does not exist', async () => {
    expect(codeOf(await api.exec(CREATE_TERM, { input: termInput('sch_doesnotexist') }))).toBe('NOT_FOUND');
  });

  it('updates with the expected version, moving the year/semester slot', async () => {
    const school = await newSchool();
    const term = await createTerm(school);
    const moved = await api.exec(UPDATE_TERM, { id: term.id, input: { semester: 2, startDate: '2027-02-20', endDate: '2027-07-01', excludedDates: [] }, v: 1 });
    expect(moved.data!.updateTerm).toMatchObject({ semester: 2, version: 2 });
    // The semester-1 slot is free again.
    await createTerm(school);
    expect(codeOf(await api.exec(UPDATE_TERM, { id: term.id, input: { endDate: '2027-07-02' }, v: 1 }))).toBe('CONFLICT');
  });

  it('copies a term to every other school that lacks it', async () => {
    const source = await createTerm(schoolB, { schoolYear: '2030-2031' });
    const copied = await api.exec('mutation($id: ID!) { copyTermToAllSchools(termId: $id) { schoolId schoolYear } }', { id: source.id });
    const schools = (await api.exec('{ schools(first: 100) { nodes { id } } }')).data!.schools.nodes.map((node: { id: string }) => node.id);
    expect(copied.data!.copyTermToAllSchools.map((term: { schoolId: string }) => term.schoolId).sort()).toEqual(
      schools.filter((id: string) => id !== schoolB).sort(),
    );
    const again = await api.exec('mutation($id: ID!) { copyTermToAllSchools(termId: $id) { id } }', { id: source.id });
    expect(again.data!.copyTermToAllSchools).toEqual([]);
  });
});

describe('term access (SPEC §4)', () => {
  it("gives a school admin FORBIDDEN on another school's terms, and changes nothing", async () => {
    const otherTerm = await createTerm(schoolB, { schoolYear: '2028-2029' });
    const admin = schoolAdminOf(schoolA);
    expect(codeOf(await api.exec('query($id: ID!) { term(id: $id) { id } }', { id: otherTerm.id }, admin))).toBe('FORBIDDEN');
    expect(codeOf(await api.exec(TERMS, { filter: { schoolId: schoolB } }, admin))).toBe('FORBIDDEN');
    expect(codeOf(await api.exec(CREATE_TERM, { input: termInput(schoolB, { schoolYear: '2029-2030' }) }, admin))).toBe('FORBIDDEN');
    expect(codeOf(await api.exec(UPDATE_TERM, { id: otherTerm.id, input: { endDate: '2029-01-01' }, v: 1 }, admin))).toBe('FORBIDDEN');
    expect(codeOf(await api.exec('mutation($id: ID!) { deleteTerm(id: $id) }', { id: otherTerm.id }, admin))).toBe('FORBIDDEN');
    const stored = await api.exec(`query($id: ID!) { term(id: $id) { ${TERM_FIELDS} } }`, { id: otherTerm.id });
    expect(stored.data!.term).toEqual(Object.fromEntries(Object.entries(otherTerm).filter(([key]) => key !== 'school')));
    expect((await api.exec(TERMS, { filter: { schoolId: schoolB, schoolYear: '2029-2030' } })).data!.terms.totalCount).toBe(0);
  });

  it('lets a school admin manage their own terms and lists only them', async () => {
    const admin = schoolAdminOf(schoolA);
    const created = await api.exec(CREATE_TERM, { input: termInput(schoolA, { schoolYear: '2031-2032' }) }, admin);
    expect(created.errors).toBeUndefined();
    const listed = await api.exec(TERMS, {}, admin);
    expect(new Set(listed.data!.terms.nodes.map((node: { schoolId: string }) => node.schoolId))).toEqual(new Set([schoolA]));
  });

  it('answers UNAUTHENTICATED without a token and FORBIDDEN for provider users', async () => {
    for (const query of [TERMS, '{ schools { totalCount } }', '{ districtPolicy { id } }']) {
      expect(codeOf(await api.exec(query, {}, null))).toBe('UNAUTHENTICATED');
    }
    expect(codeOf(await api.exec(TERMS, {}, providerUser))).toBe('FORBIDDEN');
    expect((await api.exec('{ viewer { role } }', {}, null)).data!.viewer).toBeNull();
  });
});
