import { buildASTSchema, isType, parse, type GraphQLSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { schemaShapes as shapesOf } from '../codegen/schemaShapesPlugin.cjs';
import { schemaSdl } from '../src/generated/schemaSdl';
import { schemaShapes } from '../src/generated/schemaShapes';
import { buildSchemaFromShapes } from '../src/server/schemaShapes';

/**
 * The server builds its schema from codegen's compact shapes (server/schemaShapes.ts) instead of buildASTSchema
 * from the SDL (a cold-start cost, see schema.ts). It must be the very schema buildASTSchema builds: every type,
 * field, argument, enum value and directive with the same configuration, in the same order — all but the AST
 * nodes, which the shapes leave out and nothing at run time reads.
 */
function plain(value: unknown): unknown {
  if (isType(value)) return String(value);
  if (Array.isArray(value)) return value.map(plain);
  if (typeof value === 'function') return `[function ${value.name}]`;
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, entry] of Object.entries(value)) if (key !== 'astNode' && key !== 'extensionASTNodes') out[key] = plain(entry);
    return out;
  }
  return value;
}

function configOf(schema: GraphQLSchema) {
  const config = schema.toConfig();
  return {
    typeNames: Object.keys(schema.getTypeMap()),
    roots: [config.query, config.mutation, config.subscription].map(String),
    description: config.description,
    assumeValid: config.assumeValid,
    types: config.types.map((type) => ({ class: type.constructor.name, config: plain(type.toConfig()) })),
    directives: config.directives.map((directive) => plain(directive.toConfig())),
  };
}

describe('the schema built from its shapes', () => {
  const reference = buildASTSchema(parse(schemaSdl), { assumeValid: true, assumeValidSDL: true });

  it('equals buildASTSchema’s from the SDL without descriptions, type by type and in order', () => {
    const built = configOf(buildSchemaFromShapes(schemaShapes));
    const expected = configOf(reference);
    expect(built.typeNames).toEqual(expected.typeNames);
    expect(built.roots).toEqual(expected.roots);
    // Type by type first: a difference then shows in one type's configuration.
    for (const [index, type] of expected.types.entries()) expect(built.types[index]).toStrictEqual(type);
    expect(built).toStrictEqual(expected);
  });

  it('is what codegen writes for that SDL (generated/schemaShapes.ts is fresh)', () => {
    expect(shapesOf(reference)).toEqual(schemaShapes);
  });

  it('keeps what the SDL can say beyond names and types: defaults, deprecations, oneOf, specifiedBy, unions, interfaces', () => {
    const sdl = `
      directive @tag(name: String = "x", weight: Int) repeatable on FIELD_DEFINITION | OBJECT
      scalar Url @specifiedBy(url: "https://url.spec.whatwg.org/")
      interface Named { name: String }
      interface Entity implements Named { id: ID!, name: String }
      type Thing implements Entity & Named { id: ID!, name: String, old: Int @deprecated(reason: "use new"), list(first: Int = 20, order: Order = DESC, where: Where = { tags: ["a"] }): [[Thing!]]! }
      type Other { id: ID! }
      union Any = Thing | Other
      enum Order { ASC DESC @deprecated(reason: "gone") }
      input Where { tags: [String!], legacy: Boolean @deprecated }
      input Pick @oneOf { id: ID, code: String }
      type Query { thing(pick: Pick, by: String @deprecated(reason: "no")): Thing, any: Any, url: Url }
      type Mutation { touch(id: ID!): Thing }
    `;
    const fromSdl = buildASTSchema(parse(sdl));
    expect(configOf(buildSchemaFromShapes(shapesOf(fromSdl), { assumeValid: false }))).toStrictEqual(configOf(fromSdl));
  });

  it('refuses an SDL default of null, which a shape cannot tell from no default', () => {
    expect(() => shapesOf(buildASTSchema(parse('type Query { a(b: Int = null): Int }')))).toThrow(/null/);
  });
});
