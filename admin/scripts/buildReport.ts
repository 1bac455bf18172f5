/**
 * `npm run build:report -w admin` (after `vite build`): what a first visit downloads, gzipped, written to
 * admin/build-report.json.
 *
 * - `entry`: the entry chunk and its modulepreloads, as dist/index.html lists them.
 * - `console` / `publicSurvey`: main.tsx starts one of two route trees with a dynamic import; each
 *   first load is the entry plus that tree's chunk and everything it imports statically (Vite's
 *   preload helper fetches them at once), from dist/.vite/manifest.json. Lazy pages are not counted.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const adminDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(adminDir, 'dist');
const BUDGET_BYTES = 500 * 1024;
/** The phone pages (家长端、教师端) load on phones over mobile networks: a budget of their own. */
export const PHONE_BUDGET_BYTES = 150 * 1024;

interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}
type Manifest = Record<string, ManifestChunk>;

const gzipped = (file: string) => gzipSync(readFileSync(join(dist, file))).length;
const raw = (file: string) => readFileSync(join(dist, file)).length;

function measure(files: string[]) {
  const unique = [...new Set(files)];
  const rows = unique.map((file) => ({ file, bytes: raw(file), gzipBytes: gzipped(file) })).sort((a, b) => b.gzipBytes - a.gzipBytes);
  const gzipBytes = rows.reduce((sum, row) => sum + row.gzipBytes, 0);
  return { gzipBytes, gzipKB: Math.round(gzipBytes / 102.4) / 10, bytes: rows.reduce((sum, row) => sum + row.bytes, 0), files: rows };
}

/** The entry script, its modulepreloads and stylesheets, in the order index.html names them. */
export function indexFiles(html: string): string[] {
  const files = [
    ...html.matchAll(/<script[^>]+type="module"[^>]+src="\/([^"]+)"/g),
    ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="\/([^"]+)"/g),
    ...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="\/([^"]+)"/g),
  ].map((match) => match[1]);
  return [...new Set(files)];
}

/** A chunk and its static imports, transitively, with their CSS. */
export function staticClosure(manifest: Manifest, key: string, seen = new Set<string>()): string[] {
  if (seen.has(key) || !manifest[key]) return [];
  seen.add(key);
  const chunk = manifest[key];
  return [chunk.file, ...(chunk.css ?? []), ...(chunk.imports ?? []).flatMap((next) => staticClosure(manifest, next, seen))];
}

/** The gzip size of a route tree's first load (`consoleMain`, `publicSurvey/publicMain`, `phone/phoneMain`) in dist/. */
export function firstLoad(name: string) {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8')) as Manifest;
  const entryKey = Object.keys(manifest).find((key) => manifest[key].isEntry)!;
  const key = (manifest[entryKey].dynamicImports ?? []).find((dynamic) => dynamic.includes(name));
  if (!key) throw new Error(`main.tsx no longer starts ${name} with a dynamic import`);
  return measure([...indexFiles(html), ...staticClosure(manifest, key)]);
}

function main() {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const manifestFile = join(dist, '.vite', 'manifest.json');
  if (!existsSync(manifestFile)) throw new Error('dist/.vite/manifest.json is missing: run `vite build` first (build.manifest is on)');
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Manifest;
  const entryFiles = indexFiles(html);
  const entryKey = Object.keys(manifest).find((key) => manifest[key].isEntry);
  if (!entryKey) throw new Error('No entry chunk in the manifest');
  const tree = (name: string) => {
    const key = (manifest[entryKey].dynamicImports ?? []).find((dynamic) => dynamic.includes(name));
    if (!key) throw new Error(`main.tsx no longer starts ${name} with a dynamic import`);
    return [...entryFiles, ...staticClosure(manifest, key)];
  };
  const consoleLoad = measure(tree('consoleMain'));
  const publicLoad = measure(tree('publicSurvey/publicMain'));
  const phoneLoad = measure(tree('phone/phoneMain'));
  const report = {
    generatedAt: new Date().toISOString(),
    budgetGzipBytes: BUDGET_BYTES,
    entry: measure(entryFiles),
    console: { ...consoleLoad, withinBudget: consoleLoad.gzipBytes < BUDGET_BYTES },
    publicSurvey: { ...publicLoad, withinBudget: publicLoad.gzipBytes < BUDGET_BYTES },
    phone: { ...phoneLoad, budgetGzipBytes: PHONE_BUDGET_BYTES, withinBudget: phoneLoad.gzipBytes < PHONE_BUDGET_BYTES },
  };
  writeFileSync(join(adminDir, 'build-report.json'), `${JSON.stringify(report, null, 2)}\n`);
  console.log(`entry + modulepreloads (index.html): ${report.entry.gzipKB} KB gzip`);
  console.log(`console first load:        ${report.console.gzipKB} KB gzip (${report.console.files.length} files, budget 500 KB)`);
  console.log(`public survey first load:  ${report.publicSurvey.gzipKB} KB gzip (${report.publicSurvey.files.length} files)`);
  console.log(`phone pages first load:    ${report.phone.gzipKB} KB gzip (${report.phone.files.length} files, budget 150 KB)`);
  if (!report.console.withinBudget || !report.phone.withinBudget) process.exitCode = 1;
}

// Run as a script (`npm run build:report`), not when a test imports `firstLoad`.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
