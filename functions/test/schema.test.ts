import { HeaderMap } from '@apollo/server';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { buildASTSchema, getIntrospectionQuery, graphqlSync, isObjectType, parse, printSchema, validateSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { inputShapes } from '../src/generated/inputLimits';
import { schemaShapes } from '../src/generated/schemaShapes';
import { schemaDescriptions } from '../src/generated/schemaDescriptions';
import { typeDefs } from '../src/generated/typeDefs';
import { createContext } from '../src/server/context';
import { createApolloServer } from '../src/server/createServer';
import { lazyObject } from '../src/server/lazyObject';
import { resolvers } from '../src/server/resolvers';
import { createSchema } from '../src/server/schema';
import { buildSchemaFromShapes } from '../src/server/schemaShapes';
import { createDb } from '../src/db/client';
import { createServices } from '../src/server/services';

/**
 * The server builds its schema from codegen's schema shapes with graphql-js alone (schema.ts, for cold starts).
 * It must be the very schema Apollo's makeExecutableSchema built from the same SDL and resolvers.
 */
describe('the executable schema', () => {
  const reference = makeExecutableSchema({ typeDefs, resolvers: resolvers as never });

  it('is valid: the SDL passes graphql-js’ SDL rules, and the shapes’ schema its schema checks', () => {
    expect(() => buildASTSchema(parse(typeDefs))).not.toThrow();
    expect(validateSchema(createSchema({ schema: buildSchemaFromShapes(schemaShapes, { assumeValid: false }) }))).toEqual([]);
  });

  it('prints and introspects exactly like makeExecutableSchema’s, descriptions attached', () => {
    const schema = createSchema({ descriptions: schemaDescriptions });
    expect(printSchema(schema)).toBe(printSchema(reference));
    const introspection = getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, inputValueDeprecation: true });
    // Types by name: graphql-tools lists a built-in scalar that a directive argument uses (`@maxLength(n: Int!)`)
    // later than graphql-js does; the order of `__schema.types` carries no meaning.
    const byName = (result: ReturnType<typeof graphqlSync>) => {
      const data = result.data as { __schema: { types: { name: string }[] } };
      return { ...result, data: { __schema: { ...data.__schema, types: [...data.__schema.types].sort((a, b) => a.name.localeCompare(b.name)) } } };
    };
    expect(byName(graphqlSync({ schema, source: introspection }))).toEqual(byName(graphqlSync({ schema: reference, source: introspection })));
  });

  it('comes from the SDL the server would otherwise parse (codegen output is fresh)', () => {
    expect(printSchema(createSchema({ schema: buildASTSchema(parse(typeDefs)) }))).toBe(printSchema(createSchema({ descriptions: schemaDescriptions })));
  });

  it('puts every resolver on its field (behind the input-limit guard where it takes IDs or Strings), the Node type resolver on the interface and our scalars in place', () => {
    const schema = createSchema();
    for (const [typeName, fields] of Object.entries(resolvers)) {
      const type = schema.getType(typeName);
      if (typeName === 'Node') expect((type as unknown as { resolveType: unknown }).resolveType).toBe((fields as { __resolveType: unknown }).__resolveType);
      if (!isObjectType(type)) continue;
      for (const [field, resolver] of Object.entries(fields as object)) {
        const resolve = type.getFields()[field].resolve;
        if (`${typeName}.${field}` in inputShapes) expect(resolve, `${typeName}.${field}`).toEqual(expect.any(Function));
        else expect(resolve, `${typeName}.${field}`).toBe(resolver);
      }
    }
    for (const key of Object.keys(inputShapes).filter((name) => name.includes('.'))) {
      const [typeName, field] = key.split('.');
      const type = schema.getType(typeName);
      if (isObjectType(type)) expect(type.getFields()[field].resolve, key).toEqual(expect.any(Function));
    }
    const result = graphqlSync({
      schema,
      source: 'query($d: Date!) { contracts(filter: { endsOnOrBefore: $d }) { totalCount } }',
      variableValues: { d: '2026-02-30' },
    });
    expect(result.errors?.[0].message).toMatch(/Date/);
  });

  it('refuses a resolver for a type or field the schema does not have', () => {
    expect(() => createSchema({ resolvers: { Nope: { x: () => 1 } } })).toThrow(/"Nope"/);
    expect(() => createSchema({ resolvers: { School: { nope: () => 1 } } })).toThrow(/School\.nope/);
  });
});

describe('Apollo Server features', () => {
  const introspect = async (introspection: boolean) => {
    const server = createApolloServer({ introspection });
    await server.start();
    const response = await server.executeHTTPGraphQLRequest({
      httpGraphQLRequest: {
        method: 'POST',
        headers: new HeaderMap([['content-type', 'application/json']]),
        search: '',
        body: { query: '{ __type(name: "School") { description fields { name description } } }' },
      },
      context: async () => createContext(createServices(createDb({ tableName: 'none', endpoint: 'http://127.0.0.1:9', region: 'cn-north-1' })), null),
    });
    await server.stop();
    return JSON.parse(response.body.kind === 'complete' ? response.body.string : '{}') as {
      data?: { __type: { description: string; fields: { name: string; description: string }[] } };
      errors?: unknown[];
    };
  };

  it('shows the SDL descriptions through introspection when it is on, and refuses introspection when it is off', async () => {
    const on = await introspect(true);
    expect(on.data?.__type.description).toBe(schemaDescriptions.School);
    expect(on.data?.__type.fields.find((field) => field.name === 'name')?.description).toBe(schemaDescriptions['School.name']);
    const off = await introspect(false);
    expect(off.data).toBeUndefined();
    expect(off.errors).toHaveLength(1);
  });

  it('answers with cache-control: no-store without the per-field cache-control plugin', async () => {
    const server = createApolloServer();
    await server.start();
    const response = await server.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: 'POST', headers: new HeaderMap([['content-type', 'application/json']]), search: '', body: { query: '{ __typename }' } },
      // Never called for this operation: an engine address nothing listens on.
      context: async () => createContext(createServices(createDb({ tableName: 'none', endpoint: 'http://127.0.0.1:9', region: 'cn-north-1' })), null),
    });
    expect(response.body.kind === 'complete' ? response.body.string : '').toContain('"__typename":"Query"');
    expect(response.headers.get('cache-control')).toBe('no-store');
    await server.stop();
  });
});

describe('lazyObject', () => {
  it('makes the object on first use, once, and then behaves as it', () => {
    let made = 0;
    const repository = lazyObject(() => {
      made++;
      return { name: 'schools', get: (id: string) => `school ${id}` };
    });
    expect(made).toBe(0);
    expect(repository.get('a')).toBe('school a');
    expect({ ...repository }.name).toBe('schools');
    expect('get' in repository).toBe(true);
    expect(Object.keys(repository)).toEqual(['name', 'get']);
    expect(made).toBe(1);
  });
});
