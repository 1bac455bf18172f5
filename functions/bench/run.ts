/**
 * `npm run bench`: starts its own DynamoDB Local and API server, seeds a district-sized data set, measures
 * (raw engine vs GraphQL reads, nested-query call counts, survey results and submissions, Lambda bundle and
 * init), prints one table and writes it to functions/bench/results/<date>.json and latest.json.
 *
 * Env: BENCH_SCALE (e.g. 0.1 for a quick try), BENCH_SECONDS (length of each throughput run, default 8).
 */
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { ensureTable } from '../src/db/bootstrap';
import { createDb } from '../src/db/client';
import { startDynamoLocal } from '../src/local/dynamoLocal';
import { defaultPolicyValues } from '../src/policy/defaultPolicy';
import { createServices } from '../src/server/services';
import { startApiServer } from './apiServer';
import { benchDataDir, load, region, runBudgetSeconds, scale, seedConcurrency, sizes, tableName } from './config';
import { graphqlClient } from './graphqlClient';
import { elapsedSeconds, installSignalHandlers, log, onStop, stopAll, timeBoxed } from './lifecycle';
import { measureLambda } from './phases/lambda';
import { formatProbes, measureNested, type ProbeResult } from './phases/nested';
import { measureReads } from './phases/reads';
import { measureSurveys } from './phases/surveys';
import { measurePeople } from './phases/people';
import { measureUnboundedList } from './phases/unboundedList';
import { codeState, failedRow, formatTable, machine, markdownTable, rate, writeResults, type Row } from './report';
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

/** Runs a phase within its time box and what is left of the run budget; a failure becomes ✗ rows, not a crash. */
async function phase(name: string, maxSeconds: number, work: (signal: AbortSignal) => Promise<Row[]>, onFail: (reason: string) => Row[]) {
  const left = runBudgetSeconds - elapsedSeconds() - 15;
  if (left < 10) return void rows.push(...onFail(`skipped: the ${runBudgetSeconds} s run budget is used up`));
  try {
    rows.push(...(await timeBoxed(name, Math.min(maxSeconds, left), work)));
  } catch (error) {
    log(`${name} failed: ${error instanceof Error ? error.message : String(error)}`);
    rows.push(...onFail(`failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`));
  }
}

async function main() {
  log(`Benchmark: ${sizes.schools} schools, ${sizes.providers} providers, ${(sizes.schools * sizes.activitiesPerSchool).toLocaleString('en-US')} activities, ${sizes.largeSurveyAnswers.toLocaleString('en-US')} survey answers${scale !== 1 ? ` (BENCH_SCALE=${scale})` : ''}`);
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
  const { district, surveys } = await timeBoxed('seeding', 300, async () => {
    const district = await seedDistrict(db);
    // Policy and surveys go through the services (a handful of transactions); only bulk data is batch-written.
    const services = createServices(db);
    await services.policy.update({ sub: 'bench-seed', role: 'DISTRICT_ADMIN' }, defaultPolicyValues, 0);
    log(`Surveys: ${sizes.smallSurveyAnswers} and ${sizes.largeSurveyAnswers.toLocaleString('en-US')} answers via responses.bulkImport…`);
    const surveys = await seedSurveys(services, district.schools, sizes.smallSurveyAnswers, sizes.largeSurveyAnswers);
    return { district, surveys };
  });
  const seedSeconds = elapsedSeconds() - seedStart;
  const seeded = district.itemCount + sizes.largeSurveyAnswers + sizes.smallSurveyAnswers;
  log(`Seeded ${seeded.toLocaleString('en-US')} items in ${seedSeconds.toFixed(0)} s`);
  rows.push({ key: 'seed', label: 'seed (BatchWriteItem)', result: `${seeded.toLocaleString('en-US')} items · ${seedSeconds.toFixed(0)} s`, goal: '—', explain: `${rate(seeded / seedSeconds)} with ${seedConcurrency} batches in flight; ElectroDB .put().params() items and responses.bulkImport — no per-record transactions`, data: { items: seeded, seconds: seedSeconds } });

  // NODE_ENV=production as the deployed function has it (graphql-js skips its development-only checks then).
  log('Starting the API server process…');
  const api = await startApiServer({ TABLE_NAME: tableName, DYNAMODB_ENDPOINT: engine.endpoint, AWS_REGION: region, KEHOU_DATA_DIR: benchDataDir, SURVEY_RATE_LIMIT_PER_MINUTE: '1000000000', NODE_ENV: 'production' });
  log(`API server listening at ${api.url} (pid ${api.pid})`);
  const gql = graphqlClient(api.url, { token: api.adminToken, maxSockets: load.concurrency });
  const publicGql = graphqlClient(api.url, { maxSockets: load.concurrency });

  await phase('reads', 150, (signal) => measureReads(db, api, gql, district, signal), (reason) => [failedRow('reads', 'raw engine vs GraphQL reads', '≥ 0.50×', reason)]);
  log('Nested query: DynamoDB calls per request…');
  await phase('nested', 90, async (signal) => {
    const { rows: nestedRows, probes } = await measureNested(api, gql, district, signal);
    extra.probes = probes;
    return nestedRows;
  }, (reason) => [failedRow('nested.calls', 'nested query calls', 'equal', reason)]);
  await phase('surveys', 120, (signal) => measureSurveys(api, gql, publicGql, surveys, district.schools, signal), (reason) => [failedRow('survey', 'survey results and submissions', '≤ 1.20×', reason)]);
  await phase('people', 150, (signal) => measurePeople(db, api, gql, district, signal), (reason) => [failedRow('people', 'students and applications pages at 10 and 200 schools', '≤ 1.20×', reason)]);
  log('District-wide activities(first: 20) without a filter (last: it may leave the engine busy)…');
  await phase('unbounded list', 30, async () => [await measureUnboundedList(db, gql, 15)], (reason) => [failedRow('list.unbounded', 'activities(first: 20), no filter', '—', reason)]);
  gql.close();
  publicGql.close();

  // A quiet machine for cold-start timing: the engine and the server are not needed any more.
  await stopAll();
  await phase('lambda', 150, () => measureLambda(engine.endpoint), (reason) => [failedRow('lambda', 'Lambda bundle and init', '≤ 400 KB', reason)]);
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
rows.push({ key: 'run.duration', label: 'whole benchmark run', result: `${total.toFixed(0)} s`, goal: `≤ ${runBudgetSeconds} s`, pass: !crashed && total <= runBudgetSeconds, explain: 'start to finish on this machine: engine start, seed, every measurement, shutdown' });
console.log(`\nResults (${new Date().toISOString().slice(0, 10)}, ${process.version}, DynamoDB Local 3.3.1; load average at start ${loadAtStart[0].toFixed(1)} on ${availableParallelism()} cores — anything else running lowers every number):\n`);
console.log(formatTable(rows));
if (extra.probes) console.log(`\n${formatProbes(extra.probes as ProbeResult[])}`);
const goals = rows.filter((r) => r.pass !== undefined);
console.log(`\n${goals.filter((r) => r.pass).length} of ${goals.length} goals met. Total duration ${total.toFixed(1)} s.`);
const files = writeResults({ date: new Date().toISOString(), machine: machine(loadAtStart), code, scale, sizes, load, durationSeconds: Number(total.toFixed(1)), crashed: crashed ? String(crashed) : undefined, rows, ...extra, markdown: markdownTable(rows) }, scale);
console.log(`Written: ${files.map((f) => f.slice(f.indexOf('functions/'))).join(', ')}`);
process.exit(crashed ? 1 : 0);
