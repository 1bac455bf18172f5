import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, type Metafile } from 'esbuild';
import { buildDir, load, region, tableName } from '../config';
import { log } from '../lifecycle';
import { median } from '../loadgen';
import { ms, ratio, type Row } from '../report';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;

/** Bytes each npm package (or first-party folder) puts into the minified bundle, largest first. */
function largestInputs(metafile: Metafile, count: number) {
  const output = Object.values(metafile.outputs).find((o) => o.entryPoint)!;
  const byPackage = new Map<string, number>();
  for (const [path, input] of Object.entries(output.inputs)) {
    const name = path.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/)?.[1] ?? path.split('/').slice(0, 3).join('/');
    byPackage.set(name, (byPackage.get(name) ?? 0) + input.bytesInOutput);
  }
  return Object.fromEntries([...byPackage].sort((a, b) => b[1] - a[1]).slice(0, count).map(([name, bytes]) => [name, kb(bytes)]));
}

/**
 * Bundles like the deployed function: the settings are imported from the CDK construct (infra/lib/api/kehouFunction.ts),
 * the same source the bundle-size test uses, so this measures what deploys.
 */
async function bundle(entry: string, name: string) {
  const { bundleSettings, repoRoot } = await import('../../../infra/lib/api/kehouFunction');
  const outfile = join(buildDir, name, 'index.mjs');
  rmSync(join(buildDir, name), { recursive: true, force: true });
  const result = await build({
    entryPoints: [entry],
    absWorkingDir: repoRoot,
    outfile,
    bundle: true,
    metafile: true,
    logLevel: 'error',
    format: bundleSettings.format,
    platform: bundleSettings.platform,
    target: bundleSettings.target,
    minify: bundleSettings.minify,
    mainFields: [...bundleSettings.mainFields],
    banner: { js: bundleSettings.banner },
    loader: { ...bundleSettings.loader },
    charset: bundleSettings.charset,
  });
  const code = readFileSync(outfile);
  return { outfile, bytes: code.length, gzip: gzipSync(code).length, largest: largestInputs(result.metafile, 6) };
}

// Run with `--input-type=module -e`: time from just before the import to just after it, in a fresh process.
const initScript = `const t0 = performance.now(); await import(process.env.BENCH_BUNDLE_URL); const t1 = performance.now();
process.stdout.write(JSON.stringify({ init: t1 - t0, sinceStart: t1 })); process.exit(0);`;

/** Module init of a bundle in a fresh Node process; env as the function has it (table, region, bucket, production). */
function initTime(outfile: string, endpoint: string) {
  const env = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '',
    TABLE_NAME: tableName,
    DYNAMODB_ENDPOINT: endpoint,
    AWS_REGION: region,
    DOCUMENTS_BUCKET: 'kehou-bench-documents',
    NODE_ENV: 'production',
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    BENCH_BUNDLE_URL: pathToFileURL(outfile).href,
  };
  const out = spawnSync(process.execPath, ['--input-type=module', '-e', initScript], { env, encoding: 'utf8', timeout: 30_000 });
  if (out.status !== 0) throw new Error(`Importing ${outfile} failed: ${out.stderr.slice(0, 400)}`);
  return JSON.parse(out.stdout) as { init: number; sinceStart: number };
}

/** Bundle size and cold-start module init of the GraphQL handler, beside a handler that only loads the SDK. */
export async function measureLambda(endpoint: string): Promise<Row[]> {
  const { graphqlEntry } = await import('../../../infra/lib/api/graphqlApi');
  log('Bundling the GraphQL handler and the SDK-only handler with the CDK settings…');
  const graphql = await bundle(graphqlEntry, 'graphql');
  const empty = await bundle(new URL('../lambda/emptyHandler.ts', import.meta.url).pathname, 'empty');
  log(`  GraphQL ${kb(graphql.bytes)} (${kb(graphql.gzip)} gzip); SDK only ${kb(empty.bytes)} (${kb(empty.gzip)} gzip)`);
  log(`Module init in a fresh Node process, ${load.initRuns} runs each (alternating)…`);
  const times = { graphql: [] as number[], empty: [] as number[] };
  for (let i = 0; i < load.initRuns; i++) {
    times.graphql.push(initTime(graphql.outfile, endpoint).init);
    times.empty.push(initTime(empty.outfile, endpoint).init);
  }
  const g = median(times.graphql);
  const e = median(times.empty);
  log(`  median ${ms(g)} vs ${ms(e)}`);
  return [
    { key: 'lambda.gzip', label: 'GraphQL Lambda bundle (gzip)', result: kb(graphql.gzip), goal: '≤ 400 KB', pass: graphql.gzip <= 400 * 1024, explain: `esbuild with KehouFunction's bundleSettings (ESM, minify, node22); ${kb(graphql.bytes)} minified; largest: ${Object.entries(graphql.largest).slice(0, 3).map(([n, s]) => `${n} ${s}`).join(', ')}`, data: graphql },
    { key: 'lambda.init', label: 'GraphQL handler module init', result: `${ms(g)} median`, goal: '—', explain: `await import(bundle) in a fresh \`node\` (median of ${load.initRuns}; Node ${process.version}, not Lambda's CPU share)`, data: { runs: times.graphql, median: g } },
    { key: 'lambda.initEmpty', label: 'SDK-only handler module init', result: `${ms(e)} median`, goal: '—', explain: `a handler that only creates a DynamoDBClient, bundled the same way (${kb(empty.gzip)} gzip): the floor`, data: { runs: times.empty, median: e, gzip: empty.gzip } },
    { key: 'lambda.initRatio', label: 'init GraphQL ÷ SDK only', result: ratio(g / e), goal: '—', explain: `what the app adds to a cold start on top of the SDK: ${ms(g - e)} (Apollo, graphql-armor, schema build, services)`, data: { ratio: g / e, addedMs: g - e } },
  ];
}
