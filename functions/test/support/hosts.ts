import type { Server } from 'node:http';
import type { Context } from 'aws-lambda';
import type { Db } from '../../src/db/client';
import { startLocalServer } from '../../src/local/httpServer';
import { createApolloServer } from '../../src/server/createServer';
import { createServices, type Services } from '../../src/server/services';
import { httpApiEvent } from './lambdaEvent';

/** One HTTP request as both hosts receive it: path, headers and the raw body text. */
export interface RawRequest {
  path?: '/graphql' | '/public/graphql';
  headers?: Record<string, string>;
  body: string;
  /** What API Gateway's JWT authorizer passes on (Lambda only; the local server verifies its own tokens). */
  claims?: Record<string, string>;
  sourceIp?: string;
}

export interface HostAnswer {
  status: number;
  headers: Record<string, string>;
  body: any;
}

const parse = (text: string) => {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
};

/**
 * The Lambda handler (imported as Lambda loads it: table from the environment) and a local server on the same table,
 * with the same settings as the deployed default (introspection off), for comparing answers byte for byte.
 */
export async function startBothHosts(db: Db, options: { introspection?: boolean } = {}) {
  process.env.TABLE_NAME = db.config.tableName;
  process.env.DYNAMODB_ENDPOINT = db.config.endpoint;
  const lambda = (await import('../../src/handlers/graphql')).handler;
  const services: Services = createServices(db);
  const apollo = createApolloServer({ introspection: options.introspection ?? false });
  await apollo.start();
  const server: Server = await startLocalServer({ apollo, services, consoleDir: '/nonexistent', port: 0 });
  const address = server.address();
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;

  async function viaLambda(request: RawRequest): Promise<HostAnswer> {
    const base = httpApiEvent({}, { path: request.path, claims: request.claims });
    const event = {
      ...base,
      headers: { 'content-type': 'application/json', ...request.headers },
      body: request.body,
      requestContext: { ...base.requestContext, http: { ...base.requestContext.http, sourceIp: request.sourceIp ?? '198.51.100.20' } },
    };
    const result = await lambda(event, {} as Context, () => {});
    return {
      status: result.statusCode ?? 200,
      headers: Object.fromEntries(Object.entries(result.headers ?? {}).map(([k, v]) => [k.toLowerCase(), String(v)])),
      body: parse(result.body ?? ''),
    };
  }

  async function viaLocal(request: RawRequest): Promise<HostAnswer> {
    const response = await fetch(`${origin}${request.path ?? '/graphql'}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...request.headers },
      body: request.body,
    });
    return { status: response.status, headers: Object.fromEntries(response.headers), body: parse(await response.text()) };
  }

  return {
    services,
    origin,
    viaLambda,
    viaLocal,
    async stop() {
      await new Promise((resolve) => {
        server.closeAllConnections();
        server.close(resolve);
      });
      await apollo.stop();
    },
  };
}
