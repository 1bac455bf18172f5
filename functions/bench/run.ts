/**
 * `npm run bench`: starts its own DynamoDB Local and API server, seeds a district-sized data set, measures
 * (raw engine vs GraphQL reads, nested queries, survey results and submissions, Lambda bundle and cold start),
 * prints one table and writes it to functions/bench/results/<date>.json and latest.json.
 *
 * Env: BENCH_SCALE (e.g. 0.1 for a quick try), BENCH_SECONDS (length of each throughput run, default 8),
 * BENCH_PHASES (e.g. care,money: only those phases, results to .build/).
 * A new measurement is a module in phases/ returning rows, plus one entry in `phases/catalogue.ts` (see README.md).
 */
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { ensureTable } from '../src/db/bootstrap';
import { createDb } from '../src/db/client';
import { startDynamoLocal } from '../src/local/dynamoLocal';
import { defaultPolicyValues } from '../src/policy/defaultPolicy';
import { createServices } from '../src/server/services';
import { startApiServer } from './apiServer';
import { benchDataDir, load, onlyPhases, region, runBudgetSeconds, scale, seedConcurrency, sizes, skipAfterSeconds, tableName } from './config';
import { graphqlClient } from './graphqlClient';
import { elapsedSeconds, installSignalHandlers, log, onStop, stopAll, timeBoxed } from './lifecycle';
import { benchPhases, type BenchContext, type Phase } from './phases/catalogue';
import { formatProbes, type ProbeResult } from './phases/nestedProbes';
import { benchKeySecret } from './phases/surveys';
import { codeState, formatTable, machine, markdownTable, rate, writeResults, type Row } from './report';
import { seedDistrict } from './seed/district';
import { seedSurveys } from './seed/surveys';

// Our own data dir (token secret, engine scratch), never the developer's .data/ that `npm start` may be using.
// Nothing reads it at import time (dataDir() is evaluated on use), so setting it here is early enough.
process.env.KEHOU_DATA_DIR = benchDataDir;
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

const loadAtStart = loadavg();
const code = codeState();
installSignalHandlers();
const rows: Row[] = [];
const extra: Record<string, unknown> = {};
const phases = benchPhases(rows, extra);
/** How long each phase took and how busy the machine was when it started: the bench's own figures. */
const phaseLog: { phase: string; startedAt: number; seconds: number; loadAverage: number; outcome: string }[] = [];

/** Runs a phase within its time box and what is left of the run budget; a failure becomes ✗ rows, not a crash. */
async function runPhase(phase: Phase, context: BenchContext) {
  const startedAt = elapsedSeconds();
  const left = skipAfterSeconds - startedAt - 15;
  const record = (outcome: string) =>
    phaseLog.push({
      phase: phase.name,
      startedAt: Number(startedAt.toFixed(1)),
      seconds: Number((elapsedSeconds() - startedAt).toFixed(1)),
      loadAverage: Number(loadavg()[0].toFixed(2)),
      outcome,
    });
  if (left < 10) {
    rows.push(...phase.failed(`skipped: the ${skipAfterSeconds} s run budget is used up`));
    return record('skipped');
  }
  try {
    rows.push(...(await timeBoxed(phase.name, Math.min(phase.maxSeconds, left), (signal) => phase.run(context, signal))));
    record('ok');
  } catch (error) {
    log(`${phase.name} failed: ${error instanceof Error ? error.message : String(error)}`);
    rows.push(...phase.failed(`failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`));
    record('failed');
  }
}

