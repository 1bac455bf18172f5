import { parse } from 'acorn';
import { build, type Metafile, type Plugin } from 'esbuild';
import { dirname, relative, resolve } from 'node:path';
import type { OutputText } from './eagerWrappers';

/**
 * One file for a cold start (a post-build step of bundle.ts).
 *
 * With code splitting, esbuild puts the modules a cold start loads into the entry and a few dozen chunks (one per
 * set of entry points sharing them: the entry and each lazily loaded service). Node's ES module loader then
 * resolves, reads, compiles and links each of them, and every binding one chunk takes from another is a live import
 * that is linked at start and read through its module record after. So the entry and the chunks it imports
 * statically are bundled again, by esbuild, into the entry file alone (scope-hoisted, as modules of one chunk are);
 * the chunks loaded on first use stay as they are and import what they share from the entry, which re-exports it
 * under names of the form `<chunk>$<export>`. Evaluation order is esbuild's, the modules' order as before.
 *
 * `paths` are absolute; `metafile` is esbuild's for `files` (paths relative to `workingDir`): the result's metafile
 * describes the new files (the entry's inputs are the merged chunks' inputs), so size reports stay exact per package.
 */
export async function mergeColdStart(
  files: OutputText[],
  metafile: Metafile,
  options: { workingDir: string; entry: string; banner: string; coldFiles: string[] },
): Promise<{ files: OutputText[]; metafile: Metafile }> {
  const { workingDir, banner } = options;
  const abs = (path: string) => resolve(workingDir, path);
  const entry = abs(options.entry);
  const cold = new Set(options.coldFiles.map(abs));
  if (cold.size <= 1) return { files, metafile };
  // Only static imports can be pointed at the entry: a dynamic import of a merged chunk would load a file no longer there.
  for (const [path, output] of Object.entries(metafile.outputs))
    for (const imported of output.imports)
      if (!imported.external && imported.kind !== 'import-statement' && cold.has(abs(imported.path)))
        throw new Error(`${path} loads ${imported.path} by ${imported.kind}: it cannot be merged into the entry`);
  const text = new Map(files.map((file) => [file.path, file.text]));
  // Each chunk's exports, under a name unique in the merged entry.
  const prefix = new Map([...cold].filter((path) => path !== entry).map((path, i) => [path, `c${i}$`]));
  const facade = [
    `export { ${(metafile.outputs[relative(workingDir, entry)]?.exports ?? []).join(', ')} } from ${JSON.stringify(entry)};`,
    ...[...prefix].map(([path, p]) => {
      const names = metafile.outputs[relative(workingDir, path)]?.exports ?? [];
      return names.length
        ? `export { ${names.map((name) => `${name} as ${p}${name}`).join(', ')} } from ${JSON.stringify(path)};`
        : `import ${JSON.stringify(path)};`;
    }),
  ].join('\n');

  const fromMemory: Plugin = {
    name: 'kehou-cold-start-files',
    setup(pass) {
      pass.onResolve({ filter: /^kehou-cold-start$/ }, () => ({ path: 'facade', namespace: 'kehou-cold' }));
      pass.onResolve({ filter: /.*/ }, (args) => {
        if (args.kind === 'entry-point') return undefined;
        if (!/^[./]/.test(args.path)) return { path: args.path, external: true };
        const path = args.importer === 'facade' ? args.path : resolve(dirname(args.importer), args.path);
        if (cold.has(path)) return { path, namespace: 'kehou-cold' };
        if (!text.has(path)) return { errors: [{ text: `${args.importer} imports ${args.path}, which is not an output file` }] };
        // A chunk loaded on first use: imported as before, from where the entry is.
        return { path: `./${relative(dirname(entry), path)}`, external: true };
      });
      pass.onLoad({ filter: /.*/, namespace: 'kehou-cold' }, (args) => {
        if (args.path === 'facade') return { contents: facade, loader: 'js', resolveDir: dirname(entry) };
        const source = text.get(args.path) ?? '';
        // Each chunk starts with the banner (require for CommonJS code): the merged file gets it once.
        const contents = source.startsWith(`${banner}\n`) ? source.slice(banner.length + 1) : source;
        if (args.path !== entry && contents.includes('import.meta'))
          return { errors: [{ text: `${args.path} uses import.meta: merged into the entry it would see another URL` }] };
        return { contents, loader: 'js', resolveDir: dirname(args.path) };
      });
    },
  };
  const merged = await build({
    entryPoints: ['kehou-cold-start'],
    outfile: entry,
    absWorkingDir: workingDir,
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'node',
    target: 'node22',
    minify: true,
    charset: 'ascii',
    legalComments: 'none',
    banner: { js: banner },
    plugins: [fromMemory],
    logLevel: 'error',
  });
  const mergedText = merged.outputFiles[0].text;

  // The chunks loaded on first use import what they share from the entry.
  const out: OutputText[] = [{ path: entry, text: mergedText }];
  for (const file of files) {
    if (cold.has(file.path)) continue;
    if (!file.path.endsWith('.mjs')) {
      out.push(file);
      continue;
    }
    const program = parse(file.text, { ecmaVersion: 'latest', sourceType: 'module' });
    const edits: { from: number; to: number; text: string }[] = [];
    const toEntry = JSON.stringify(`./${relative(dirname(file.path), entry)}`);
    for (const statement of program.body) {
      if (!('source' in statement) || !statement.source || typeof statement.source.value !== 'string') continue;
      const target = resolve(dirname(file.path), statement.source.value);
      if (!cold.has(target)) continue;
      const p = prefix.get(target);
      if (statement.type !== 'ImportDeclaration' || !p)
        throw new Error(`${file.path}: ${file.text.slice(statement.start, statement.end)} — only named imports of a chunk can be merged`);
      const specifiers = statement.specifiers.map((specifier) => {
        if (specifier.type !== 'ImportSpecifier' || specifier.imported.type !== 'Identifier')
          throw new Error(`${file.path}: ${file.text.slice(statement.start, statement.end)} — only named imports of a chunk can be merged`);
        return `${p}${specifier.imported.name} as ${specifier.local.name}`;
      });
      edits.push({
        from: statement.start,
        to: statement.end,
        text: specifiers.length ? `import{${specifiers.join(',')}}from${toEntry};` : `import${toEntry};`,
      });
    }
    let rewritten = file.text;
    for (const edit of edits.sort((a, b) => b.from - a.from)) rewritten = rewritten.slice(0, edit.from) + edit.text + rewritten.slice(edit.to);
    out.push({ path: file.path, text: rewritten });
  }
  return { files: out, metafile: mergedMetafile(metafile, out, { workingDir, entry, cold }) };
}

