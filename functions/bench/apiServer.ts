import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { CommandCounts, SentCommand } from './commandCounter';
import { log, onStop } from './lifecycle';
import type { ServerMessage, ServerRequest } from './server';

export interface ApiServer {
  url: string;
  pid: number;
  adminToken: string;
  /** DynamoDB commands the server sent since the last reset. */
  counts(): Promise<CommandCounts>;
  resetCounts(): Promise<void>;
  /** The commands counted since the last reset, with their inputs (the first 50). */
  sentCommands(): Promise<SentCommand[]>;
  stop(): Promise<void>;
}

/** Starts server.ts in a child process (tsx loader, IPC channel) and waits until it listens. */
export async function startApiServer(env: Record<string, string>, nodeOptions: string[] = []): Promise<ApiServer> {
  const child: ChildProcess = fork(fileURLToPath(new URL('./server.ts', import.meta.url)), [], {
    execArgv: ['--import', 'tsx', ...nodeOptions],
    env: { ...process.env, ...env },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const pid = child.pid ?? -1;
  let exited = false;
  const exitedPromise = new Promise<void>((resolve) => child.once('exit', () => ((exited = true), resolve())));
  // Whatever ends this process, the server goes with it (the engine has the same hook in dynamoLocal.ts).
  process.once('exit', () => exited || child.kill('SIGKILL'));

  const stop = async () => {
    if (exited) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
    await exitedPromise;
    clearTimeout(timer);
    log(`API server stopped (pid ${pid})`);
  };
  onStop('API server', stop);

  const ready = await new Promise<Extract<ServerMessage, { type: 'ready' }>>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('The API server did not start within 60 s')), 60_000);
    child.on('message', (message: ServerMessage) => {
      if (message.type === 'ready') {
        clearTimeout(timer);
        resolve(message);
      }
    });
    child.once('exit', (code) => reject(new Error(`The API server exited during start-up (code ${code})`)));
  });

  let nextId = 0;
  const call = (type: ServerRequest['type']) =>
    new Promise<Extract<ServerMessage, { type: 'reply' }>>((resolve) => {
      const id = ++nextId;
      const onMessage = (message: ServerMessage) => {
        if (message.type === 'reply' && message.id === id) {
          child.off('message', onMessage);
          resolve(message);
        }
      };
      child.on('message', onMessage);
      child.send({ id, type } satisfies ServerRequest);
    });

  return {
    url: `http://127.0.0.1:${ready.port}/graphql`,
    pid,
    adminToken: ready.adminToken,
    counts: async () => (await call('counts')).counts!,
    sentCommands: async () => (await call('sent')).sent ?? [],
    resetCounts: async () => void (await call('reset')),
    stop,
  };
}
