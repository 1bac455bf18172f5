import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { buildDir, load, region, tableName } from '../config';
import { log } from '../lifecycle';
import { median } from '../loadgen';
import { ms, ratio, type Row } from '../report';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;

/**
 * Bundles like the deployed function: `bundleAsync` is what KehouFunction calls (infra/lib/api/bundle.ts), and the
 * bundle-size test measures the same files, so this is what deploys.
 */
async function bundle(entry: string, name: string) {
  const { bundleAsync, coldStartFiles, largestInputs, repoRoot } = await import('../../../infra/lib/api/bundle');
  const outdir = join(buildDir, name);
  rmSync(outdir, { recursive: true, force: true });
  const { metafile } = await bundleAsync(entry, outdir);
  const sizeOf = (paths: string[]) => {
    const contents = paths.map((path) => readFileSync(join(repoRoot, path)));
    return { files: paths.length, bytes: contents.reduce((sum, c) => sum + c.length, 0), gzip: contents.reduce((sum, c) => sum + gzipSync(c).length, 0) };
  };
  const all = Object.keys(metafile.outputs);
  const cold = coldStartFiles(metafile);
  return {
    entry: join(outdir, 'index.mjs'),
    cold: sizeOf(cold),
    // Each file deflated on its own, as a zip does: close to the deployed asset's size.
    asset: sizeOf(all),
    sourceMaps: all.filter((path) => path.endsWith('.map')).length,
    largest: Object.fromEntries(largestInputs(metafile, cold, 6).map(([name, bytes]) => [name, kb(bytes)])),
  };
}

/**
 * Run with `--input-type=module -e` in a fresh process: wall time and the main thread's CPU time (Linux schedstat,
 * nanoseconds) from just before `import()` to just after. On an idle machine the two are the same; on a shared one
 * the CPU time is what the init costs, without the time spent waiting for a core. With BENCH_INVOKE the handler
 * then answers one request (an API Gateway event with a district admin's claims): the cold start a user waits for.
 */
const initScript = `import { readFileSync } from 'node:fs';
const stat = '/proc/' + process.pid + '/task/' + process.pid + '/schedstat';
const cpu = () => { try { return Number(readFileSync(stat, 'utf8').split(' ')[0]) / 1e6; } catch { const u = process.cpuUsage(); return (u.user + u.system) / 1000; } };
const c0 = cpu(); const t0 = performance.now();
const mod = await import(process.env.BENCH_BUNDLE_URL);
const init = { wall: performance.now() - t0, cpu: cpu() - c0 };
let first;
if (process.env.BENCH_INVOKE) {
  const event = { version: '2.0', routeKey: 'POST /graphql', rawPath: '/graphql', rawQueryString: '', isBase64Encoded: false,
    headers: { 'content-type': 'application/json' }, body: process.env.BENCH_INVOKE,
    requestContext: { http: { method: 'POST', path: '/graphql' }, authorizer: { jwt: { claims: { sub: 'bench', 'cognito:groups': 'DISTRICT_ADMIN' }, scopes: [] } } } };
  const out = await mod.handler(event, {}, () => {});
  if (out.statusCode !== 200 || JSON.parse(out.body).errors) throw new Error('first request failed: ' + out.body.slice(0, 300));
  first = { wall: performance.now() - t0, cpu: cpu() - c0 };
}
process.stdout.write('\\n' + JSON.stringify({ init, first })); process.exit(0);`;

interface Timing {
  wall: number;
  cpu: number;
}

/** Module init of a bundle in a fresh Node process; env as the function has it (table, region, bucket, production). */
function coldStart(entry: string, endpoint: string, invoke?: string): { init: Timing; first?: Timing } {
  const env = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '',
    TABLE_NAME: tableName,
    DYNAMODB_ENDPOINT: endpoint,
    AWS_REGION: region,
    DOCUMENTS_BUCKET: 'kehou-bench-documents',
    NODE_ENV: 'production',
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    BENCH_BUNDLE_URL: pathToFileURL(entry).href,
    ...(invoke ? { BENCH_INVOKE: invoke } : {}),
  };
  const out = spawnSync(process.execPath, ['--input-type=module', '-e', initScript], { env, encoding: 'utf8', timeout: 60_000 });
  if (out.status !== 0) throw new Error(`Importing ${entry} failed: ${out.stderr.slice(0, 400)}`);
  // The last line: the handler's own logs (Powertools writes JSON lines to stdout) come before it.
  return JSON.parse(out.stdout.trim().split('\n').at(-1) ?? '') as { init: Timing; first?: Timing };
}

const FIRST_REQUEST = JSON.stringify({ query: '{ schools(first: 5) { nodes { id name terms(first: 2) { totalCount nodes { schoolYear } } } } }' });

/**
 * Bundle size and cold start of the GraphQL handler, beside a handler that only loads the SDK (the floor). Runs of
 * the two alternate, so drifting background load hits both alike. Needs the engine for the first-request row.
 */
