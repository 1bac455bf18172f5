import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, type GraphQLResult, type TestApi } from './support/api';
import { schoolInput, termInput } from './support/builders';
import { createSchool } from './support/domain';

/**
 * A value a custom scalar refuses (Date, LocalTime) is BAD_USER_INPUT with the place it was given (`extensions.field`,
 * the argument path the services use) and the catalogue's reason — as a variable, inside a variable, or written as a
 * literal in the query — and nothing is written.
 */
let api: TestApi;
let schoolId: string;

async function tableItems(): Promise<string> {
  const out = await api.db.doc.send(new ScanCommand({ TableName: api.db.config.tableName }));
  return JSON.stringify((out.Items ?? []).map((item) => JSON.stringify(item)).sort());
}

/** The refusal's code, field and reason; the table is unchanged by it. */
async function refusal(query: string, variables: Record<string, unknown> = {}) {
  const before = await tableItems();
  const result: GraphQLResult = await api.exec(query, variables);
  expect(result.errors, JSON.stringify(result)).toHaveLength(1);
  expect(result.data ?? undefined).toBeUndefined();
  expect(await tableItems()).toBe(before);
  const { code, field, reason } = result.errors![0].extensions ?? {};
  return { code, field, reason };
}

const CREATE_TERM = 'mutation($input: CreateTermInput!) { createTerm(input: $input) { id } }';

beforeAll(async () => {
  api = await createTestApi();
  schoolId = (await createSchool(api)).id;
});

