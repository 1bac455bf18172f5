import { build, type BuildOptions, type Metafile, type OutputFile } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleResolutions } from './bundlePlugins';
import { mergeColdStart } from './coldStartMerge';
import { eagerCommonJsWrappers } from './eagerWrappers';
import { lazySdkClients } from './lazySdkClients';

/** The monorepo root: esbuild runs there so workspace packages and the one lock file resolve. */
export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

/**
 * Packages swapped at bundle time (paths from the repository root). Each one is code the deployed function never
 * runs or should not run; the stand-ins say why. `npm test` (bundledLambda.test.ts) runs the bundle against
 * DynamoDB Local, so a swap that breaks a request fails the tests.
 */
export const bundleAliases: Record<string, string> = {
  // One Apollo Server: the Lambda integration require()s the CommonJS build and our code imports the ESM build,
  // which put both copies (and the usage-reporting code each one pulls) in the bundle.
  '@apollo/server': './node_modules/@apollo/server/dist/esm',
  '@apollo/usage-reporting-protobuf': './functions/src/bundling/unused.cjs',
  '@apollo/utils.usagereporting': './functions/src/bundling/unused.cjs',
  '@graphql-tools/schema': './functions/src/bundling/unused.cjs',
  '@apollo/utils.createhash': './functions/src/bundling/nodeCreateHash.ts',
  jsonschema: './functions/src/bundling/trustedModels.cjs',
  // graphql-armor's token limit imports this deep path, which resolves to the CommonJS build: a second copy of
  // graphql's parser, lexer and error classes (its GraphQLError failing the ESM copy's instanceof checks).
  'graphql/language/parser': './node_modules/graphql/language/parser.mjs',
  // The X-Ray SDK require()s semver for its AWS SDK v2 patcher only (captureAWS); we trace SDK v3 clients.
  semver: './functions/src/bundling/unused.cjs',
};

/**
 * The esbuild settings every function is bundled with. KehouFunction (deploy), the bundle-size test and the
 * benchmark all call `bundleOptions`, so what they measure is what deploys.
 */
export const bundleSettings = {
  format: 'esm',
  platform: 'node',
  target: 'node22',
  minify: true,
  // Prefer ESM entry points so `import` and `require` of a dual package
  // (graphql) resolve to one copy; two copies break graphql's instanceof checks.
  mainFields: ['module', 'main'],
  // esbuild's ESM output still has CommonJS dependencies that call require().
  banner: "import { createRequire } from 'module'; const require = createRequire(import.meta.url);",
  loader: { '.graphql': 'text' },
  // esbuild's default charset, ASCII: Chinese text becomes \u escapes, so the source V8 compiles at a cold start is
  // a one-byte string (half the memory of a two-byte one, and decoded on a fast path). The bundle test checks it.
  charset: 'ascii',
  /**
   * Every dynamic import() becomes a chunk file loaded on first use, not at cold start: the S3 client and
   * presigner, the CSV import code, the SDK's rarely used credential providers (SSO, profiles, web identity).
   */
  splitting: true,
  // No source maps in the zip: a 3 MB map cost upload and, with --enable-source-maps, cold-start time.
  sourcemap: false,
  legalComments: 'none',
} as const;

/** Full esbuild options for one function: `entry` → `outdir/index.mjs` plus its lazily loaded chunks. */
export function bundleOptions(entry: string, outdir: string): BuildOptions & { metafile: true } {
  const { format, platform, target, minify, charset, legalComments } = bundleSettings;
  return {
    ...bundleSettings,
    mainFields: [...bundleSettings.mainFields],
    loader: { ...bundleSettings.loader },
    banner: { js: bundleSettings.banner },
    alias: { ...bundleAliases },
    plugins: [
      bundleResolutions(repoRoot),
      lazySdkClients({ format, platform, target, minify, charset, legalComments, mainFields: [...bundleSettings.mainFields] }),
    ],
    entryPoints: { index: entry },
    outdir,
    outExtension: { '.js': '.mjs' },
    chunkNames: 'chunks/[name]-[hash]',
    absWorkingDir: repoRoot,
    bundle: true,
    metafile: true,
    logLevel: 'error',
  };
}

