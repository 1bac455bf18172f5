import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { bundleAsync } from '../lib/api/bundle';
import { eagerCommonJsWrappers } from '../lib/api/eagerWrappers';

const scratch = mkdtempSync(join(tmpdir(), 'kehou-eager-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** V8's events for the functions of one script (`--log-function-events`), by the function's start offset. */
function functionEvents(file: string): Map<number, string[]> {
  const logfile = join(scratch, 'v8.log');
  const run = spawnSync(process.execPath, ['--log-function-events', `--logfile=${logfile}`, '--no-logfile-per-isolate', file], { encoding: 'utf8' });
  expect(run.status, run.stderr).toBe(0);
  const lines = readFileSync(logfile, 'utf8')
    .split('\n')
    .map((line) => line.split(','));
  const script = lines.find((line) => line[0] === 'script-details' && line[2] === pathToFileURL(file).href)?.[1];
  const events = new Map<number, string[]>();
  for (const [kind, event, id, start] of lines)
    if (kind === 'function' && id === script) events.set(Number(start), [...(events.get(Number(start)) ?? []), event]);
  return events;
}

describe('compile-once hints for CommonJS wrappers (eagerWrappers.ts)', () => {
  it('rests on V8 compiling a parenthesized function with its script and an arrow again when called', () => {
    const file = join(scratch, 'premise.mjs');
    const source = [
      'const wrap = (body) => body;',
      'export const a = wrap((e) => { const x = [e, 1]; return x; })(1);',
      'export const b = wrap((function (e) { const y = [e, 2]; return y; }))(2);',
    ].join('\n');
    writeFileSync(file, source);
    const events = functionEvents(file);
    const arrow = events.get(source.indexOf('(e) =>')) ?? [];
    const parenthesized = events.get(source.indexOf('(e) { const y')) ?? [];
    // The arrow is pre-parsed with the script, then parsed and compiled on its first call.
    expect(arrow).toContain('first-execution');
    expect(arrow).toContain('parse-function');
    // The parenthesized function is compiled with the script, fully, and not parsed again when it runs.
    expect(parenthesized).toContain('first-execution');
    expect(parenthesized).toContain('full-parse');
    expect(parenthesized).not.toContain('parse-function');
  });

  it('rewrites the wrappers of the helper, defined or imported, and leaves closures that use this or arguments', () => {
    const helper = 'var c=(a,b)=>()=>{try{return b||a((b={exports:{}}).exports,b),b.exports}catch(d){throw b=0,d}};';
    const { files, rewritten } = eagerCommonJsWrappers([
      { path: '/out/index.mjs', text: `${helper}var x=c((e,t)=>{t.exports=1}),y=c(e=>{e.a=this}),z=c(e=>{e.f=function(){return this}});export{c as a};` },
      { path: '/out/chunks/k.mjs', text: 'import{a as q}from"../index.mjs";var w=q((e,t)=>{t.exports=arguments.length}),v=q(e=>{e.g=()=>1}),u=other(e=>{});' },
      { path: '/out/data.json', text: '{}' },
    ]);
    expect(files[0].text).toBe(
      `${helper}var x=c((function(e,t){t.exports=1})),y=c(e=>{e.a=this}),z=c((function(e){e.f=function(){return this}}));export{c as a};`,
    );
    expect(files[1].text).toBe('import{a as q}from"../index.mjs";var w=q((e,t)=>{t.exports=arguments.length}),v=q((function(e){e.g=()=>1})),u=other(e=>{});');
    expect(files[2].text).toBe('{}');
    expect([...rewritten]).toEqual([
      ['/out/index.mjs', 2],
      ['/out/chunks/k.mjs', 1],
    ]);
  });

  it('gives a bundle whose CommonJS modules, in the entry and in lazily loaded chunks, behave as before', async () => {
    const src = join(scratch, 'src');
    const outdir = join(scratch, 'out');
    mkdirSync(src);
    const files: Record<string, string> = {
      'entry.mjs':
        "import counter from './counter.cjs';\nimport self from './self.cjs';\nexport const values = async () => ({ count: counter.next(), self: self.isExports, later: (await import('./later.cjs')).default.name });",
      'counter.cjs': 'let n = 0;\nexports.next = () => ++n;',
      'self.cjs': 'this.isExports = this === module.exports;',
      'later.cjs': "module.exports = { name: 'later', count: require('./counter.cjs').next() };",
    };
    for (const [name, text] of Object.entries(files)) writeFileSync(join(src, name), text);
    const { eagerWrappers } = await bundleAsync(join(src, 'entry.mjs'), outdir);
    // The three CommonJS modules, wherever esbuild put them (the entry, a shared chunk, the chunk loaded on first use).
    expect(Object.values(eagerWrappers).reduce((sum, n) => sum + n, 0)).toBe(3);
    // In more than one file: the chunks that import the helper were rewritten too.
    expect(Object.keys(eagerWrappers).length).toBeGreaterThan(1);
    const { values } = (await import(pathToFileURL(join(outdir, 'index.mjs')).href)) as { values: () => Promise<unknown> };
    expect(await values()).toEqual({ count: 1, self: true, later: 'later' });
  });
});
