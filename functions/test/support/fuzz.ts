import { expect, inject, it } from 'vitest';
import { families, fuzzFamily } from '../../fuzz/harness';

/** Cases per family in `npm test` (issue 11 asks for at least 200); `npm run fuzz` runs many more. */
const RUNS = Number(process.env.FUZZ_RUNS || 200);

/**
 * One property test per mutation family: generated inputs (derived from the SDL) as every role; each result must be
 * success or a coded error, never INTERNAL_SERVER_ERROR, and a refused mutation must leave the table unchanged.
 */
export function fuzzFamilies(names: string[]) {
  for (const family of families.filter((f) => names.includes(f.name))) {
    it(`${family.name}: ${RUNS} generated cases are a success or a coded error, and a refusal writes nothing`, async () => {
      const seed = Number(process.env.FUZZ_SEED || Math.floor(Math.random() * 2 ** 31));
      const stats = await fuzzFamily(inject('dynamoEndpoint'), family, RUNS, { seed, tablePrefix: 'test-fuzz' });
      if (process.env.FUZZ_VERBOSE) console.log(family.name, JSON.stringify({ cases: stats.cases, ok: stats.ok, codes: stats.codes }));
      const report = JSON.stringify({ seed, failures: stats.failures }, null, 1);
      expect(stats.failures, `reproduce with FUZZ_SEED=${seed}: ${report}`).toEqual([]);
      expect(stats.cases).toBe(RUNS);
      // The generator must reach both sides: accepted inputs and refused ones.
      expect(stats.ok, JSON.stringify(stats.codes)).toBeGreaterThan(0);
      expect(Object.values(stats.codes).reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
    });
  }
}
