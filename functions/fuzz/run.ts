/**
 * `npm run fuzz`: the property-based tests of `npm test`, longer. Starts its own DynamoDB Local (in memory), runs
 * generated cases per mutation family (default 5 000 each) and prints, per family, cases tried, successes, coded
 * errors by code, internal errors and partial writes. Exits 1 when any case answered INTERNAL_SERVER_ERROR (or an
 * uncoded error) or a refused mutation changed the table.
 *
 *   npm run fuzz                                  # 5 000 cases per family
 *   npm run fuzz -- --runs 500 --family surveys   # one family, fewer cases
 *   npm run fuzz -- --seed 42 --parallel 1        # reproducible, one family at a time
 *
 * Env: FUZZ_RUNS, FUZZ_SEED, FUZZ_PARALLEL (same as the flags).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { startDynamoLocal } from '../src/local/dynamoLocal';
import { families, fuzzFamily, type FamilyStats } from './harness';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: process.env.FUZZ_RUNS ?? '5000' },
    seed: { type: 'string', default: process.env.FUZZ_SEED },
    family: { type: 'string', multiple: true },
    parallel: { type: 'string', default: process.env.FUZZ_PARALLEL ?? '2' },
  },
});
const runs = Number(values.runs);
const seed = values.seed === undefined ? Math.floor(Math.random() * 2 ** 31) : Number(values.seed);
const selected = values.family?.length ? families.filter((family) => values.family!.includes(family.name)) : families;
if (!Number.isInteger(runs) || runs < 1 || selected.length === 0) {
  console.error(`Usage: npm run fuzz -- [--runs N] [--seed N] [--parallel N] [--family ${families.map((f) => f.name).join('|')}]…`);
  process.exit(2);
}

// Our own data dir (token secret, uploaded documents), never the developer's .data/ that `npm start` may use.
const dataDir = mkdtempSync(join(tmpdir(), 'kehou-fuzz-'));
process.env.KEHOU_DATA_DIR = dataDir;
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
// Masked errors are logged by the server; the summary counts them, so keep the output to the table.
const quiet = console.error;
console.error = () => undefined;

const engine = await startDynamoLocal({ tmpDir: join(dataDir, 'tmp') });
let stopped = false;
async function stop() {
  if (stopped) return;
  stopped = true;
  await engine.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
process.on('SIGINT', () => void stop().then(() => process.exit(130)));

console.log(`fuzz: ${runs} cases per family, ${selected.length} families, seed ${seed}, DynamoDB Local ${engine.endpoint}`);
const started = Date.now();
const results: FamilyStats[] = [];
const queue = [...selected];
async function worker() {
  for (let family = queue.shift(); family; family = queue.shift()) {
    const t0 = Date.now();
    const stats = await fuzzFamily(engine.endpoint, family, runs, {
      seed,
      tablePrefix: 'fuzz',
      onProgress: (s) =>
        s.cases < runs && console.log(`  ${family.name.padEnd(12)} ${s.cases}/${runs} (internal ${s.internal}, partial writes ${s.partialWrites})`),
    });
    results.push(stats);
    console.log(`  ${family.name.padEnd(12)} done in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  }
}
try {
  await Promise.all(Array.from({ length: Math.max(1, Number(values.parallel) || 1) }, worker));
} finally {
  await stop();
  console.error = quiet;
}

const codes = [...new Set(results.flatMap((r) => Object.keys(r.codes)))].sort();
const header = ['family', 'cases', 'ok', ...codes, 'internal', 'partial writes'];
const rows = selected
  .map((family) => results.find((r) => r.family === family.name)!)
  .map((r) => [r.family, r.cases, r.ok, ...codes.map((code) => r.codes[code] ?? 0), r.internal, r.partialWrites].map(String));
const total = ['total', ...header.slice(1).map((_, i) => String(rows.reduce((sum, row) => sum + Number(row[i + 1]), 0)))];
const widths = header.map((h, i) => Math.max(h.length, ...[...rows, total].map((row) => row[i].length)));
const line = (cells: string[]) => cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');
console.log(`\n${line(header)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}\n${rows.map(line).join('\n')}\n${line(total)}`);
console.log(`\n${((Date.now() - started) / 1000).toFixed(0)} s; seed ${seed}`);

const bad = results.flatMap((r) => r.failures.map((f) => ({ family: r.family, ...f })));
if (bad.length > 0) {
  console.log(`\n${bad.length} failing case(s) (first 20 per family):`);
  for (const failure of bad) console.log(JSON.stringify(failure).slice(0, 2000));
  process.exit(1);
}
console.log('No internal errors and no partial writes.');
