import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { devtoolsDist, publishedSchemaFile, repoRoot } from './paths';

const devtoolsDir = join(repoRoot, 'graphql', 'devtools');
const bin = (name: string) => join(repoRoot, 'node_modules', '.bin', name);

/** Where the local server finds the built pages. */
export const graphiqlDistDir = join(devtoolsDist, 'graphiql');
export const docsDistDir = join(devtoolsDist, 'docs');

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
}

/** Whether the GraphiQL page or the reference is missing or older than what it is built from. */
export function devtoolsBuildIsStale(): boolean {
  const graphiql = newestMtime(join(graphiqlDistDir, 'index.html'));
  const docs = newestMtime(join(docsDistDir, 'index.html'));
  const graphiqlSources = Math.max(newestMtime(join(devtoolsDir, 'graphiql')), newestMtime(join(devtoolsDir, 'vite.config.ts')));
  const docsSources = Math.max(newestMtime(publishedSchemaFile), newestMtime(join(devtoolsDir, 'spectaql.yml')));
  return graphiql === 0 || docs === 0 || graphiqlSources > graphiql || docsSources > docs;
}

const running = new Set<ChildProcess>();

/** Stops builds still running (Ctrl-C during `npm start`). */
export function stopDevtoolsBuild() {
  for (const child of running) child.kill('SIGTERM');
}

function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: devtoolsDir,
      env: { ...process.env, NODE_ENV: 'production' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    running.add(child);
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.once('error', reject);
    child.once('exit', (code) => {
      running.delete(child);
      if (code === 0) resolve();
      else reject(new Error(`${command} ${args.join(' ')} failed (exit ${code}):\n${output}`));
    });
  });
}

/** The static schema reference from graphql/schema.graphql (spectaql), into `targetDir`. */
export function buildDocs(targetDir = docsDistDir): Promise<void> {
  return run(bin('spectaql'), ['spectaql.yml', '--quiet', '--target-dir', targetDir]);
}

/** The offline GraphiQL page (Vite bundle with its editor workers). */
export function buildGraphiql(): Promise<void> {
  return run(bin('vite'), ['build', '--logLevel', 'error']);
}

/** Both pages, one after the other (two cores: parallel builds would only slow the API's start). */
export async function buildDevtools(): Promise<void> {
  await buildGraphiql();
  await buildDocs();
}

/** `npm run build -w graphql/devtools` (both) or `npm run build:docs -w graphql/devtools` (the reference only, for deploys). */
if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  if (process.argv[2] === 'docs') await buildDocs();
  else await buildDevtools();
  console.log(`Built ${process.argv[2] === 'docs' ? docsDistDir : `${graphiqlDistDir} and ${docsDistDir}`}`);
}
