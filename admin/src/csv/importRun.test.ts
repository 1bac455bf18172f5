import { describe, expect, it } from 'vitest';
import type { ImportResultFieldsFragment } from '../generated/graphql';
import type { ImportRecord } from './importMapping';
import { checkRecords, importRecords, type ImportCall, type ImportCallOptions } from './importRun';

type Input = { code: string };

/** Records on file rows 2, 3, …; `bad` ones already carry a problem found in the browser. */
function records(count: number, bad: number[] = []): ImportRecord<Input>[] {
  return Array.from({ length: count }, (_, i) => ({
    rows: [i + 2],
    label: `S${i + 2}`,
    input: { code: `S${i + 2}` },
    problems: bad.includes(i + 2) ? [{ row: i + 2, field: 'grades', code: 'BAD_GRADES' }] : [],
  }));
}

/** A fake API: refuses the codes in `refused` (numbering rows from firstRow) and creates the rest unless asked not to. */
function fakeApi(refused: string[] = []) {
  const calls: { codes: string[]; options: ImportCallOptions }[] = [];
  const call: ImportCall<Input> = async (rows, options) => {
    calls.push({ codes: rows.map((r) => r.code), options });
    const errors = rows.flatMap((row, i) =>
      refused.includes(row.code) ? [{ row: options.firstRow + i, field: 'code', code: 'CONFLICT', message: `${row.code} already exists` }] : [],
    );
    const valid = rows.length - errors.length;
    const writes = !options.dryRun && (errors.length === 0 || options.onlyValid);
    return { dryRun: options.dryRun, valid, created: writes ? valid : 0, errors } satisfies ImportResultFieldsFragment;
  };
  return { call, calls };
}

describe('preview (dry run)', () => {
  it('checks the records without problems in chunks of 100, numbering rows as in the file', async () => {
    const { call, calls } = fakeApi(['S150']);
    const progress: number[] = [];
    const checked = await checkRecords(records(250, [5]), call, (p) => progress.push(p.done));
    expect(calls.map((c) => c.codes.length)).toEqual([100, 100, 49]);
    expect(calls.every((c) => c.options.dryRun)).toBe(true);
    // Row 5 is never sent: the first chunk is rows 2–4 and 6–102, starting at row 2.
    expect(calls[0].options.firstRow).toBe(2);
    expect(calls[0].codes).not.toContain('S5');
    expect(calls[1].options.firstRow).toBe(103);
    expect(progress).toEqual([0, 1, 2, 3]);
    expect(checked.find((r) => r.label === 'S150')!.problems).toEqual([{ row: 150, field: 'code', code: 'CONFLICT', args: { detail: 'S150 already exists' } }]);
    expect(checked.filter((r) => r.problems.length > 0).map((r) => r.label)).toEqual(['S5', 'S150']);
  });

  it('puts an error on a qualification on that qualification’s row', async () => {
    const provider: ImportRecord<Input> = { rows: [2, 3, 4], label: 'P', input: { code: 'P' }, problems: [], qualificationRows: [2, 4] };
    const call: ImportCall<Input> = async () => ({
      dryRun: true,
      valid: 0,
      created: 0,
      errors: [{ row: 2, field: 'qualifications.1.validTo', code: 'BAD_USER_INPUT', message: 'validTo must not be before validFrom' }],
    });
    const [checked] = await checkRecords([provider], call);
    expect(checked.problems).toEqual([{ row: 4, field: 'validTo', code: 'BAD_USER_INPUT', args: { detail: 'validTo must not be before validFrom' } }]);
  });
});

describe('import', () => {
  it('sends only the records that passed, with onlyValid when asked, and counts what was created', async () => {
    const { call, calls } = fakeApi();
    const progress: { done: number; created: number }[] = [];
    const outcome = await importRecords(records(150, [3]), call, { onlyValid: true }, ({ done, created }) => progress.push({ done, created }));
    expect(calls.map((c) => [c.codes.length, c.options.dryRun, c.options.onlyValid])).toEqual([
      [100, false, true],
      [49, false, true],
    ]);
    expect(outcome.created).toBe(149);
    expect(outcome.failed.map((r) => r.label)).toEqual(['S3']);
    expect(progress).toEqual([
      { done: 0, created: 0 },
      { done: 1, created: 100 },
      { done: 2, created: 149 },
    ]);
  });

  it('reports a chunk the API refused as a whole (a code taken since the preview)', async () => {
    const { call } = fakeApi(['S4']);
    const outcome = await importRecords(records(3), call, { onlyValid: false });
    expect(outcome.created).toBe(0);
    expect(outcome.failed.map((r) => [r.label, r.problems[0].code])).toEqual([
      ['S2', 'SKIPPED'],
      ['S3', 'SKIPPED'],
      ['S4', 'CONFLICT'],
    ]);
  });
});
