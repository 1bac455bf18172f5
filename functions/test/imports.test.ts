import { beforeAll, describe, expect, it } from 'vitest';
import { codeOf, createTestApi, schoolAdminOf, type TestApi } from './support/api';
import { schoolInput } from './support/builders';

const IMPORT = `mutation($rows: [CreateSchoolInput!]!, $dryRun: Boolean, $onlyValid: Boolean, $firstRow: Int) {
  importSchools(rows: $rows, dryRun: $dryRun, onlyValid: $onlyValid, firstRow: $firstRow) { dryRun valid created errors { row field code message } createdIds } }`;

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});

const count = async () => (await api.exec('{ schools { totalCount } }')).data!.schools.totalCount;

describe('CSV import of schools', () => {
  it('previews per-row errors and writes nothing while the file has errors', async () => {
    await api.exec('mutation($i: CreateSchoolInput!) { createSchool(input: $i) { id } }', { i: schoolInput({ code: 'IMP-EXIST' }) });
    const before = await count();
    const rows = [
      schoolInput({ code: 'IMP-1' }),
      schoolInput({ code: 'IMP-EXIST' }),
      schoolInput({ code: 'IMP-1' }),
      schoolInput({ name: '' }),
      schoolInput({ code: 'IMP-2' }),
    ];
    const preview = (await api.exec(IMPORT, { rows, firstRow: 2 })).data!.importSchools;
    expect(preview).toMatchObject({ dryRun: true, valid: 2, created: 0 });
    expect(preview.errors.map((e: { row: number; field: string; code: string }) => [e.row, e.field, e.code])).toEqual([
      [3, 'code', 'CONFLICT'],
      [4, 'code', 'CONFLICT'],
      [5, 'name', 'BAD_USER_INPUT'],
    ]);
    const refused = (await api.exec(IMPORT, { rows, dryRun: false })).data!.importSchools;
    expect(refused.created).toBe(0);
    expect(await count()).toBe(before);
    const onlyValid = (await api.exec(IMPORT, { rows, dryRun: false, onlyValid: true })).data!.importSchools;
    expect(onlyValid).toMatchObject({ created: 2, valid: 2 });
    expect(await count()).toBe(before + 2);
  });

  it('is for district admins, at most 100 rows a call', async () => {
    expect(codeOf(await api.exec(IMPORT, { rows: [schoolInput()] }, schoolAdminOf('sch_x')))).toBe('FORBIDDEN');
    expect(codeOf(await api.exec(IMPORT, { rows: Array.from({ length: 101 }, () => schoolInput()) }))).toBe('BAD_USER_INPUT');
  });
});
