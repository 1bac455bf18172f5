import type { Server } from 'node:http';
import type { Context } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signLocalToken } from '../src/auth/localTokens';
import type { Viewer } from '../src/auth/viewer';
import { createApolloServer } from '../src/server/createServer';
import { createServices } from '../src/server/services';
import { startLocalServer } from '../src/local/httpServer';
import { seedDemo } from '../src/local/seed/seedDemo';
import { createTestDb } from './support/api';
import { httpApiEvent } from './support/lambdaEvent';
import { inject } from 'vitest';

const OPERATION = {
  query: `query Overview($first: Int) {
    viewer { role schoolId school { code } }
    schools(first: $first) { totalCount nodes { id code name type grades terms { totalCount nodes { schoolYear semester startDate } } } }
    districtPolicy { version minDailyMinutes lateCareEndsNotBefore }
  }`,
  variables: { first: 10 },
};

let server: Server;
let baseUrl: string;
let lambda: typeof import('../src/handlers/graphql')['handler'];
let schoolAdmin: Viewer;

beforeAll(async () => {
  process.env.KEHOU_DATA_DIR = inject('dataDir');
  const db = await createTestDb();
  const services = createServices(db);
  await seedDemo(services, undefined, { people: { classesPerGrade: 1, studentsPerClass: 2 } });
  const firstSchool = (await services.repositories.schools.list({ first: 1, filter: {}, orderBy: { field: 'CODE', direction: 'ASC' } })).items[0].record;
  schoolAdmin = { sub: 'same-user', role: 'SCHOOL_ADMIN', schoolId: firstSchool.id };
  // The Lambda module reads its table from the environment at cold start, as it does on AWS.
  process.env.TABLE_NAME = db.config.tableName;
  process.env.DYNAMODB_ENDPOINT = db.config.endpoint;
  lambda = (await import('../src/handlers/graphql')).handler;
  const apollo = createApolloServer();
  await apollo.start();
  server = await startLocalServer({ apollo, services, consoleDir: '/nonexistent', port: 0 });
  const address = server.address();
  baseUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

async function viaLambda(body: unknown, options: Parameters<typeof httpApiEvent>[1]) {
  const result = await lambda(httpApiEvent(body, options), {} as Context, () => {});
  if (!result || typeof result === 'string') throw new Error('Expected a structured result');
  return { status: result.statusCode, body: JSON.parse(result.body ?? '{}') };
}

async function viaLocal(body: unknown, token?: string, path = '/graphql') {
  const response = await fetch(`${baseUrl}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  // `any` on purpose: GraphQL response data (or a CloudFormation template) read by field name; the query fixes the shape, the test asserts it.
  return { status: response.status, body: (await response.json()) as Record<string, any> };
}

describe('one server, two hosts', () => {
  it('answers the same operation identically through the Lambda handler and the local HTTP server', async () => {
    // API Gateway flattens array claims to "[A B]" strings; the local token carries a real array.
    const claims = { sub: schoolAdmin.sub, 'cognito:groups': '[SCHOOL_ADMIN]', 'custom:schoolId': schoolAdmin.schoolId! };
    const fromLambda = await viaLambda(OPERATION, { claims });
    const fromLocal = await viaLocal(OPERATION, await signLocalToken(schoolAdmin));
    expect(fromLambda.body.errors).toBeUndefined();
    expect(fromLambda.body.data.schools.totalCount).toBe(1);
    expect(fromLambda.body.data.schools.nodes[0].terms.totalCount).toBe(1);
    expect(fromLocal).toEqual(fromLambda);
  });

  it('gives the same coded errors on both hosts', async () => {
    const body = { query: 'mutation { createSchool(input: { name: "x", code: "CG-001", type: PRIMARY, ownership: PUBLIC, grades: [1] }) { id } }' };
    const claims = { sub: 'district', 'cognito:groups': 'DISTRICT_ADMIN' };
    const fromLambda = await viaLambda(body, { claims });
    const fromLocal = await viaLocal(body, await signLocalToken({ sub: 'district', role: 'DISTRICT_ADMIN' }));
    expect(fromLambda.body.errors[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'code' });
    expect(fromLocal).toEqual(fromLambda);
  });

  it('refuses every non-public operation on the public route, whatever claims the request carries', async () => {
    const claims = { sub: 'district', 'cognito:groups': 'DISTRICT_ADMIN' };
    const result = await viaLambda({ query: '{ schools { totalCount } }' }, { path: '/public/graphql', claims });
    expect(result.body.errors[0].extensions.code).toBe('FORBIDDEN');
    // A refusal of the client's request, not a server fault for the 5xx alarm (more in httpSemantics.test.ts).
    expect(result.status).toBe(403);
    expect(result.body.data).toBeUndefined();
    const sneaky = await viaLambda({ query: '{ ... on Query { viewer { role } } }' }, { path: '/public/graphql', claims });
    expect(sneaky.body.errors[0].extensions.code).toBe('FORBIDDEN');
  });

  it('refuses a token whose role lacks the scope it needs (a school admin without a school, …) with UNAUTHENTICATED', async () => {
    const body = { query: '{ schools { totalCount } }' };
    const scopeless: Record<string, string>[] = [
      { sub: 's', 'cognito:groups': '[SCHOOL_ADMIN]' },
      { sub: 't', 'cognito:groups': 'TEACHER', 'custom:schoolId': schoolAdmin.schoolId! },
      { sub: 'v', 'cognito:groups': 'PROVIDER', 'custom:providerId': '' },
    ];
    for (const claims of scopeless) {
      const fromLambda = await viaLambda(body, { claims });
      expect(fromLambda.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
      expect(fromLambda.body.data).toBeFalsy();
    }
    // The local server reads its tokens through the same mapping (a token signed without the claim, as a foreign issuer might).
    const local = await viaLocal(body, await signLocalToken({ sub: 's', role: 'SCHOOL_ADMIN' } as unknown as Viewer));
    expect(local.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const parent = await viaLambda({ query: '{ viewer { role } }' }, { path: '/parent/graphql', claims: { sub: 'p', 'cognito:groups': 'PARENT' } });
    expect(parent.body.data.viewer).toBeNull();
  });

  it('serves only PARENT viewers on the parents’ route, whatever else a token claims', async () => {
    const query = { query: '{ viewer { role guardianId } }' };
    const parent = await viaLambda(query, { path: '/parent/graphql', claims: { sub: 'p', 'cognito:groups': '[PARENT]', 'custom:guardianId': 'gdn_someone' } });
    expect(parent.body.data.viewer).toEqual({ role: 'PARENT', guardianId: 'gdn_someone' });
    const staff = await viaLambda(query, { path: '/parent/graphql', claims: { sub: 'd', 'cognito:groups': '[DISTRICT_ADMIN PARENT]' } });
    expect(staff.body.data.viewer).toBeNull();
    // The local server serves the route alike.
    const localParent = await viaLocal(query, await signLocalToken({ sub: 'p', role: 'PARENT', guardianId: 'gdn_someone' }), '/parent/graphql');
    expect(localParent.body).toMatchObject({ data: { viewer: parent.body.data.viewer } });
    const localStaff = await viaLocal(query, await signLocalToken({ sub: 'd', role: 'DISTRICT_ADMIN' }), '/parent/graphql');
    expect(localStaff).toEqual(staff);
  });

  it('treats no token and a bad token as anonymous', async () => {
    const withoutClaims = await viaLambda(OPERATION, {});
    const withoutToken = await viaLocal(OPERATION);
    const withBadToken = await viaLocal(OPERATION, 'not.a.token');
    for (const result of [withoutClaims, withoutToken, withBadToken]) {
      expect(result.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    }
    expect(withoutToken).toEqual(withoutClaims);
  });
});