/**
 * Bundles synchronously (CDK's local bundling hook is synchronous). esbuild's synchronous API runs no plugins, so
 * the same `bundleAsync` runs in a child process (bundleCli.ts) and this waits for it.
 */
export function bundleSync(entry: string, outdir: string): Metafile {
  const cli = fileURLToPath(new URL('./bundleCli.ts', import.meta.url));
  const scratch = mkdtempSync(join(tmpdir(), 'kehou-bundle-'));
  try {
    const metafilePath = join(scratch, 'metafile.json');
    const run = spawnSync(process.execPath, ['--import', 'tsx', cli, entry, outdir, metafilePath], { cwd: repoRoot, encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`Bundling ${entry} failed: ${run.stderr || run.error?.message || `exit ${run.status}`}`);
    return JSON.parse(readFileSync(metafilePath, 'utf8')) as Metafile;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/**
 * Bundles with `bundleOptions`, then merges what a cold start loads into the entry file (coldStartMerge.ts) and marks
 * the CommonJS modules' wrappers to be compiled once, with their file (eagerWrappers.ts), and writes the files unless
 * `write` is false. The metafile describes the files written; `eagerWrappers` says how many wrappers each output file
 * (the metafile's paths) had rewritten.
 */
export async function bundleAsync(entry: string, outdir: string, write = true) {
  const result = await build({ ...bundleOptions(entry, outdir), write: false });
  const cold = coldStartFiles(result.metafile);
  const merged = await mergeColdStart(
    result.outputFiles.map((file) => ({ path: file.path, text: file.text })),
    result.metafile,
    { workingDir: repoRoot, entry: cold[0], coldFiles: cold, banner: bundleSettings.banner },
  );
  const { files, rewritten } = eagerCommonJsWrappers(merged.files);
  const outputFiles = files.map(({ path, text }): OutputFile => {
    const original = result.outputFiles.find((file) => file.path === path);
    if (original?.text === text) return original;
    return { path, contents: Buffer.from(text, 'utf8'), text, hash: '' };
  });
  if (write)
    for (const file of outputFiles) {
      mkdirSync(dirname(file.path), { recursive: true });
      writeFileSync(file.path, file.contents);
    }
  const eagerWrappers = Object.fromEntries([...rewritten].map(([path, count]) => [relative(repoRoot, path), count]));
  return { ...result, metafile: merged.metafile, outputFiles, eagerWrappers };
}

/**
 * The output files a cold start loads: the entry and every chunk it imports statically, transitively. Chunks
 * reached only through a dynamic import() load on first use and are not counted.
 */
export function coldStartFiles(metafile: Metafile): string[] {
  // With splitting every dynamically imported module is an entry point too; the function's own is index.mjs.
  const entry = Object.keys(metafile.outputs).find((path) => /(^|\/)index\.mjs$/.test(path));
  if (!entry) throw new Error('The metafile has no index.mjs');
  const seen = new Set<string>();
  const visit = (path: string) => {
    if (seen.has(path)) return;
    seen.add(path);
    for (const child of metafile.outputs[path]?.imports ?? []) if (child.kind === 'import-statement' && !child.external) visit(child.path);
  };
  visit(entry);
  return [...seen];
}

/** Minified bytes each npm package (or first-party folder) puts into the given output files, largest first. */
export function largestInputs(metafile: Metafile, outputs: string[], count: number): [string, number][] {
  const byPackage = new Map<string, number>();
  for (const output of outputs) {
    for (const [path, input] of Object.entries(metafile.outputs[output].inputs)) {
      const name = path.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/)?.[1] ?? path.split('/').slice(0, 3).join('/');
      byPackage.set(name, (byPackage.get(name) ?? 0) + input.bytesInOutput);
    }
  }
  return [...byPackage].sort((a, b) => b[1] - a[1]).slice(0, count);
}