export async function measureLambda(endpoint: string): Promise<Row[]> {
  const { graphqlEntry } = await import('../../../infra/lib/api/graphqlApi');
  log('Bundling the GraphQL handler and the SDK-only handler with the deployed settings (bundle.ts)…');
  const graphql = await bundle(graphqlEntry, 'graphql');
  const empty = await bundle(new URL('../lambda/emptyHandler.ts', import.meta.url).pathname, 'empty');
  log(
    `  GraphQL: ${kb(graphql.cold.gzip)} gzip at a cold start (${graphql.cold.files} files), ${kb(graphql.asset.gzip)} in the asset; SDK only ${kb(empty.cold.gzip)}`,
  );
  log(`Cold start in a fresh Node process, ${load.initRuns} runs each (alternating)…`);
  const runs = { graphql: [] as Timing[], empty: [] as Timing[], first: [] as Timing[] };
  for (let i = 0; i < load.initRuns; i++) {
    runs.graphql.push(coldStart(graphql.entry, endpoint).init);
    runs.empty.push(coldStart(empty.entry, endpoint).init);
  }
  for (let i = 0; i < Math.ceil(load.initRuns / 2); i++) runs.first.push(coldStart(graphql.entry, endpoint, FIRST_REQUEST).first!);
  const med = (timings: Timing[]) => ({ wall: median(timings.map((t) => t.wall)), cpu: median(timings.map((t) => t.cpu)) });
  const g = med(runs.graphql);
  const e = med(runs.empty);
  const f = med(runs.first);
  const cpuRatio = g.cpu / e.cpu;
  log(`  init median ${ms(g.wall)} vs ${ms(e.wall)} wall, ${ms(g.cpu)} vs ${ms(e.cpu)} main-thread CPU; to first answer ${ms(f.wall)}`);
  const top = (largest: Record<string, string>) =>
    Object.entries(largest)
      .slice(0, 4)
      .map(([n, s]) => `${n} ${s}`)
      .join(', ');
  return [
    {
      key: 'lambda.coldGzip',
      label: 'GraphQL Lambda: code a cold start loads (gzip)',
      result: kb(graphql.cold.gzip),
      goal: '≤ 350 KB',
      pass: graphql.cold.gzip <= 350 * 1024,
      explain: `${coldFiles(graphql.cold.files)} (${kb(graphql.cold.bytes)} minified); largest: ${top(graphql.largest)}`,
      data: { ...graphql },
      metric: { value: graphql.cold.gzip, unit: 'bytes', better: 'lower' },
    },
    {
      key: 'lambda.asset',
      label: 'GraphQL Lambda: whole asset',
      result: `${kb(graphql.asset.gzip)} · ${graphql.asset.files} files · ${graphql.sourceMaps} maps`,
      goal: 'no maps',
      pass: graphql.sourceMaps === 0,
      explain: `every file deflated on its own (≈ the zip); chunks beyond the cold start load on first use (S3 client, rarely used credential providers, Apollo features switched off)`,
      data: { asset: graphql.asset, sourceMaps: graphql.sourceMaps },
      metric: { value: graphql.asset.gzip, unit: 'bytes', better: 'lower' },
    },
    {
      key: 'lambda.initCpu',
      label: 'GraphQL handler module init',
      result: `${ms(g.cpu)} CPU · ${ms(g.wall)} wall`,
      goal: '—',
      explain: `median of ${load.initRuns} fresh \`node\` processes: main-thread CPU time and wall time of await import(bundle) (Node ${process.version}, not Lambda's CPU share)`,
      data: { runs: runs.graphql, median: g },
      metric: { value: g.cpu, unit: 'ms', better: 'lower' },
    },
    {
      key: 'lambda.initEmptyCpu',
      label: 'SDK-only handler module init',
      result: `${ms(e.cpu)} CPU · ${ms(e.wall)} wall`,
      goal: '—',
      explain: `a handler that only creates a DynamoDBClient, bundled the same way (${kb(empty.cold.gzip)} gzip at a cold start): the floor`,
      data: { runs: runs.empty, median: e, gzip: empty.cold.gzip },
      metric: { value: e.cpu, unit: 'ms', better: 'lower' },
    },
    {
      key: 'lambda.initCpuRatio',
      label: 'init GraphQL ÷ SDK only',
      result: `${ratio(cpuRatio)} CPU · ${ratio(g.wall / e.wall)} wall`,
      goal: '≤ 3.00× CPU',
      pass: cpuRatio <= 3,
      explain: `what the app adds on top of the SDK: ${ms(g.cpu - e.cpu)} of main-thread CPU (code loaded and compiled, schema built, Apollo and services set up)`,
      data: { ratio: cpuRatio, wallRatio: g.wall / e.wall, addedMs: g.cpu - e.cpu },
      metric: { value: cpuRatio, unit: '×', better: 'lower' },
    },
    {
      key: 'lambda.firstAnswer',
      label: 'GraphQL cold start to first answer',
      result: `${ms(f.cpu)} CPU · ${ms(f.wall)} wall`,
      goal: '—',
      explain: `import, then one request (schools → terms, 2 DynamoDB calls) against the seeded engine: what a user waits for at a cold start, minus Lambda's own start (median of ${runs.first.length})`,
      data: { runs: runs.first, median: f },
      metric: { value: f.cpu, unit: 'ms', better: 'lower' },
    },
  ];
}

/** What a cold start reads: index.mjs alone since the bundle merges its static chunks into it (coldStartMerge.ts). */
function coldFiles(files: number): string {
  return files === 1 ? 'index.mjs alone' : `index.mjs and the ${files - 1} chunks it imports statically`;
}