describe('refused scalar values name their place and reason', () => {
  it('a whole Date variable: the argument it is passed to', async () => {
    expect(await refusal('query($s: ID!, $d: Date!) { careBoard(schoolId: $s, date: $d) { date } }', { s: schoolId, d: '2026-02-30' })).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'date',
      reason: 'INVALID_DATE',
    });
    // Not a date at all; and a variable used inside an input object literal.
    expect(await refusal('query($d: Date) { contracts(filter: { endsOnOrBefore: $d }) { totalCount } }', { d: 'tomorrow' })).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'filter.endsOnOrBefore',
      reason: 'INVALID_DATE',
    });
  });

  it('a variable used at two places is named by the variable', async () => {
    expect(await refusal('query($s: ID!, $d: Date!) { careLogs(schoolId: $s, from: $d, to: $d) { date } }', { s: schoolId, d: '2026-13-01' })).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'd',
      reason: 'INVALID_DATE',
    });
  });

  it('inside an input variable: the input field, list items by index (as the services name them)', async () => {
    expect(await refusal(CREATE_TERM, { input: termInput(schoolId, { startDate: '2026-02-30' }) })).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'startDate',
      reason: 'INVALID_DATE',
    });
    expect(await refusal(CREATE_TERM, { input: termInput(schoolId, { excludedDates: ['2026-10-01', '2026-11-31'] }) })).toMatchObject({
      field: 'excludedDates.1',
      reason: 'INVALID_DATE',
    });
    const slots = [{ grades: [1, 2], times: ['16:00', '25:00'] }];
    expect(
      await refusal('mutation($input: CreateSchoolInput!) { createSchool(input: $input) { id } }', { input: schoolInput({ pickupSlots: slots }) }),
    ).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'pickupSlots.0.times.1',
      reason: 'INVALID_TIME',
    });
    // A variable not named after its argument is named by the argument too.
    expect(await refusal('query($f: ContractFilter) { contracts(filter: $f) { totalCount } }', { f: { endsOnOrBefore: '2026-04-31' } })).toMatchObject({
      field: 'filter.endsOnOrBefore',
    });
  });

  it('a literal in the query: BAD_USER_INPUT (not a validation failure) at its argument path', async () => {
    expect(await refusal(`query { careBoard(schoolId: "${schoolId}", date: "2026-02-30") { date } }`)).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'date',
      reason: 'INVALID_DATE',
    });
    expect(await refusal('query { contracts(filter: { endsOnOrBefore: "2026-2-1" }) { totalCount } }')).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'filter.endsOnOrBefore',
      reason: 'INVALID_DATE',
    });
    const term = `schoolId: "${schoolId}", schoolYear: "2026-2027", semester: 1, startDate: "2026-09-01", endDate: "2027-01-22"`;
    expect(await refusal(`mutation { createTerm(input: { ${term}, excludedDates: ["2026-10-01", "2026-09-31"] }) { id } }`)).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'excludedDates.1',
      reason: 'INVALID_DATE',
    });
    const school = `name: "字面量小学", code: "LIT-1", type: PRIMARY, ownership: PUBLIC, grades: [1], studentCount: 10`;
    expect(await refusal(`mutation { createSchool(input: { ${school}, pickupSlots: [{ grades: [1], times: ["7pm"] }] }) { id } }`)).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'pickupSlots.0.times.0',
      reason: 'INVALID_TIME',
    });
    // A number where a Date is expected is refused the same way.
    expect(await refusal('query { contracts(filter: { endsOnOrBefore: 20260201 }) { totalCount } }')).toMatchObject({ field: 'filter.endsOnOrBefore' });
  });

  it('a bad default value of a variable is named by the variable', async () => {
    expect(await refusal(`query($d: Date = "2026-06-31") { careBoard(schoolId: "${schoolId}", date: $d) { date } }`)).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'd',
      reason: 'INVALID_DATE',
    });
  });

  it('a required input field left out is named inside its input', async () => {
    const { startDate: _left, ...input } = termInput(schoolId);
    expect(await refusal(CREATE_TERM, { input })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'startDate' });
  });

  it('a literal of a built-in type, an enum or an input object that is wrong: BAD_USER_INPUT at its place, as the same value in a variable', async () => {
    expect(await refusal('{ schools(first: "x") { totalCount } }')).toEqual({ code: 'BAD_USER_INPUT', field: 'first', reason: undefined });
    expect(await refusal('query($f: Int) { schools(first: $f) { totalCount } }', { f: 'x' })).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'first',
      reason: undefined,
    });
    expect(await refusal('{ school(id: 5.5) { id } }')).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    const school = `name: "字面量小学", code: "LIT-2", ownership: PUBLIC, studentCount: 10`;
    expect(await refusal(`mutation { createSchool(input: { ${school}, grades: [1], type: PRIMERY }) { id } }`)).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'type',
    });
    expect(await refusal(`mutation { createSchool(input: { ${school}, type: PRIMARY, grades: [1, "two"] }) { id } }`)).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'grades.1',
    });
    // A required input field left out is named inside its input, as in a variable.
    expect(await refusal(`mutation { createSchool(input: { ${school}, type: PRIMARY }) { id } }`)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'grades' });
    expect(await refusal(`mutation { createSchool(input: { ${school}, type: PRIMARY, grades: [1], pickupSlots: [{ grades: [1] }] }) { id } }`)).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'pickupSlots.0.times',
    });
    // What names no value stays a validation failure: an unknown field or argument.
    expect(await refusal('{ schools(frist: 1) { totalCount } }')).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', field: undefined });
    expect(await refusal('{ schools { nope } }')).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', field: undefined });
  });

  it('an input field the type does not define: BAD_USER_INPUT naming it, as a literal and as a variable alike', async () => {
    const school = { name: '字面量小学', code: 'LIT-3', type: 'PRIMARY', ownership: 'PUBLIC', grades: [1], studentCount: 10 };
    const literal = `name: "${school.name}", code: "${school.code}", type: PRIMARY, ownership: PUBLIC, grades: [1], studentCount: 10`;
    const asVariable = await refusal('mutation($i: CreateSchoolInput!) { createSchool(input: $i) { id } }', { i: { ...school, colour: 'red' } });
    expect(asVariable).toEqual({ code: 'BAD_USER_INPUT', field: 'colour', reason: undefined });
    expect(await refusal(`mutation { createSchool(input: { ${literal}, colour: "red" }) { id } }`)).toEqual(asVariable);
    // Inside a list of input objects, and in a filter (an argument other than `input`, which stays in the name).
    const slot = { grades: [1], times: ['16:00'], colour: 'red' };
    expect(await refusal('mutation($i: CreateSchoolInput!) { createSchool(input: $i) { id } }', { i: { ...school, pickupSlots: [slot] } })).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'pickupSlots.0.colour',
      reason: undefined,
    });
    expect(await refusal(`mutation { createSchool(input: { ${literal}, pickupSlots: [{ grades: [1], times: ["16:00"], colour: "red" }] }) { id } }`)).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'pickupSlots.0.colour',
      reason: undefined,
    });
    const filtered = await refusal('query($f: ContractFilter) { contracts(filter: $f) { totalCount } }', { f: { colour: 'red' } });
    expect(filtered).toEqual({ code: 'BAD_USER_INPUT', field: 'filter.colour', reason: undefined });
    expect(await refusal('{ contracts(filter: { colour: "red" }) { totalCount } }')).toEqual(filtered);
  });

  it('valid values still pass', async () => {
    const result = await api.exec('query($s: ID!, $d: Date!) { careBoard(schoolId: $s, date: $d) { date } }', { s: schoolId, d: '2028-02-29' });
    expect(result.errors).toBeUndefined();
    expect(result.data!.careBoard.date).toBe('2028-02-29');
  });
});
