import { build, type Metafile } from 'esbuild';
import { existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { graphqlEntry } from '../lib/api/graphqlApi';
import { bundleSettings, repoRoot } from '../lib/api/kehouFunction';

/** Hard limit (gzip): past it, cold starts and deploy uploads suffer. The goal is under 400 KB. */
const LIMIT = 1024 * 1024;
const GOAL = 400 * 1024;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;

/** Bytes each npm package (or first-party folder) contributes to the minified bundle. */
function largestInputs(metafile: Metafile, count: number): string[] {
  const output = Object.values(metafile.outputs).find((o) => o.entryPoint)!;
  const byPackage = new Map<string, number>();
  for (const [path, input] of Object.entries(output.inputs)) {
    const name = path.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/)?.[1] ?? path.split('/').slice(0, 3).join('/');
    byPackage.set(name, (byPackage.get(name) ?? 0) + input.bytesInOutput);
  }
  return [...byPackage]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([name, bytes]) => `${name} ${kb(bytes)}`);
}

describe.skipIf(!existsSync(graphqlEntry))('GraphQL Lambda bundle', () => {
  it(`stays under ${kb(LIMIT)} gzip (goal ${kb(GOAL)})`, async () => {
    // The wrapper's esbuild settings (KehouFunction), minus writing to disk.
    const result = await build({
      entryPoints: [graphqlEntry],
      absWorkingDir: repoRoot,
      outfile: 'bundle/index.mjs',
      bundle: true,
      write: false,
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
    const code = result.outputFiles.find((file) => file.path.endsWith('.mjs'))!.contents;
    const gzipped = gzipSync(code).length;
    console.info(
      `GraphQL bundle: ${kb(code.length)} minified, ${kb(gzipped)} gzip (goal ${kb(GOAL)}, limit ${kb(LIMIT)}).\n` +
        `Largest contributors (minified): ${largestInputs(result.metafile, 8).join(', ')}`,
    );
    expect(gzipped).toBeLessThanOrEqual(LIMIT);
  });
});
