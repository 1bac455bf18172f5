import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { bundleAsync, coldStartFiles, largestInputs, repoRoot } from '../lib/api/bundle';
import { graphqlEntry } from '../lib/api/graphqlApi';
import { lazySdkEntryPoint } from '../lib/api/lazySdkClients';

/**
 * What a cold start of the GraphQL function loads (the entry and the chunks it imports statically), gzip. Chunks
 * loaded on first use (S3, the SDK's rarely used credential providers, Apollo features we switch off) are not in it.
 * The benchmark reports the same figure (functions/bench/phases/lambda.ts).
 */
const LIMIT = 350 * 1024;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;

describe('GraphQL Lambda bundle', () => {
  const outdir = join(repoRoot, '.bundle-size-test');
  let result: Awaited<ReturnType<typeof bundleAsync>>;
  // KehouFunction's own esbuild options (bundle.ts), minus writing to disk.
  beforeAll(async () => {
    result = await bundleAsync(graphqlEntry, outdir, false);
  });

  it(`loads at most ${kb(LIMIT)} gzip at a cold start, ships no source map and keeps rarely used code out of it`, () => {
    const bytes = new Map((result.outputFiles ?? []).map((file) => [resolve(file.path), file.contents]));
    const contents = (path: string) => bytes.get(resolve(repoRoot, path)) ?? new Uint8Array();
    const cold = coldStartFiles(result.metafile);
    const gzipped = cold.reduce((sum, path) => sum + gzipSync(contents(path)).length, 0);
    const all = Object.keys(result.metafile.outputs);
    console.info(
      `GraphQL bundle: ${cold.length} files load at a cold start, ${kb(gzipped)} gzip (limit ${kb(LIMIT)}); ${all.length} files in the asset.\n` +
        `Largest at a cold start (minified): ${largestInputs(result.metafile, cold, 8)
          .map(([name, size]) => `${name} ${kb(size)}`)
          .join(', ')}`,
    );
    expect(gzipped).toBeLessThanOrEqual(LIMIT);
    expect(all.filter((path) => path.endsWith('.map'))).toEqual([]);
    // Loaded on first use only: document storage, the SMS sender (SNS, only when configured), input validation, and the GraphOS reporting code that is stubbed out altogether.
    const coldInputs = cold.flatMap((path) => Object.keys(result.metafile.outputs[path].inputs));
    expect(coldInputs.filter((input) => /@aws-sdk\/(client-s3|s3-request-presigner|client-sns)\//.test(input))).toEqual([]);
    // Input validation (zod) and the wording normaliser's dictionaries (OpenCC) load with the services that use them:
    // the scalars check dates without zod, and every domain service is loaded on its first call (lazyService).
    expect(coldInputs.filter((input) => /node_modules\/(zod|opencc-js)\//.test(input))).toEqual([]);
    expect(Object.keys(result.metafile.inputs).filter((input) => /usage-reporting-protobuf|@graphql-tools\//.test(input))).toEqual([]);
    // bundlePlugins.ts: graphql is tree-shaken (no chunk holds its whole namespace for Apollo's dynamic import), and
    // ElectroDB's require of lib-dynamodb no longer brings the whole DynamoDB client.
    expect(Object.values(result.metafile.outputs).filter((output) => output.entryPoint?.endsWith('node_modules/graphql/index.mjs'))).toEqual([]);
    // At most the client commands lib-dynamodb's own commands send (16, and the client's endpoint discovery), of its 62.
    const commands = coldInputs.filter((input) => /@aws-sdk\/client-dynamodb\/dist-es\/commands\/\w+Command\.js$/.test(input));
    expect(commands.length).toBeLessThanOrEqual(17);
    // Every CommonJS module a cold start loads (ElectroDB, the X-Ray SDK, …) is compiled once, with its chunk
    // (eagerWrappers.ts): at least one rewritten wrapper per CommonJS input (JSON files are wrapped too).
    const commonJs = cold
      .flatMap((path) => Object.keys(result.metafile.outputs[path].inputs))
      .filter((input) => result.metafile.inputs[input]?.format === 'cjs');
    const eager = cold.reduce((sum, path) => sum + (result.eagerWrappers[path] ?? 0), 0);
    expect(commonJs.length).toBeGreaterThan(50);
    expect(eager).toBeGreaterThanOrEqual(commonJs.length);
    // lazySdkClients.ts: the SDK code only S3 and SNS run (their XML and query protocols, checksum streams) stays in
    // their own modules, and Apollo's schema reporting (graphql's extendSchema) is not bundled at all.
    const lazySdkCode = /kehou-lazy-sdk:|@aws-sdk\/xml-builder|\/protocols\/(xml|query)\/|util-stream\/dist-es\/checksum/;
    expect(coldInputs.filter((input) => lazySdkCode.test(input))).toEqual([]);
    expect(coldInputs.filter((input) => /graphql\/utilities\/extendSchema|schemaReporting/.test(input))).toEqual([]);
    // bundle.ts, charset: the cold start is ASCII only, so V8 holds its source as a one-byte string.
    expect(cold.filter((path) => contents(path).some((byte) => byte > 127))).toEqual([]);
  });

  it('builds S3 as one module of its own that presigns an upload URL with its own client', async () => {
    rmSync(outdir, { recursive: true, force: true });
    try {
      for (const file of result.outputFiles) {
        mkdirSync(dirname(file.path), { recursive: true });
        writeFileSync(file.path, file.contents);
      }
      const [s3Path] = Object.entries(result.metafile.outputs).filter(([, output]) => output.entryPoint === lazySdkEntryPoint('s3'));
      expect(s3Path).toBeDefined();
      // The module carries the S3 code it runs: of the function's files it imports only the entry (esbuild's helpers).
      const imported = result.metafile.outputs[s3Path[0]].imports.filter((entry) => !entry.external).map((entry) => entry.path);
      expect(imported.filter((path) => !/(^|\/)index\.mjs$/.test(path))).toEqual([]);
      const s3 = await import(pathToFileURL(resolve(repoRoot, s3Path[0])).href);
      const client = new s3.S3Client({ region: 'cn-north-1', credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' } });
      const url: string = await s3.getSignedUrl(client, new s3.PutObjectCommand({ Bucket: 'kehou-documents', Key: 'contracts/c1.pdf' }), { expiresIn: 300 });
      expect(new URL(url).pathname).toBe('/contracts/c1.pdf');
      expect(new URL(url).searchParams.get('X-Amz-Signature')).toMatch(/^[0-9a-f]{64}$/);
    } finally {
      rmSync(outdir, { recursive: true, force: true });
    }
  });
});
