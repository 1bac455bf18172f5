import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { bundleAsync, coldStartFiles, repoRoot } from '../lib/api/bundle';

const scratch = mkdtempSync(join(tmpdir(), 'kehou-cold-merge-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/**
 * A handler shaped like ours: modules shared by the entry and by modules it loads on first use (so esbuild splits
 * them into chunks), module state, an order of evaluation to keep, a CommonJS module.
 */
const sources: Record<string, string> = {
  'handler.mjs': [
    "import { trace } from './trace.mjs';",
    "import { registry } from './registry.mjs';",
    "import { config } from './config.mjs';",
    "import legacy from './legacy.cjs';",
    "trace('handler');",
    "registry.add('handler');",
    'export const handler = async (name) => {',
    "  const loaded = name === 'a' ? await import('./lazyA.mjs') : await import('./lazyB.mjs');",
    '  return { lazy: loaded.run(), registry: [...registry], config, legacy: legacy.kind, order: globalThis.order };',
    '};',
    'export default handler;',
  ].join('\n'),
  'trace.mjs': 'globalThis.order ??= [];\nexport const trace = (name) => globalThis.order.push(name);',
  'registry.mjs': "import { trace } from './trace.mjs';\ntrace('registry');\nexport const registry = new Set();",
  'config.mjs': "import { trace } from './trace.mjs';\ntrace('config');\nexport const config = { table: 'kehou' };",
  'legacy.cjs': "module.exports = { kind: 'commonjs' };",
  'lazyA.mjs':
    "import { registry } from './registry.mjs';\nimport { config } from './config.mjs';\nexport const run = () => { registry.add('a'); return config; };",
  'lazyB.mjs':
    "import { registry } from './registry.mjs';\nimport { trace } from './trace.mjs';\nexport const run = () => { registry.add('b'); trace('b'); return registry.size; };",
};

describe('one file for a cold start (coldStartMerge.ts)', () => {
  it('loads the entry alone at a cold start; chunks loaded on first use share its modules, state and order', async () => {
    const src = join(scratch, 'src');
    const outdir = join(scratch, 'out');
    mkdirSync(src);
    for (const [name, text] of Object.entries(sources)) writeFileSync(join(src, name), text);
    const { metafile } = await bundleAsync(join(src, 'handler.mjs'), outdir);

    const files = readdirSync(outdir, { recursive: true })
      .map(String)
      .filter((file) => file.endsWith('.mjs'));
    const entry = relative(repoRoot, join(outdir, 'index.mjs'));
    // The metafile describes the files written: the entry alone at a cold start, holding the shared modules' code.
    expect(coldStartFiles(metafile)).toEqual([entry]);
    expect(
      Object.keys(metafile.outputs)
        .map((path) => relative(outdir, join(repoRoot, path)))
        .sort(),
    ).toEqual(files.sort());
    expect(Object.keys(metafile.outputs[entry].inputs).map((input) => input.split('/').at(-1))).toEqual(
      expect.arrayContaining(['trace.mjs', 'registry.mjs', 'config.mjs', 'legacy.cjs', 'handler.mjs']),
    );
    const lazy = Object.keys(metafile.outputs).filter((path) => path !== entry);
    expect(lazy.length).toBeGreaterThanOrEqual(2);
    for (const path of lazy) {
      expect(metafile.outputs[path].imports).toContainEqual({ path: entry, kind: 'import-statement' });
      expect(readFileSync(join(repoRoot, path), 'utf8')).not.toMatch(/from"\.\/chunk-/);
    }

    const module = (await import(pathToFileURL(join(outdir, 'index.mjs')).href)) as {
      handler: (name: string) => Promise<Record<string, unknown>>;
      default: unknown;
    };
    expect(module.default).toBe(module.handler);
    expect(await module.handler('a')).toEqual({
      lazy: { table: 'kehou' },
      registry: ['handler', 'a'],
      config: { table: 'kehou' },
      legacy: 'commonjs',
      order: ['registry', 'config', 'handler'],
    });
    // The chunk loaded on first use sees the entry's own module instances (one registry, one trace).
    expect(await module.handler('b')).toMatchObject({ lazy: 3, registry: ['handler', 'a', 'b'], order: ['registry', 'config', 'handler', 'b'] });
  });
});
