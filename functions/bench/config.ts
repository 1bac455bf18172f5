import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

/** functions/bench: everything the benchmark writes stays under this folder. */
export const benchDir = fileURLToPath(new URL('.', import.meta.url));
export const resultsDir = join(benchDir, 'results');
/** Bundles, engine scratch files and the local token secret: git-ignored (see .gitignore here). */
export const buildDir = join(benchDir, '.build');
export const benchDataDir = join(benchDir, '.data');

const num = (name: string, fallback: number) => {
  const value = Number(process.env[name]);
  return Number.isFinite(value) && value > 0 ? value : fallback;
};

/**
 * BENCH_SCALE shrinks the data set for a quick try (e.g. 0.1); results are only comparable at 1.
 * BENCH_SECONDS sets the measured length of each throughput run.
 */
export const scale = num('BENCH_SCALE', 1);
/**
 * BENCH_PHASES=care,money runs only the named phases (after the seed they need); such a partial run is a trial, so
 * its results go to the git-ignored .build/ like a scaled one. Unset: every phase.
 */
export const onlyPhases = (process.env.BENCH_PHASES ?? '')
  .split(',')
  .map((name) => name.trim())
  .filter(Boolean);
const scaled = (n: number, min: number) => Math.max(min, Math.round(n * scale));

export const sizes = {
  // At least 20 schools, so the nested query can ask for 20.
  schools: scaled(200, 20),
  providers: scaled(2000, 20),
  /** 250 per school: a full "5+2" week of 50 slots a weekday, in the current term. */
  activitiesPerSchool: 250,
  /** Half of a school's activities are run by outside providers (under a contract). */
  providerShare: 0.5,
  largeSurveyAnswers: scaled(100_000, 1000),
  smallSurveyAnswers: 10,
};

export const load = {
  concurrency: 32,
  seconds: num('BENCH_SECONDS', 8),
  /** The JVM and V8 both need a moment to compile the hot paths before numbers mean anything. */
  warmupSeconds: num('BENCH_WARMUP_SECONDS', 2),
  submitSeconds: num('BENCH_SUBMIT_SECONDS', 10),
  surveyReads: 31,
  /**
   * Fresh processes of each handler for the init ratio. With 10, the same bundles gave 2.85× and 3.52× in two runs
   * an hour apart (single processes ranged 160–239 ms CPU on this shared VM); 20 costs about 10 s more.
   */
  initRuns: 20,
  /** first: sizes of the nested query; calls per request must not differ between them. */
  nestedSizes: [5, 20] as const,
  /**
   * Requests at each nested size for the latency ratio (alternating pairs, one request in flight). 15 left the median
   * moving by ± 0.2 between runs at the same load; 40 costs about 6 s more, and still moved 1.43–1.59× between runs
   * of the same code; 80 another 6 s.
   */
  nestedLatencyPairs: 80,
};

/** The budget for the whole run (the `run.duration` goal). */
export const runBudgetSeconds = 600;
/**
 * Phases are skipped (and shown as ✗) rather than overrun this; BENCH_BUDGET_SECONDS raises it on a machine shared
 * with other work, so that every phase still runs (the run.duration goal stays at runBudgetSeconds). The seed's time
 * box is half of it, at least 300 s.
 */
export const skipAfterSeconds = num('BENCH_BUDGET_SECONDS', runBudgetSeconds);

/** Concurrent BatchWriteItem requests while seeding: measured best on 2 cores (more only queues in the engine). */
export const seedConcurrency = 16;

export const tableName = 'kehou-bench';
export const region = 'cn-north-1';
