import {
  buildSchema,
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLField,
  type GraphQLInputType,
} from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { inputShapes } from '../src/generated/inputLimits';
import { typeDefs } from '../src/generated/typeDefs';
import { ID_MAX_LENGTH } from '../src/server/inputLimits';
import { codeOf, createTestApi, fieldOf, type TestApi } from './support/api';

/**
 * Walks the schema: for every ID or String argument and input field reachable from a root field, sends a value one
 * character over its limit (everything else minimal) and expects BAD_USER_INPUT naming exactly that place. A new
 * argument or input field is under test without editing this file.
 */
const schema = buildSchema(typeDefs);

/** The smallest value GraphQL accepts for a type (required input fields only). */
function minimal(type: GraphQLInputType): unknown {
  const inner = getNullableType(type) as GraphQLInputType;
  if (isListType(inner)) return [minimal(inner.ofType)];
  if (isEnumType(inner)) return inner.getValues()[0].name;
  if (isInputObjectType(inner)) {
    return Object.fromEntries(
      Object.values(inner.getFields())
        .filter((f) => isNonNullType(f.type))
        .map((f) => [f.name, minimal(f.type)]),
    );
  }
  const scalars: Record<string, unknown> = {
    ID: 'x',
    String: 'x',
    Int: 1,
    Float: 1,
    Boolean: true,
    Date: '2026-09-01',
    LocalTime: '15:00',
    DateTime: '2026-09-01T00:00:00.000Z',
  };
  return scalars[inner.name];
}

interface Place {
  /** Where to put the value: argument name, then input field names / list index 0. */
  path: (string | number)[];
  /** The type of the value at each step of `path`, to build the containers on the way. */
  types: GraphQLInputType[];
  limit: number;
}

/** Every ID/String place inside a type (recursion stops at input types already on the path). */
function places(type: GraphQLInputType, path: (string | number)[], types: GraphQLInputType[], limit: number | undefined, seen: Set<string>): Place[] {
  const inner = getNullableType(type) as GraphQLInputType;
  if (isListType(inner)) return places(inner.ofType, [...path, 0], [...types, inner.ofType], limit, seen);
  const named = getNamedType(inner);
  if (named.name === 'ID') return [{ path, types, limit: ID_MAX_LENGTH }];
  if (named.name === 'String') return [{ path, types, limit: limit! }];
  if (isInputObjectType(named) && !seen.has(named.name)) {
    return Object.values(named.getFields()).flatMap((f) =>
      places(f.type, [...path, f.name], [...types, f.type], inputShapes[named.name]?.[f.name] as number | undefined, new Set([...seen, named.name])),
    );
  }
  return [];
}

function setAt(target: Record<string, unknown>, place: Place, value: unknown) {
  // `any` on purpose: GraphQL response data (or a CloudFormation template) read by field name; the query fixes the shape, the test asserts it.
  let node: any = target;
  for (const [i, key] of place.path.entries()) {
    if (i === place.path.length - 1) node[key] = value;
    else {
      if (node[key] === undefined || node[key] === null) node[key] = minimal(place.types[i]);
      node = node[key];
    }
  }
}

function operationFor(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>) {
  const variables = field.args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
  const args = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const selection = isObjectType(getNamedType(field.type)) || !('parseValue' in getNamedType(field.type)) ? ' { __typename }' : '';
  return `${kind}${variables ? `(${variables})` : ''} { ${field.name}${args ? `(${args})` : ''}${selection} }`;
}

function cases() {
  const out: { name: string; query: string; variables: Record<string, unknown>; field: string; limit: number }[] = [];
  for (const [kind, root] of [
    ['query', schema.getQueryType()!],
    ['mutation', schema.getMutationType()!],
  ] as const) {
    for (const field of Object.values(root.getFields())) {
      for (const arg of field.args) {
        const argPlaces = places(arg.type, [arg.name], [arg.type], inputShapes[`${root.name}.${field.name}`]?.[arg.name] as number | undefined, new Set());
        for (const place of argPlaces) {
          const variables = Object.fromEntries(field.args.filter((a) => isNonNullType(a.type)).map((a) => [a.name, minimal(a.type)]));
          setAt(variables, place, 'x'.repeat(place.limit + 1));
          const dotted = place.path.map(String);
          const field_ = (dotted[0] === 'input' ? dotted.slice(1) : dotted).join('.');
          out.push({ name: `${field.name}(${dotted.join('.')})`, query: operationFor(kind, field), variables, field: field_, limit: place.limit });
        }
      }
    }
  }
  return out;
}

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});

describe('input limits (generated from the schema)', () => {
  const all = cases();

  it('cover many places', () => {
    // Sanity: the walk found the ID and String places of every root field that has them.
    expect(all.length).toBeGreaterThan(150);
  });

  it('refuse a value one character over the limit with BAD_USER_INPUT naming the place, for every ID and String input', async () => {
    const wrong: string[] = [];
    for (const c of all) {
      const result = await api.exec(c.query, c.variables);
      const error = result.errors?.[0];
      if (error?.extensions?.code !== 'BAD_USER_INPUT' || error.extensions.field !== c.field || error.extensions.maxLength !== c.limit) {
        wrong.push(`${c.name}: ${JSON.stringify(error ?? result.data)}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('accept a value exactly at the limit (it reaches the service)', async () => {
    const result = await api.exec('query($q: String) { schools(filter: { q: $q }) { totalCount } }', { q: '校'.repeat(100) });
    expect(result.errors).toBeUndefined();
    expect(codeOf(await api.exec('query($id: ID!) { school(id: $id) { id } }', { id: `sch_${'x'.repeat(ID_MAX_LENGTH - 4)}` }))).toBe('NOT_FOUND');
  });

  it('refuse a 3000-character id anonymously on publicSurvey and in a nested connection argument', async () => {
    const publicResult = await api.exec('query($c: String!) { publicSurvey(accessCode: $c) { title } }', { c: 'a'.repeat(3000) }, null);
    expect(codeOf(publicResult)).toBe('BAD_USER_INPUT');
    expect(fieldOf(publicResult)).toBe('accessCode');
    const node = await api.exec('query($id: ID!) { node(id: $id) { id } }', { id: 'sch_'.padEnd(3000, 'x') });
    expect(fieldOf(node)).toBe('id');
  });
});
