import { inject } from 'vitest';
import type { Viewer } from '../../src/auth/viewer';
import { randomToken } from '../../src/core/ids';
import { ensureTable } from '../../src/db/bootstrap';
import { createDb, type Db } from '../../src/db/client';
import { createContext } from '../../src/server/context';
import { createApolloServer } from '../../src/server/createServer';
import { createServices, type ServiceOptions } from '../../src/server/services';

export interface GraphQLResult {
  data?: Record<string, any> | null;
  errors?: { message: string; extensions?: { code?: string; field?: string; [key: string]: unknown } }[];
}

export const districtAdmin: Viewer = { sub: 'district-1', role: 'DISTRICT_ADMIN' };
export const schoolAdminOf = (schoolId: string): Viewer => ({ sub: `school-admin-${schoolId}`, role: 'SCHOOL_ADMIN', schoolId });
export const providerUser: Viewer = { sub: 'provider-1', role: 'PROVIDER', providerId: 'prv_x' };

/** A fresh table in the run's DynamoDB Local, a Db for it, and a client for the API on top. */
export async function createTestDb(): Promise<Db> {
  const tableName = `test-${randomToken(10)}`;
  const db = createDb({ tableName, endpoint: inject('dynamoEndpoint'), region: 'cn-north-1' });
  await ensureTable(db.client, tableName);
  return db;
}

/** Runs operations against the real Apollo server and a fresh table, as a given viewer (null = anonymous). */
export async function createTestApi(db?: Db, options: ServiceOptions = {}) {
  const database = db ?? (await createTestDb());
  const services = createServices(database, undefined, options);
  const server = createApolloServer();
  await server.start();
  async function exec(query: string, variables: Record<string, unknown> = {}, viewer: Viewer | null = districtAdmin): Promise<GraphQLResult> {
    const response = await server.executeOperation({ query, variables }, { contextValue: createContext(services, viewer) });
    if (response.body.kind !== 'single') throw new Error('Expected a single result');
    return response.body.singleResult as GraphQLResult;
  }
  return { db: database, services, server, exec };
}

export type TestApi = Awaited<ReturnType<typeof createTestApi>>;

/** The error code of the first error, for terse assertions. */
export const codeOf = (result: GraphQLResult) => result.errors?.[0]?.extensions?.code;
export const fieldOf = (result: GraphQLResult) => result.errors?.[0]?.extensions?.field;
