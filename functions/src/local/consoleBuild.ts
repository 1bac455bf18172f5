import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './paths';

export const adminDir = join(repoRoot, 'admin');
export const consoleDistDir = join(adminDir, 'dist');

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
}

/** Whether admin/dist is missing or older than the console's sources. */
export function consoleBuildIsStale(): boolean {
  const built = newestMtime(join(consoleDistDir, 'index.html'));
  const sources = Math.max(newestMtime(join(adminDir, 'src')), newestMtime(join(adminDir, 'index.html')), newestMtime(join(adminDir, 'vite.config.ts')));
  return built === 0 || sources > built;
}

let activeBuild: ChildProcess | undefined;

/** Stops a console build still running (Ctrl-C during `npm start`): no orphaned Vite process. */
export function stopConsoleBuild() {
  activeBuild?.kill('SIGTERM');
}

/** Builds the console with Vite (one child process, output shown only on failure). */
export function buildConsole(): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(join(repoRoot, 'node_modules', '.bin', 'vite'), ['build', '--logLevel', 'warn'], {
      cwd: adminDir,
      // A production build whatever the caller runs under (vitest sets NODE_ENV=test, which would make Vite build
      // React in development mode).
      env: { ...process.env, NODE_ENV: 'production' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    activeBuild = child;
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.once('error', reject);
    child.once('exit', (code) => {
      activeBuild = undefined;
      if (code === 0) resolve();
      else reject(new Error(`Console build failed (exit ${code}):\n${output}`));
    });
  });
}
