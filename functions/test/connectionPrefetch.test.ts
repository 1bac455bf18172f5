import { buildSchema, graphql, type GraphQLObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { nodeFieldArgs } from '../src/server/connectionPrefetch';

/**
 * A root list starts its nodes' nested loads with the argument sets read off the operation (server/connectionPrefetch.ts).
 * They must be exactly the arguments graphql-js then hands the nested resolver — no more (a load nobody asked for),
 * no fewer — whatever the variables, defaults, aliases, fragments, edges and @skip/@include.
 */
const schema = buildSchema(`
  interface Node { id: ID! }
  type Term { id: ID! }
  type TermConnection { nodes: [Term!]! }
  type School implements Node { id: ID! name: String terms(first: Int = 20, after: String): TermConnection! }
  type SchoolEdge { node: School! cursor: String }
  type SchoolConnection { nodes: [School!]! edges: [SchoolEdge!]! }
  type Query { schools: SchoolConnection! }
`);

/** Runs an operation over two schools; returns what the root list read off it and what School.terms was called with. */
async function run(source: string, variableValues: Record<string, unknown> = {}) {
  let read: Record<string, unknown>[] = [];
  const received = new Map<string, Record<string, unknown>>();
  const query = schema.getType('Query') as GraphQLObjectType;
  query.getFields().schools.resolve = (_root, _args, _context, info) => {
    read = nodeFieldArgs(info, 'School', 'terms');
    const schools = [{ id: 's1' }, { id: 's2' }];
    return { nodes: schools, edges: schools.map((node) => ({ node })) };
  };
  (schema.getType('School') as GraphQLObjectType).getFields().terms.resolve = (_school, args) => {
    received.set(JSON.stringify(args), { ...args });
    return { nodes: [] };
  };
  const result = await graphql({ schema, source, variableValues });
  expect(result.errors).toBeUndefined();
  const key = (args: Record<string, unknown>) => JSON.stringify(Object.entries(args).sort());
  return { read: read.map(key).sort(), received: [...received.values()].map(key).sort() };
}

describe('nested field arguments read off the operation', () => {
  it('are those the nested resolver receives', async () => {
    const cases: [string, Record<string, unknown>?][] = [
      ['{ schools { nodes { terms(first: 5) { nodes { id } } } } }'],
      ['{ schools { nodes { terms { nodes { id } } } } }'],
      ['query($n: Int, $a: String) { schools { nodes { terms(first: $n, after: $a) { nodes { id } } } } }', { n: 3, a: 'c' }],
      ['query($n: Int) { schools { nodes { terms(first: $n) { nodes { id } } } } }', {}],
      [
        `{ schools { nodes { a: terms(first: 1) { nodes { id } } ...F } edges { node { ... on Node { ... on School { terms(first: 2, after: "x") { nodes { id } } } } } } } }
         fragment F on School { b: terms(first: 1) { nodes { id } } c: terms(first: 7) { nodes { id } } }`,
      ],
      ['{ schools { ... on SchoolConnection { nodes { ... { terms(first: 4) { nodes { id } } } } } } }'],
    ];
    for (const [source, variables] of cases) {
      const { read, received } = await run(source, variables);
      expect(read.length, source).toBeGreaterThan(0);
      expect(read, source).toEqual(received);
    }
  });

  it('are none when the field is not asked for or left out by @skip/@include', async () => {
    const cases: [string, Record<string, unknown>?][] = [
      ['{ schools { nodes { id name } edges { cursor } } }'],
      ['query($yes: Boolean!) { schools { nodes @include(if: $yes) { terms { nodes { id } } } } }', { yes: false }],
      ['{ schools { nodes { terms @skip(if: true) { nodes { id } } } } }'],
      ['{ schools { edges { node { ... on School @skip(if: true) { terms { nodes { id } } } } } } }'],
      ['query($no: Boolean!) { schools { nodes { ...F @include(if: $no) } } } fragment F on School { terms { nodes { id } } }', { no: false }],
    ];
    for (const [source, variables] of cases) {
      const { read, received } = await run(source, variables);
      expect(received, source).toEqual([]);
      expect(read, source).toEqual([]);
    }
  });
});