/** The metafile of the merged files: the entry holds the cold chunks' inputs and their imports of other files. */
function mergedMetafile(metafile: Metafile, files: OutputText[], options: { workingDir: string; entry: string; cold: Set<string> }): Metafile {
  const { workingDir, entry, cold } = options;
  const key = (path: string) => relative(workingDir, path);
  const entryKey = key(entry);
  const coldKeys = new Set([...cold].map(key));
  const bytes = new Map(files.map((file) => [key(file.path), Buffer.byteLength(file.text)]));
  const outputs: Metafile['outputs'] = {};
  const entryOutput = {
    ...metafile.outputs[entryKey],
    inputs: {} as Metafile['outputs'][string]['inputs'],
    imports: [] as Metafile['outputs'][string]['imports'],
  };
  const seen = new Set<string>();
  for (const path of coldKeys) {
    const output = metafile.outputs[path];
    for (const [input, value] of Object.entries(output.inputs))
      entryOutput.inputs[input] = { bytesInOutput: (entryOutput.inputs[input]?.bytesInOutput ?? 0) + value.bytesInOutput };
    for (const imported of output.imports) {
      if (!imported.external && coldKeys.has(imported.path)) continue;
      const id = `${imported.kind} ${imported.path}`;
      if (!seen.has(id)) entryOutput.imports.push(imported);
      seen.add(id);
    }
  }
  outputs[entryKey] = { ...entryOutput, bytes: bytes.get(entryKey) ?? 0 };
  for (const [path, output] of Object.entries(metafile.outputs)) {
    if (coldKeys.has(path)) continue;
    const imports = output.imports.filter((imported) => imported.external || !coldKeys.has(imported.path));
    if (imports.length < output.imports.length) imports.push({ path: entryKey, kind: 'import-statement' });
    outputs[path] = { ...output, imports, bytes: bytes.get(path) ?? output.bytes };
  }
  return { ...metafile, outputs };
}
