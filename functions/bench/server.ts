/**
 * The API under test, in its own process (as in production, the server does not share an event loop with the
 * clients that load it). Same wiring as `npm start` (createServices + Apollo + startLocalServer), plus a command
 * counter on the DynamoDB client that the benchmark reads over the IPC channel.
 *
 * Started by apiServer.ts with `fork`; environment: TABLE_NAME, DYNAMODB_ENDPOINT, AWS_REGION, KEHOU_DATA_DIR.
 */
import { join } from 'node:path';
import { signLocalToken } from '../src/auth/localTokens';
import { createDb, dbConfigFromEnv } from '../src/db/client';
import { startLocalServer } from '../src/local/httpServer';
import { createApolloServer } from '../src/server/createServer';
import { createServices } from '../src/server/services';
import { attachCommandCounter, type SentCommand } from './commandCounter';
import { benchDataDir } from './config';

export type ServerRequest = { id: number; type: 'counts' | 'reset' | 'sent' };
export type ServerMessage =
  | { type: 'ready'; port: number; adminToken: string }
  | { type: 'reply'; id: number; counts?: ReturnType<ReturnType<typeof attachCommandCounter>['read']>; sent?: SentCommand[] };

const db = createDb(dbConfigFromEnv());
const counter = attachCommandCounter(db.client);
const services = createServices(db);
const apollo = createApolloServer();
await apollo.start();
// No console is served in the benchmark; the directory only has to be a path.
const server = await startLocalServer({ apollo, services, consoleDir: join(benchDataDir, 'no-console'), port: 0 });
const address = server.address();
const port = typeof address === 'object' && address ? address.port : 0;
const adminToken = await signLocalToken({ sub: 'bench-admin', role: 'DISTRICT_ADMIN' }, 1);

const send = (message: ServerMessage) => process.send?.(message);

process.on('message', (message: ServerRequest) => {
  if (message.type === 'reset') counter.reset();
  send({
    type: 'reply',
    id: message.id,
    counts: message.type === 'counts' ? counter.read() : undefined,
    sent: message.type === 'sent' ? counter.sent() : undefined,
  });
});

let closing = false;
async function close() {
  if (closing) return;
  closing = true;
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await apollo.stop();
  process.exit(0);
}
process.on('SIGTERM', () => void close());
// The benchmark owns this process: if it goes away (crash, kill -9), so does the server.
process.on('disconnect', () => void close());

send({ type: 'ready', port, adminToken });
