import { beforeAll, describe, expect, it } from 'vitest';
import { errorReasons } from '../src/core/errorReasonList';
import { createTestApi, type GraphQLResult, type TestApi } from './support/api';
import { schoolInput } from './support/builders';
import { createSchool } from './support/domain';

/**
 * Refusals carry a reason and its parameters (`extensions.reason` + e.g. `schoolCode`), so a client words them in its
 * own language instead of showing the English `message`.
 */
let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});

const extensionsOf = (result: GraphQLResult) => result.errors?.[0]?.extensions ?? {};
const CREATE_SCHOOL = 'mutation($input: CreateSchoolInput!) { createSchool(input: $input) { id } }';

describe('error reasons', () => {
  it('name a duplicate school code with the code, input rules with their limits', async () => {
    const school = await createSchool(api, { code: 'RS-001' });
    expect(school.id).toBeTruthy();
    expect(extensionsOf(await api.exec(CREATE_SCHOOL, { input: schoolInput({ code: 'RS-001' }) }))).toMatchObject({
      code: 'CONFLICT',
      field: 'code',
      reason: 'DUPLICATE_SCHOOL_CODE',
      schoolCode: 'RS-001',
    });
    expect(extensionsOf(await api.exec(CREATE_SCHOOL, { input: schoolInput({ name: '' }) }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'name',
      reason: 'REQUIRED',
    });
    expect(extensionsOf(await api.exec(CREATE_SCHOOL, { input: schoolInput({ name: '长'.repeat(500) }) }))).toMatchObject({
      field: 'name',
      reason: 'TOO_LONG',
      max: expect.any(Number),
    });
    const term = await api.exec('mutation($input: CreateTermInput!) { createTerm(input: $input) { id } }', {
      input: { schoolId: school.id, schoolYear: '2026-2028', semester: 1, startDate: '2026-09-01', endDate: '2027-01-20' },
    });
    expect(extensionsOf(term)).toMatchObject({ field: 'schoolYear', reason: 'SCHOOL_YEAR' });
  });

  it('give a refused step the record’s status and its enum, and CSV import rows their reason and parameters', async () => {
    const created = await api.exec('mutation($input: CreateSurveyInput!) { createSurvey(input: $input) { id } }', {
      input: { title: '理由测试', kind: 'SATISFACTION', scope: 'DISTRICT', questions: [{ kind: 'RATING', text: '满意吗？' }] },
    });
    const id = created.data!.createSurvey.id;
    expect(extensionsOf(await api.exec('mutation($id: ID!) { closeSurvey(id: $id) { id } }', { id }))).toMatchObject({
      code: 'INVALID_TRANSITION',
      reason: 'WRONG_STATUS',
      status: 'DRAFT',
      statusType: 'SurveyStatus',
    });
    const imported = await api.exec(
      'mutation($rows: [CreateSchoolInput!]!) { importSchools(rows: $rows) { errors { row field code reason params { name value } } } }',
      {
        rows: [schoolInput({ code: 'RS-001' }), schoolInput({ code: 'RS-100' }), schoolInput({ code: 'RS-100' })],
      },
    );
    expect(imported.data!.importSchools.errors).toEqual([
      { row: 1, field: 'code', code: 'CONFLICT', reason: 'DUPLICATE_SCHOOL_CODE', params: [{ name: 'schoolCode', value: 'RS-001' }] },
      { row: 3, field: 'code', code: 'CONFLICT', reason: 'REPEATS_ROW', params: [{ name: 'row', value: '2' }] },
    ]);
  });

  it('tell a parent opening a survey that is not published yet that it is not open (not that it does not exist)', async () => {
    const created = await api.exec('mutation($input: CreateSurveyInput!) { createSurvey(input: $input) { accessCode } }', {
      input: { title: '未发布', kind: 'DEMAND', scope: 'DISTRICT', questions: [{ kind: 'TEXT', text: '建议' }] },
    });
    const code = created.data!.createSurvey.accessCode;
    const view = await api.exec('query($c: String!) { publicSurvey(accessCode: $c) { title } }', { c: code }, null);
    expect(extensionsOf(view)).toMatchObject({ code: 'INVALID_TRANSITION', reason: 'SURVEY_NOT_OPEN' });
    expect(view.data?.publicSurvey ?? null).toBeNull();
    expect(extensionsOf(await api.exec('mutation($c: String!) { issueRespondentKey(accessCode: $c) { key } }', { c: code }, null))).toMatchObject({
      reason: 'SURVEY_NOT_OPEN',
    });
  });

  it('list every parameter a reason names (the console words each reason with exactly these)', () => {
    for (const names of Object.values(errorReasons)) for (const name of names) expect(name).toMatch(/^[a-z][A-Za-z]*$/);
  });
});
