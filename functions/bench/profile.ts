/**
 * `npm run bench:profile`: where the API server's CPU goes while it serves `activities(first: 50)`, the list the
 * throughput goal is about. Starts DynamoDB Local, seeds a small district (BENCH_SCALE, default 0.1: one school's
 * timetable page is the same 50 activities at any scale), runs the API server with V8's sampling profiler, loads it
 * for BENCH_PROFILE_SECONDS (default 20) at the benchmark's concurrency, then attributes every sample of the server's
 * main thread to one part of the request path. Prints the table; the profile is kept in .build/profile/ (open it
 * in Chrome DevTools → Performance).
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

// Before the modules below read it (config.ts sizes the district at import).
process.env.BENCH_SCALE ??= '0.1';
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
const { ensureTable } = await import('../src/db/bootstrap');
const { createDb } = await import('../src/db/client');
const { startDynamoLocal } = await import('../src/local/dynamoLocal');
const { startApiServer } = await import('./apiServer');
const { benchDataDir, buildDir, load, region, tableName } = await import('./config');
const { graphqlClient } = await import('./graphqlClient');
const { installSignalHandlers, log, onStop, stopAll } = await import('./lifecycle');
const { runLoad } = await import('./loadgen');
const { ACTIVITIES, SCHOOL } = await import('./phases/reads');
const { CONNECTIONS } = await import('./phases/nested');
const { rate } = await import('./report');
const { seedDistrict } = await import('./seed/district');
process.env.KEHOU_DATA_DIR = benchDataDir;

const seconds = Number(process.env.BENCH_PROFILE_SECONDS) || 20;
/**
 * BENCH_PROFILE_QUERY=school profiles `school(id)` (one GetItem, the per-request floor), =nested the nested
 * connections at first: 20 (the nested latency row), instead of the list.
 */
const profiled = process.env.BENCH_PROFILE_QUERY;
const servedQuery = profiled === 'school' ? 'school(id)' : profiled === 'nested' ? 'nested connections, first: 20' : 'activities(first: 50)';
const profileDir = join(buildDir, 'profile');

interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string }; children?: number[] }[];
  samples: number[];
  timeDeltas: number[];
}

/**
 * Parts of the request path, matched against every frame of a sample's stack from the innermost outwards: the
 * first part that matches any frame gets the sample. Order matters: the SDK and ElectroDB run inside resolvers.
 */
const parts: [string, (url: string, fn: string) => boolean][] = [
  ['token check (local server only: API Gateway checks it when deployed)', (url) => /\/jose\/|auth\/localTokens/.test(url)],
  ['AWS SDK: marshalling, signing, HTTP to the engine', (url) => /@aws-sdk\/|@smithy\//.test(url)],
  ['ElectroDB: building Queries, formatting items', (url) => /\/electrodb\//.test(url)],
  ['response serialisation (JSON.stringify)', (_url, fn) => fn === 'stringify' || /prettyJSONStringify|runHttpQuery/.test(fn)],
  ['GraphQL parse + validation (incl. graphql-armor limits)', (url) => /graphql\/(language|validation)\/|graphql-armor/.test(url)],
  ['GraphQL execution: field by field, incl. default resolvers', (url) => /graphql\/(execution|type|jsutils)\//.test(url)],
  ['our resolvers, services, loaders', (url) => /functions\/src\//.test(url) && !/local\/httpServer/.test(url)],
  ['Apollo Server request pipeline', (url) => /@apollo\/|@as-integrations/.test(url)],
  ['HTTP and sockets: API requests and engine connections', (url) => /node:(_http|http|net|stream|internal\/streams)|local\/httpServer/.test(url)],
  ['garbage collection', (_url, fn) => fn === '(garbage collector)'],
];

function attribute(profile: CpuProfile) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const totals = new Map<string, number>();
  let busy = 0;
  profile.samples.forEach((sample, i) => {
    const leaf = byId.get(sample)!.callFrame.functionName;
    if (leaf === '(idle)' || leaf === '(program)') return;
    const delta = profile.timeDeltas[i] ?? 0;
    busy += delta;
    let part = 'other (Node internals, timers, promises)';
    for (let id: number | undefined = sample; id !== undefined; id = parent.get(id)) {
      const { url, functionName } = byId.get(id)!.callFrame;
      const match = parts.find(([, test]) => test(url, functionName));
      if (match) {
        part = match[0];
        break;
      }
    }
    totals.set(part, (totals.get(part) ?? 0) + delta);
  });
  return { busy, totals: [...totals].sort((a, b) => b[1] - a[1]) };
}

async function main() {
  rmSync(profileDir, { recursive: true, force: true });
  const engine = await startDynamoLocal({ tmpDir: join(benchDataDir, 'tmp') });
  onStop('DynamoDB Local', () => engine.stop());
  const db = createDb({ tableName, endpoint: engine.endpoint, region });
  await ensureTable(db.client, tableName);
  const district = await seedDistrict(db);
  const api = await startApiServer(
    { TABLE_NAME: tableName, DYNAMODB_ENDPOINT: engine.endpoint, AWS_REGION: region, KEHOU_DATA_DIR: benchDataDir, NODE_ENV: 'production' },
    ['--cpu-prof', `--cpu-prof-dir=${profileDir}`, '--cpu-prof-interval=500'],
  );
  const gql = graphqlClient(api.url, { token: api.adminToken, maxSockets: load.concurrency });
  const { schools, currentTerms } = district;
  log(`${servedQuery}, ${load.concurrency} in flight for ${seconds} s, server under the profiler…`);
  let served = 0;
  const result = await runLoad(
    async (n) => {
      const i = n % schools.length;
      if (profiled === 'school') await gql(SCHOOL, { id: schools[i].id });
      else if (profiled === 'nested') await gql(CONNECTIONS, { n: 20 });
      else await gql(ACTIVITIES, { schoolId: schools[i].id, termId: currentTerms[i].id });
      served++;
    },
    { concurrency: load.concurrency, seconds, warmupSeconds: 3 },
  );
  log(`  ${rate(result.perSecond)} (the profiler slows the server down; compare shares, not the rate)`);
  gql.close();
  await api.stop();
  const file = readdirSync(profileDir).find((name) => name.endsWith('.cpuprofile'));
  if (!file) throw new Error(`No profile written to ${profileDir}`);
  const { busy, totals } = attribute(JSON.parse(readFileSync(join(profileDir, file), 'utf8')) as CpuProfile);
  console.log(
    `\nAPI server main thread while serving ${servedQuery}: ${(busy / 1e6).toFixed(1)} s busy, ${(busy / 1e3 / Math.max(1, served)).toFixed(2)} ms per request (${served} requests)\n`,
  );
  const width = Math.max(...totals.map(([part]) => part.length));
  for (const [part, micros] of totals) console.log(`  ${part.padEnd(width)}  ${((100 * micros) / busy).toFixed(1).padStart(5)} %`);
  console.log(`\nProfile: ${join(profileDir, file).slice(join(profileDir, file).indexOf('functions/'))}`);
}

installSignalHandlers();
try {
  await main();
} finally {
  await stopAll();
}
process.exit(0);
