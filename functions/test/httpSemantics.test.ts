import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signLocalToken } from '../src/auth/localTokens';
import { MAX_TOKENS } from '../src/server/createServer';
import { MAX_BODY_BYTES } from '../src/server/httpEdges';
import { createTestDb } from './support/api';
import { startBothHosts, type HostAnswer, type RawRequest } from './support/hosts';

let hosts: Awaited<ReturnType<typeof startBothHosts>>;
let districtToken: string;
const districtClaims = { sub: 'district', 'cognito:groups': 'DISTRICT_ADMIN' };

beforeAll(async () => {
  hosts = await startBothHosts(await createTestDb());
  districtToken = await signLocalToken({ sub: 'district', role: 'DISTRICT_ADMIN' });
});
afterAll(async () => {
  await hosts.stop();
});

const json = (query: string, variables: Record<string, unknown> = {}) => JSON.stringify({ query, variables });
const onPublic = (query: string): RawRequest => ({ path: '/public/graphql', body: json(query) });
const asDistrict = (query: string): RawRequest => ({ body: json(query), headers: { authorization: `Bearer ${districtToken}` }, claims: districtClaims });

/** Sends the request to both hosts: they must answer with the same status and body; returns that answer. */
async function both(request: RawRequest): Promise<HostAnswer> {
  const fromLambda = await hosts.viaLambda(request);
  const fromLocal = await hosts.viaLocal(request);
  expect({ status: fromLocal.status, body: fromLocal.body }).toEqual({ status: fromLambda.status, body: fromLambda.body });
  return fromLambda;
}

const codes = (answer: HostAnswer) => (answer.body.errors ?? []).map((error: { extensions?: { code?: string } }) => error.extensions?.code);

describe('refusals on the public route answer 403, never 500 (issue 11)', () => {
  it.each([
    ['a non-public root field', '{ schools { totalCount } }'],
    ['a mutation that needs sign-in', 'mutation { deleteSchool(id: "sch_x") }'],
    ['schema introspection', '{ __schema { queryType { name } } }'],
    ['type introspection', '{ __type(name: "School") { name } }'],
    ['a fragment spread', 'query { ...Everything } fragment Everything on Query { __typename }'],
    ['a public field next to a private one', '{ publicSurvey(accessCode: "abc") { title } viewer { role } }'],
  ])('%s → 403 FORBIDDEN with the GraphQL error body', async (_name, query) => {
    const answer = await both(onPublic(query));
    expect(answer.status).toBe(403);
    expect(codes(answer)).toEqual(['FORBIDDEN']);
    expect(answer.body.data).toBeUndefined();
  });

  it('answers a malformed request with 400 and a public one normally', async () => {
    expect((await both(onPublic('{ publicSurvey(accessCode: '))).status).toBe(400);
    expect(codes(await both(onPublic('{ noSuchField }')))).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    const notJson = await both({ path: '/public/graphql', body: '{"query": "{ __typename }"' });
    expect(notJson.status).toBe(400);
    const fine = await both(onPublic('{ __typename }'));
    expect(fine).toMatchObject({ status: 200, body: { data: { __typename: 'Query' } } });
    // A domain refusal inside an allowed operation stays a GraphQL error of a successful HTTP exchange.
    const unknown = await both(onPublic('{ publicSurvey(accessCode: "nope") { title } }'));
    expect([unknown.status, codes(unknown)]).toEqual([200, ['NOT_FOUND']]);
  });
});

