import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const repoRoot = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..');
const tsx = join(repoRoot, 'node_modules', '.bin', 'tsx');
const dataDir = mkdtempSync(join(tmpdir(), 'kehou-client-'));

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, () => {
      const address = server.address();
      server.close(() => done(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** Runs one example as a user would (`npx tsx graphql/client/examples/x.ts`), returning its output. */
function runExample(name: string, env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((done) => {
    const child = spawn(tsx, [join('graphql', 'client', 'examples', `${name}.ts`)], {
      cwd: repoRoot,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.once('exit', (code) => done({ code, output }));
  });
}

let server: ChildProcess;
let output = '';
let env: Record<string, string>;

// `npm start` exactly as the README runs it (its own DynamoDB Local, the demo district), on a free port.
beforeAll(async () => {
  const port = await freePort();
  server = spawn(tsx, ['functions/src/local/start.ts'], {
    cwd: repoRoot,
    env: { ...process.env, PORT: String(port), KEHOU_DATA_DIR: dataDir, KEHOU_SKIP_CONSOLE_BUILD: '1', DYNAMODB_ENDPOINT: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout!.on('data', (chunk) => (output += chunk));
  server.stderr!.on('data', (chunk) => (output += chunk));
  const deadline = Date.now() + 240_000;
  while (!output.includes('Press Ctrl-C to stop')) {
    if (Date.now() > deadline || server.exitCode !== null) throw new Error(`npm start did not get ready:\n${output}`);
    await new Promise((wait) => setTimeout(wait, 250));
  }
  const token = output.match(/District admin token.*:\n\s+(\S+)/)?.[1];
  const accessCode = output.match(/parents answer at \/s\/(\w+)/)?.[1];
  if (!token || !accessCode) throw new Error(`npm start printed no token or survey link:\n${output}`);
  env = { KEHOU_API_URL: `http://localhost:${port}/graphql`, KEHOU_TOKEN: token, KEHOU_ACCESS_CODE: accessCode };
}, 300_000);

afterAll(async () => {
  if (server && server.exitCode === null) {
    const exited = new Promise((done) => server.once('exit', done));
    server.kill('SIGINT');
    await exited;
  }
  rmSync(dataDir, { recursive: true, force: true });
}, 60_000);

describe('README examples against npm start', () => {
  it('publicSurvey: reads the open survey by its code and answers it anonymously; a second send replaces the answer', async () => {
    const first = await runExample('publicSurvey', env);
    expect(first.output).toMatch(/满意度调查 \(OPEN, \d+ questions\)/);
    expect(first.output).toContain('accepted: true, replaced an earlier answer: false');
    expect(first.code).toBe(0);
    // The server-issued key it printed, sent again: the same device.
    const key = first.output.match(/respondent key: (\S+)/)?.[1];
    expect(key).toMatch(/^rk1\./);
    const again = await runExample('publicSurvey', { ...env, KEHOU_RESPONDENT_KEY: key! });
    expect(again.output).toContain('accepted: true, replaced an earlier answer: true');
  });

  it('dashboard: pages through every school, reads the dashboard, approved providers and satisfaction by school', async () => {
    const { code, output: printed } = await runExample('dashboard', env);
    expect(printed).toContain('signed in as DISTRICT_ADMIN');
    expect(printed).toMatch(/schools: 4\n/);
    expect(printed).toContain('城关第一实验小学');
    expect(printed).toMatch(/approved providers: [1-9]/);
    expect(printed).toMatch(/satisfaction: \d+ % of \d+ answers/);
    expect(code).toBe(0);
  });

  it('errors: each refusal arrives as its own class', async () => {
    const { code, output: printed } = await runExample('errors', env);
    expect(printed).toContain('NotFoundError:');
    expect(printed).toContain('BadUserInputError on first:');
    expect(printed).toContain('UnauthenticatedError:');
    expect(code).toBe(0);
  });

  it('says which setting is missing instead of failing obscurely', async () => {
    const { code, output: printed } = await runExample('dashboard', { KEHOU_API_URL: env.KEHOU_API_URL, KEHOU_TOKEN: '' });
    expect(code).toBe(2);
    expect(printed).toContain('Set KEHOU_TOKEN');
  });
});
