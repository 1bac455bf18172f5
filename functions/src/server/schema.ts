import {
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isScalarType,
  isUnionType,
  type GraphQLNamedType,
  type GraphQLFieldResolver,
  type GraphQLSchema,
} from 'graphql';
import { schemaShapes } from '../generated/schemaShapes';
import { withInputLimits } from './inputLimits';
import { resolvers } from './resolvers';
import { buildSchemaFromShapes } from './schemaShapes';

type FieldResolver = GraphQLFieldResolver<unknown, unknown>;
type TypeResolvers = Record<string, unknown>;

/**
 * The executable schema, built once per process from the generated schema shapes and our resolvers.
 *
 * Why not Apollo's `typeDefs` + `resolvers` (graphql-tools' makeExecutableSchema): it merges type definitions,
 * validates the SDL and copies every type to attach resolvers — about a fifth of a cold start, and 60 KB (gzip) of
 * @graphql-tools in the Lambda bundle — for a schema that never changes at run time. Nor graphql-js' buildASTSchema
 * from the SDL: parsing the SDL text was 10–23 ms of a cold start, and even a pre-parsed DocumentNode is 389 KB of
 * JSON to parse and 2 MB of objects for the collector to move (4–6 ms in the bundle; the build itself costs the
 * same either way). Here codegen's merged SDL without its descriptions (see applyDescriptions) comes as compact
 * shapes (generated/schemaShapes.ts, 54 KB) that schemaShapes.ts turns into graphql-js types, and
 * resolvers are set on them in place. Validation is not skipped but moved to build and test time: codegen validates
 * the SDL, and `npm test` checks the shapes' schema with graphql-js' schema checks, against buildASTSchema's from the
 * SDL and against makeExecutableSchema's; the server builds with `assumeValid`.
 *
 * Every field that takes an ID or String argument gets the SDL's length limits checked before its resolver runs
 * (withInputLimits), here where resolvers are attached, so every host of the schema enforces them. `schema` (tests
 * only) attaches them to another build of the same SDL instead.
 */
export function createSchema(
  options: { schema?: GraphQLSchema; resolvers?: Record<string, TypeResolvers>; descriptions?: Record<string, string> } = {},
): GraphQLSchema {
  const schema = options.schema ?? buildSchemaFromShapes(schemaShapes);
  if (options.descriptions) applyDescriptions(schema, options.descriptions);
  attachResolvers(schema, withInputLimits(options.resolvers ?? (resolvers as Record<string, TypeResolvers>)));
  return schema;
}

/**
 * Sets the SDL's descriptions (generated/schemaDescriptions.ts, by schema coordinate) on a schema built from the
 * shapes, which leave them out: they are seen only through introspection, so the server loads them
 * when introspection is on (createServer.ts) and a deployed cold start does without them. An unknown coordinate is
 * an error: the descriptions and the document come from the same codegen run.
 */
export function applyDescriptions(schema: GraphQLSchema, descriptions: Record<string, string>) {
  for (const [coordinate, description] of Object.entries(descriptions)) {
    const [, directive, typeName, member, argument] = /^(@)?([^.(]+)(?:\.([^(]+))?(?:\(([^:]+):\))?$/.exec(coordinate) ?? [];
    const owner = directive ? schema.getDirective(typeName) : schema.getType(typeName);
    const element = directive ? owner : member === undefined ? owner : memberOf(owner as GraphQLNamedType, member);
    const target = argument === undefined ? element : (element as { args?: { name: string }[] } | undefined)?.args?.find((arg) => arg.name === argument);
    if (!target) throw new Error(`A description for "${coordinate}", which is not in the schema`);
    // Where none is set: a custom scalar's own description wins over the SDL's, as in makeExecutableSchema.
    (target as { description?: string | null }).description ??= description;
  }
}

function memberOf(type: GraphQLNamedType | undefined, name: string): object | undefined {
  if (isEnumType(type)) return type.getValue(name) ?? undefined;
  if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) return type.getFields()[name];
  return undefined;
}

/**
 * Sets resolvers on the built types, with makeExecutableSchema's rules: a resolver for a type or field the schema
 * does not have is an error (a renamed field must not leave its resolver silently unused); `__resolveType` and
 * `__isTypeOf` go on the type; a custom scalar takes its GraphQLScalarType's parsing, serialising and description.
 */
function attachResolvers(schema: GraphQLSchema, all: Record<string, TypeResolvers>) {
  for (const [typeName, typeResolvers] of Object.entries(all)) {
    const type = schema.getType(typeName);
    if (!type) throw new Error(`Resolvers for "${typeName}", which is not a type of the schema`);
    if (isScalarType(type)) {
      const custom = typeResolvers as unknown as Pick<typeof type, 'serialize' | 'parseValue' | 'parseLiteral' | 'description' | 'specifiedByURL'>;
      Object.assign(type, {
        serialize: custom.serialize,
        parseValue: custom.parseValue,
        parseLiteral: custom.parseLiteral,
        description: custom.description ?? type.description,
        specifiedByURL: custom.specifiedByURL ?? type.specifiedByURL,
      });
    } else if (isObjectType(type)) {
      const fields = type.getFields();
      for (const [name, resolver] of Object.entries(typeResolvers)) {
        if (name === '__isTypeOf') {
          type.isTypeOf = resolver as typeof type.isTypeOf;
          continue;
        }
        const field = fields[name];
        if (!field) throw new Error(`Resolver for "${typeName}.${name}", which is not a field of the schema`);
        field.resolve = typeof resolver === 'function' ? (resolver as FieldResolver) : (resolver as { resolve?: FieldResolver }).resolve;
      }
    } else if (isInterfaceType(type) || isUnionType(type)) {
      for (const name of Object.keys(typeResolvers)) {
        if (name !== '__resolveType') throw new Error(`Resolver "${typeName}.${name}": interfaces and unions take only __resolveType here`);
      }
      type.resolveType = typeResolvers.__resolveType as typeof type.resolveType;
    } else if (isEnumType(type)) {
      throw new Error(`Resolvers for enum "${typeName}": enums are their names in this API (codegen enumsAsTypes)`);
    } else {
      throw new Error(`Resolvers for input type "${typeName}" are not possible`);
    }
  }
}