describe('limit refusals answer 400 on both routes (issue 11), as BAD_USER_INPUT naming the limit', () => {
  const aliases = (n: number, field: string) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(' ')} }`;
  const refusal = (answer: HostAnswer) => ({ status: answer.status, errors: answer.body.errors?.length ?? 0, ...answer.body.errors?.[0] });
  const overLimit = (reason: string, limit: string, max: number, found?: number) => ({
    status: 400,
    errors: 1,
    message: expect.not.stringMatching(/^Syntax Error/),
    extensions: { code: 'BAD_USER_INPUT', field: 'query', reason, limit, max, ...(found === undefined ? {} : { found }) },
  });

  it('500 aliases (over the token limit) → 400, on the public route and signed in', async () => {
    const publicAliases = aliases(500, 'publicSurvey(accessCode: "x") { title }');
    for (const request of [onPublic(publicAliases), asDistrict(aliases(500, 'viewer { role }'))]) {
      const answer = await both(request);
      expect(refusal(answer)).toMatchObject(overLimit('TOO_MANY_TOKENS', 'TOKENS', MAX_TOKENS));
      expect(answer.body.errors[0].message).toContain(`${MAX_TOKENS} tokens`);
    }
    // Any other syntax error stays what it is.
    expect(codes(await both(asDistrict('{ viewer { role }')))).toEqual(['GRAPHQL_PARSE_FAILED']);
  });

  it('16 aliases, depth 12, a costly nested list and 51 directives → 400, each with its limit', async () => {
    expect(refusal(await both(asDistrict(aliases(16, 'viewer { role }'))))).toMatchObject(overLimit('TOO_MANY_ALIASES', 'ALIASES', 15, 16));
    expect(refusal(await both(asDistrict(aliases(15, 'viewer { role }'))))).toMatchObject({ status: 200 });
    const deep = await both(
      asDistrict('{ schools { nodes { terms { nodes { school { terms { nodes { school { terms { nodes { school { id } } } } } } } } } } } }'),
    );
    expect(refusal(deep)).toMatchObject(overLimit('QUERY_TOO_DEEP', 'DEPTH', 10, 12));
    const costly = await both(
      asDistrict('{ schools(first: 100) { nodes { terms(first: 100) { nodes { school { terms(first: 100) { nodes { id schoolYear } } } } } } } }'),
    );
    expect(refusal(costly)).toMatchObject(overLimit('QUERY_TOO_COSTLY', 'COST', 5000));
    expect(costly.body.errors[0].extensions.found).toBeGreaterThan(5000);
    // One directive on each selection of the same field (a location takes @include once).
    const directives = (n: number) => `{ viewer { ${Array.from({ length: n }, () => 'role @include(if: true)').join(' ')} } }`;
    expect(refusal(await both(asDistrict(directives(51))))).toMatchObject(overLimit('TOO_MANY_DIRECTIVES', 'DIRECTIVES', 50, 51));
    expect((await both(asDistrict(directives(50)))).body).toEqual({ data: { viewer: { role: 'DISTRICT_ADMIN' } } });
  });

  it('a body over 1 MB → 413 with a GraphQL error body, on both routes', async () => {
    const padding = 'x'.repeat(MAX_BODY_BYTES);
    for (const path of ['/graphql', '/public/graphql'] as const) {
      const answer = await both({ path, body: JSON.stringify({ query: '{ __typename }', variables: { padding } }) });
      expect(answer.status).toBe(413);
      expect(codes(answer)).toEqual(['BAD_REQUEST']);
    }
    // Just under the limit is parsed (and answered) normally.
    const fits = await both({
      path: '/public/graphql',
      body: JSON.stringify({ query: '{ __typename }', variables: { padding: padding.slice(0, MAX_BODY_BYTES - 100) } }),
    });
    expect(fits.status).toBe(200);
  });
});

describe('introspection and the Bearer scheme (issue 11)', () => {
  it('refuses introspection by default (as deployed) with 400, while the published schema stays the contract', async () => {
    const answer = await both(asDistrict('{ __schema { queryType { name } } }'));
    expect(answer.status).toBe(400);
    expect(answer.body.errors[0].extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', validationErrorCode: 'INTROSPECTION_DISABLED' });
    expect(codes(await both(asDistrict('{ viewer { role } __type(name: "School") { name } }')))).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect((await both(asDistrict('{ viewer { role } }'))).body).toEqual({ data: { viewer: { role: 'DISTRICT_ADMIN' } } });
  });

  it('allows introspection when switched on (the local default), still never on the public route', async () => {
    const local = await startBothHosts(await createTestDb(), { introspection: true });
    try {
      const signedIn = await local.viaLocal(asDistrict('{ __schema { queryType { name } } }'));
      expect(signedIn.body).toEqual({ data: { __schema: { queryType: { name: 'Query' } } } });
      const anonymous = await local.viaLocal(onPublic('{ __schema { queryType { name } } }'));
      expect([anonymous.status, codes(anonymous)]).toEqual([403, ['FORBIDDEN']]);
    } finally {
      await local.stop();
    }
  });

  it.each([
    ['a bare token', (token: string) => token],
    ['another scheme', (token: string) => `Token ${token}`],
    ['Basic credentials', () => 'Basic ZGlzdHJpY3Q6c2VjcmV0'],
  ])('answers %s with 401 UNAUTHENTICATED and WWW-Authenticate: Bearer', async (_name, header) => {
    const request: RawRequest = { body: json('{ viewer { role } }'), headers: { authorization: header(districtToken) }, claims: districtClaims };
    const fromLambda = await hosts.viaLambda(request);
    const answer = await both(request);
    expect(answer.status).toBe(401);
    expect(codes(answer)).toEqual(['UNAUTHENTICATED']);
    expect(fromLambda.headers['www-authenticate']).toBe('Bearer');
    expect((await hosts.viaLocal(request)).headers['www-authenticate']).toBe('Bearer');
  });

  it('accepts the scheme in any letter case, as RFC 7235 has it', async () => {
    const answer = await both({ body: json('{ viewer { role } }'), headers: { authorization: `bearer ${districtToken}` }, claims: districtClaims });
    expect(answer.body).toEqual({ data: { viewer: { role: 'DISTRICT_ADMIN' } } });
  });
});
