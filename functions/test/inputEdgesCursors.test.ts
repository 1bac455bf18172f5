import { beforeAll, describe, expect, it } from 'vitest';
import { codeOf, fieldOf, type TestApi } from './support/api';
import { type InputEdgeStage, ok, stageInputEdges } from './support/inputEdgeStage';

/** Regression tests for the input edges of issue 11 (each once answered INTERNAL_SERVER_ERROR): list cursors. */
let api: TestApi;
let stage: InputEdgeStage;
beforeAll(async () => {
  ({ api, stage } = await stageInputEdges());
});

describe('tampered after cursors → BAD_USER_INPUT on every list', () => {
  /** Each list, with the path from `data` to its connection. */
  const lists = () => [
    { name: 'schools', query: 'query($a: String) { schools(first: 1, after: $a) { pageInfo { endCursor } } }', at: ['schools'] },
    {
      name: 'schools by name',
      query: 'query($a: String) { schools(first: 1, after: $a, orderBy: { field: NAME }) { pageInfo { endCursor } } }',
      at: ['schools'],
    },
    { name: 'terms', query: 'query($a: String) { terms(first: 1, after: $a) { pageInfo { endCursor } } }', at: ['terms'] },
    {
      name: 'terms of a school',
      query: `query($a: String) { terms(first: 1, after: $a, filter: { schoolId: "${stage.schoolId}" }) { pageInfo { endCursor } } }`,
      at: ['terms'],
    },
    { name: 'activities', query: 'query($a: String) { activities(first: 1, after: $a) { pageInfo { endCursor } } }', at: ['activities'] },
    {
      name: 'timetable',
      query: `query($a: String) { activities(first: 1, after: $a, filter: { termId: "${stage.termId}" }) { pageInfo { endCursor } } }`,
      at: ['activities'],
    },
    { name: 'providers', query: 'query($a: String) { providers(first: 1, after: $a) { pageInfo { endCursor } } }', at: ['providers'] },
    { name: 'contracts', query: 'query($a: String) { contracts(first: 1, after: $a) { pageInfo { endCursor } } }', at: ['contracts'] },
    { name: 'evaluations', query: 'query($a: String) { evaluations(first: 1, after: $a) { pageInfo { endCursor } } }', at: ['evaluations'] },
    { name: 'providerExits', query: 'query($a: String) { providerExits(first: 1, after: $a) { pageInfo { endCursor } } }', at: ['providerExits'] },
    { name: 'surveys', query: 'query($a: String) { surveys(first: 1, after: $a) { pageInfo { endCursor } } }', at: ['surveys'] },
    { name: 'inspections', query: 'query($a: String) { inspections(first: 1, after: $a) { pageInfo { endCursor } } }', at: ['inspections'] },
    {
      name: 'auditEvents',
      query: `query($a: String) { auditEvents(entityId: "${stage.providerId}", first: 1, after: $a) { pageInfo { endCursor } } }`,
      at: ['auditEvents'],
    },
    {
      name: 'School.terms',
      query: `query($a: String) { school(id: "${stage.schoolId}") { terms(first: 1, after: $a) { pageInfo { endCursor } } } }`,
      at: ['school', 'terms'],
    },
    {
      name: 'Provider.contracts',
      query: `query($a: String) { provider(id: "${stage.providerId}") { contracts(first: 1, after: $a) { pageInfo { endCursor } } } }`,
      at: ['provider', 'contracts'],
    },
    {
      name: 'Provider.evaluations',
      query: `query($a: String) { provider(id: "${stage.providerId}") { evaluations(first: 1, after: $a) { pageInfo { endCursor } } } }`,
      at: ['provider', 'evaluations'],
    },
  ];

  const encode = (body: unknown) => Buffer.from(typeof body === 'string' ? body : JSON.stringify(body)).toString('base64url');

  /** Ways a client could alter a real cursor; each must be refused, none may reach DynamoDB as a bad request. */
  function tampered(cursor: string): [string, string][] {
    const body = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as { l: string; k: Record<string, string> };
    const [firstKey] = Object.keys(body.k).filter((name) => name !== 'pk' && name !== 'sk');
    return [
      ['garbage', 'not-a-cursor'],
      ['not JSON', encode('{"l":')],
      ['JSON array', encode([1, 2])],
      ['JSON null', encode('null')],
      ['another list', encode({ ...body, l: 'AAAAAAAAAAAAAAAA' })],
      ['numbers for keys', encode({ ...body, k: Object.fromEntries(Object.keys(body.k).map((name) => [name, 7])) })],
      ['nested objects for keys', encode({ ...body, k: { ...body.k, pk: { S: 'x' } } })],
      ['oversize key value', encode({ ...body, k: { ...body.k, sk: 'x'.repeat(1100) } })],
      ['unknown attribute', encode({ ...body, k: { ...body.k, evil: 'x' } })],
      ['empty key', encode({ ...body, k: {} })],
      ['table keys only', encode({ ...body, k: { pk: body.k.pk, sk: body.k.sk } })],
      ['empty string value', encode({ ...body, k: { ...body.k, pk: '' } })],
      ...(firstKey
        ? [['index key of another partition', encode({ ...body, k: { ...body.k, [firstKey]: `${body.k[firstKey]}-other` } })] as [string, string]]
        : []),
      ['partition key of another record', encode({ ...body, k: { ...body.k, pk: `${body.k.pk}x` } })],
      ['over the length limit', 'a'.repeat(2049)],
    ];
  }

  it('refuses every alteration of a real cursor, list by list', async () => {
    const wrong: string[] = [];
    for (const list of lists()) {
      const first = ok(await api.exec(list.query, {}));
      // `any` on purpose: GraphQL response data (or a CloudFormation template) read by field name; the query fixes the shape, the test asserts it.
      const cursor = list.at.reduce((node: any, key) => node[key], first).pageInfo.endCursor as string;
      expect(cursor, list.name).toBeTruthy();
      // The real cursor works.
      ok(await api.exec(list.query, { a: cursor }));
      for (const [how, bad] of tampered(cursor)) {
        const result = await api.exec(list.query, { a: bad });
        if (codeOf(result) !== 'BAD_USER_INPUT' || fieldOf(result) !== 'after')
          wrong.push(`${list.name} / ${how}: ${JSON.stringify(result.errors ?? result.data)}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