async function main() {
  log(
    `Benchmark: ${sizes.schools} schools, ${sizes.providers} providers, ${(sizes.schools * sizes.activitiesPerSchool).toLocaleString('en-US')} activities, ${sizes.largeSurveyAnswers.toLocaleString('en-US')} survey answers${scale !== 1 ? ` (BENCH_SCALE=${scale})` : ''}; load average ${loadAtStart[0].toFixed(1)} on ${availableParallelism()} cores`,
  );
  log('Starting DynamoDB Local 3.3.1 (in memory)…');
  const engine = await startDynamoLocal({ tmpDir: join(benchDataDir, 'tmp') });
  onStop('DynamoDB Local', async () => {
    await engine.stop();
    log(`DynamoDB Local stopped (pid ${engine.pid})`);
  });
  log(`DynamoDB Local is up at ${engine.endpoint} (pid ${engine.pid})`);
  const db = createDb({ tableName, endpoint: engine.endpoint, region });
  await ensureTable(db.client, tableName);

  const seedStart = elapsedSeconds();
  const { district, surveys } = await timeBoxed('seeding', Math.max(300, skipAfterSeconds / 2), async () => {
    const district = await seedDistrict(db);
    // Policy and surveys go through the services (a handful of transactions); only bulk data is batch-written.
    const services = createServices(db);
    await services.policy.update({ sub: 'bench-seed', role: 'DISTRICT_ADMIN' }, defaultPolicyValues, 0);
    if (selectedPhases.some((phase) => phase.name === 'surveys'))
      log(
        `Surveys: ${sizes.smallSurveyAnswers}, ${sizes.schools} (one per school) and ${sizes.largeSurveyAnswers.toLocaleString('en-US')} answers via responses.bulkImport…`,
      );
    // Only the surveys phase reads them: a BENCH_PHASES trial without it skips the 100 000 answers.
    const surveys = selectedPhases.some((phase) => phase.name === 'surveys')
      ? await seedSurveys(services, district.schools, sizes.smallSurveyAnswers, sizes.largeSurveyAnswers)
      : noSurveys;
    return { district, surveys };
  });
  const seedSeconds = elapsedSeconds() - seedStart;
  const seeded = district.itemCount + surveys.smallSurvey.answers + surveys.perSchoolSurvey.answers + surveys.largeSurvey.answers;
  log(`Seeded ${seeded.toLocaleString('en-US')} items in ${seedSeconds.toFixed(0)} s`);
  phaseLog.push({
    phase: 'seed',
    startedAt: Number(seedStart.toFixed(1)),
    seconds: Number(seedSeconds.toFixed(1)),
    loadAverage: Number(loadavg()[0].toFixed(2)),
    outcome: 'ok',
  });
  rows.push({
    key: 'seed',
    label: 'seed (BatchWriteItem)',
    result: `${seeded.toLocaleString('en-US')} items · ${seedSeconds.toFixed(0)} s`,
    goal: '—',
    explain: `${rate(seeded / seedSeconds)} with ${seedConcurrency} batches in flight; ElectroDB .put().params() items and responses.bulkImport — no per-record transactions`,
    data: { items: seeded, seconds: seedSeconds },
    metric: { value: seeded / seedSeconds, unit: '/s', better: 'higher' },
  });

  // NODE_ENV=production as the deployed function has it (graphql-js skips its development-only checks then).
  log('Starting the API server process…');
  const api = await startApiServer({
    TABLE_NAME: tableName,
    DYNAMODB_ENDPOINT: engine.endpoint,
    AWS_REGION: region,
    KEHOU_DATA_DIR: benchDataDir,
    SURVEY_RATE_LIMIT_PER_MINUTE: '1000000000',
    SURVEY_CLIENT_RATE_LIMIT_PER_MINUTE: '1000000000',
    SURVEY_KEY_SECRET: benchKeySecret,
    NODE_ENV: 'production',
  });
  log(`API server listening at ${api.url} (pid ${api.pid})`);
  const gql = graphqlClient(api.url, { token: api.adminToken, maxSockets: load.concurrency });
  const publicGql = graphqlClient(api.url, { maxSockets: load.concurrency });
  const stopApi = async () => {
    gql.close();
    publicGql.close();
    await api.stop();
  };
  const context: BenchContext = { db, endpoint: engine.endpoint, district, surveys, api, gql, publicGql, stopApi };
  for (const phase of selectedPhases) await runPhase(phase, context);
}

/** BENCH_PHASES picks phases by name (a trial: its results go to .build/); an unknown name stops the run at once. */
const selectedPhases = onlyPhases.length ? phases.filter((phase) => onlyPhases.includes(phase.name)) : phases;
const noSurvey = { id: '', answers: 0 };
const noSurveys = { smallSurvey: noSurvey, perSchoolSurvey: noSurvey, largeSurvey: noSurvey } as unknown as Awaited<ReturnType<typeof seedSurveys>>;
const unknownPhases = onlyPhases.filter((name) => !phases.some((phase) => phase.name === name));
if (unknownPhases.length) {
  console.error(`BENCH_PHASES: no phase named ${unknownPhases.join(', ')} (phases: ${phases.map((phase) => phase.name).join(', ')})`);
  process.exit(2);
}

let crashed: unknown;
try {
  await main();
} catch (error) {
  crashed = error;
  log(`The benchmark stopped: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
}
await stopAll();

const total = elapsedSeconds();
rows.push({
  key: 'run.duration',
  label: 'whole benchmark run',
  result: `${total.toFixed(0)} s`,
  goal: `≤ ${runBudgetSeconds} s`,
  pass: !crashed && total <= runBudgetSeconds,
  explain: 'start to finish on this machine: engine start, seed, every measurement, shutdown',
  metric: { value: total, unit: 's', better: 'lower' },
});
console.log(
  `\nResults (${new Date().toISOString().slice(0, 10)}, ${process.version}, DynamoDB Local 3.3.1; load average at start ${loadAtStart[0].toFixed(1)} on ${availableParallelism()} cores — anything else running lowers every number):\n`,
);
console.log(formatTable(rows));
if (extra.probes) console.log(`\n${formatProbes(extra.probes as ProbeResult[])}`);
const goals = rows.filter((r) => r.pass !== undefined);
console.log(`\n${goals.filter((r) => r.pass).length} of ${goals.length} goals met. Total duration ${total.toFixed(1)} s.`);
const summary = { goalsMet: goals.filter((r) => r.pass).length, goals: goals.length, failed: goals.filter((r) => !r.pass).map((r) => r.key) };
const files = writeResults(
  {
    date: new Date().toISOString(),
    machine: machine(loadAtStart),
    code,
    scale,
    sizes,
    load,
    durationSeconds: Number(total.toFixed(1)),
    crashed: crashed ? String(crashed) : undefined,
    summary,
    phases: phaseLog,
    rows,
    ...extra,
    markdown: markdownTable(rows),
  },
  scale,
  onlyPhases,
);
console.log(`Written: ${files.map((f) => f.slice(f.indexOf('functions/'))).join(', ')}`);
process.exit(crashed ? 1 : 0);
