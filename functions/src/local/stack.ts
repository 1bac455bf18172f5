import type { Server } from 'node:http';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ensureTable } from '../db/bootstrap';
import { createDb, dbConfigFromEnv } from '../db/client';
import { createApolloServer, envFlag } from '../server/createServer';
import { createServices, type Services } from '../server/services';
import { consoleDistDir } from './consoleBuild';
import { startDynamoLocal, type DynamoLocal } from './dynamoLocal';
import { startLocalServer } from './httpServer';
import { dataDir, engineFile } from './paths';
import { seedDemo } from './seed/seedDemo';

export interface LocalStackOptions {
  port: number;
  /** Keep data under .data/dynamodb (npm start) or in memory (tests). */
  persist: boolean;
  /** Table name (tests use a fresh one). */
  tableName?: string;
  seed: boolean;
  step?: (line: string) => void;
  /** Interface to listen on (default `HOST`, else 127.0.0.1: this machine only). */
  host?: string;
}

export interface LocalStack {
  url: string;
  endpoint: string;
  services: Services;
  engine?: DynamoLocal;
  stop(): Promise<void>;
}

/**
 * Engine → table → seed → API + console, each step reported. With DYNAMODB_ENDPOINT set, the user's own engine
 * is used and no Java process is started.
 */
export async function startLocalStack(options: LocalStackOptions): Promise<LocalStack> {
  const step = options.step ?? (() => {});
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  const config = dbConfigFromEnv();
  if (options.tableName) config.tableName = options.tableName;
  let engine: DynamoLocal | undefined;
  if (config.endpoint) {
    step(`Using the DynamoDB engine at ${config.endpoint} (DYNAMODB_ENDPOINT)`);
  } else {
    step(options.persist ? 'Starting DynamoDB Local 3.3.0 (data in .data/dynamodb)…' : 'Starting DynamoDB Local 3.3.1 (in memory)…');
    engine = await startDynamoLocal({
      dbPath: options.persist ? join(dataDir(), 'dynamodb') : undefined,
      tmpDir: join(dataDir(), 'tmp'),
    });
    config.endpoint = engine.endpoint;
    // Other local commands (e.g. check:qualifications) find the running engine here.
    if (options.persist) writeFileSync(engineFile(), JSON.stringify({ endpoint: engine.endpoint, pid: engine.pid, tableName: config.tableName }));
    step(`DynamoDB Local is up at ${engine.endpoint} (pid ${engine.pid})`);
  }
  let server: Server | undefined;
  try {
    const db = createDb(config);
    const created = await ensureTable(db.client, config.tableName);
    step(`Table ${config.tableName} ${created === 'created' ? 'created' : 'already exists'}`);
    const services = createServices(db);
    if (options.seed) await seedDemo(services, (line) => step(`Demo data: ${line}`));
    // Introspection is on locally (Apollo Sandbox, codegen against a running server); GRAPHQL_INTROSPECTION=false tries the deployed default.
    const apollo = createApolloServer({ introspection: envFlag('GRAPHQL_INTROSPECTION', true) });
    await apollo.start();
    const host = options.host ?? (process.env.HOST?.trim() || '127.0.0.1');
    server = await startLocalServer({ apollo, services, consoleDir: consoleDistDir, port: options.port, host });
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : options.port;
    if (!['127.0.0.1', 'localhost', '::1'].includes(host))
      step(`Listening on ${host}:${port} (HOST): other machines can reach the API and the console; demo sign-in still answers this machine only`);
    const listening = server;
    return {
      url: `http://localhost:${port}`,
      endpoint: config.endpoint,
      services,
      engine,
      async stop() {
        await new Promise<void>((resolve) => {
          listening.closeAllConnections();
          listening.close(() => resolve());
        });
        await apollo.stop();
        await engine?.stop();
        if (options.persist) rmSync(engineFile(), { force: true });
      },
    };
  } catch (error) {
    await engine?.stop();
    throw error;
  }
}
