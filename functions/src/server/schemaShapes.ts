import {
  GraphQLDirective,
  GraphQLEnumType,
  GraphQLInputObjectType,
  GraphQLInterfaceType,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLScalarType,
  GraphQLSchema,
  GraphQLUnionType,
  specifiedDirectives,
  specifiedScalarTypes,
  type DirectiveLocation,
  type GraphQLEnumValueConfigMap,
  type GraphQLFieldConfigArgumentMap,
  type GraphQLFieldConfigMap,
  type GraphQLInputFieldConfigMap,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLOutputType,
  type GraphQLType,
} from 'graphql';

/** An argument or input field: name, type in SDL notation (`[ID!]!`), default value, deprecation reason. */
type InputValueShape = [name: string, type: string, defaultValue?: unknown, deprecationReason?: string];
type FieldShape = [name: string, type: string, args?: InputValueShape[] | null, deprecationReason?: string];
type TypeShape =
  | [kind: 'object' | 'interface', name: string, fields: FieldShape[], interfaces?: string[]]
  | [kind: 'input', name: string, fields: InputValueShape[], isOneOf?: boolean]
  | [kind: 'enum', name: string, values: (string | [name: string, deprecationReason: string])[]]
  | [kind: 'union', name: string, members: string[]]
  | [kind: 'scalar', name: string, specifiedByURL?: string];

/** The schema's types and directives without descriptions, written by codegen (codegen/schemaShapesPlugin.cjs). */
export interface SchemaShapes {
  query: string | null;
  mutation: string | null;
  subscription: string | null;
  types: TypeShape[];
  directives: [name: string, locations: DirectiveLocation[], args: InputValueShape[], isRepeatable: boolean][];
}

/**
 * Builds the schema from its shapes with graphql-js' own type classes, as buildASTSchema would from the SDL: the
 * same configuration for every type, field, argument and enum value (functions/test/schemaShapes.test.ts compares
 * the two), minus the AST nodes, which nothing at run time reads. Types are passed in the SDL's order, so the type
 * map (and introspection) keeps it. Fields are thunks, as in buildASTSchema, so types can refer to each other.
 * `assumeValid: false` leaves graphql-js' schema checks to `validateSchema` (the test does so).
 */
export function buildSchemaFromShapes(shapes: SchemaShapes, options: { assumeValid?: boolean } = {}): GraphQLSchema {
  const named = new Map<string, GraphQLNamedType>(specifiedScalarTypes.map((type) => [type.name, type]));
  const typeOf = (notation: string): GraphQLType => {
    if (notation.endsWith('!')) return new GraphQLNonNull(typeOf(notation.slice(0, -1)));
    if (notation.startsWith('[')) return new GraphQLList(typeOf(notation.slice(1, -1)));
    const type = named.get(notation);
    if (!type) throw new Error(`Unknown type "${notation}" in the schema shapes`);
    return type;
  };
  const namedOf = <T>(name: string) => typeOf(name) as T;
  const inputValues = (values: InputValueShape[] | null | undefined) => {
    const map: GraphQLFieldConfigArgumentMap & GraphQLInputFieldConfigMap = Object.create(null);
    for (const [name, type, defaultValue, deprecationReason] of values ?? []) {
      map[name] = { type: typeOf(type) as GraphQLInputType, defaultValue: defaultValue ?? undefined, deprecationReason };
    }
    return map;
  };
  const fields = (shapes: FieldShape[]) => () => {
    const map: GraphQLFieldConfigMap<unknown, unknown> = Object.create(null);
    for (const [name, type, args, deprecationReason] of shapes) {
      map[name] = { type: typeOf(type) as GraphQLOutputType, args: inputValues(args), deprecationReason };
    }
    return map;
  };
  const types = shapes.types.map((shape): GraphQLNamedType => {
    const name = shape[1];
    switch (shape[0]) {
      case 'object':
        return new GraphQLObjectType({ name, fields: fields(shape[2]), interfaces: () => (shape[3] ?? []).map(namedOf<GraphQLInterfaceType>) });
      case 'interface':
        return new GraphQLInterfaceType({ name, fields: fields(shape[2]), interfaces: () => (shape[3] ?? []).map(namedOf<GraphQLInterfaceType>) });
      case 'input':
        return new GraphQLInputObjectType({ name, fields: () => inputValues(shape[2]), isOneOf: shape[3] ?? false });
      case 'union':
        return new GraphQLUnionType({ name, types: () => shape[2].map(namedOf<GraphQLObjectType>) });
      case 'enum': {
        const values: GraphQLEnumValueConfigMap = Object.create(null);
        for (const value of shape[2]) {
          const [valueName, deprecationReason] = typeof value === 'string' ? [value, undefined] : value;
          values[valueName] = { value: valueName, deprecationReason };
        }
        return new GraphQLEnumType({ name, values });
      }
      default:
        return new GraphQLScalarType({ name, specifiedByURL: shape[2] });
    }
  });
  for (const type of types) named.set(type.name, type);
  const root = (name: string | null) => (name === null ? undefined : namedOf<GraphQLObjectType>(name));
  const directives = shapes.directives.map(
    ([name, locations, args, isRepeatable]) => new GraphQLDirective({ name, locations, args: inputValues(args), isRepeatable }),
  );
  return new GraphQLSchema({
    query: root(shapes.query),
    mutation: root(shapes.mutation),
    subscription: root(shapes.subscription),
    types,
    // As buildASTSchema: the SDL's own directives, then graphql's built-in ones.
    directives: [...directives, ...specifiedDirectives.filter((builtIn) => !directives.some((directive) => directive.name === builtIn.name))],
    // The server skips graphql-js' schema checks: they run at test time instead (schema.ts).
    assumeValid: options.assumeValid ?? true,
  });
}
