// Codegen plugin: the schema the server runs, as the compact description functions/src/server/schemaShapes.ts builds
// it from with graphql-js' type classes. Before, the server built it with buildASTSchema from the pre-parsed SDL
// document: a 389 KB JSON DocumentNode to parse and keep at every cold start (4–6 ms of CPU in the Lambda bundle,
// with the garbage collection its objects cause). This keeps only what buildASTSchema reads from the document —
// names, type references in SDL notation, default values, deprecation reasons, specifiedBy URLs, interfaces, union
// members, oneOf — in about 54 KB.
// Descriptions stay apart (schemaDescriptionsPlugin.cjs), loaded only when introspection is on.
// functions/test/schemaShapes.test.ts checks that the schema built from it equals buildASTSchema's from the SDL.
//
// Shapes (positional arrays; a trailing optional entry is left out when absent):
//   type: ['object' | 'interface', name, fields, interfaces?] | ['input', name, inputValues, isOneOf?]
//       | ['enum', name, values] | ['union', name, members] | ['scalar', name, specifiedByURL?]
//   field: [name, typeRef, inputValues?, deprecationReason?]      inputValue: [name, typeRef, defaultValue?, deprecationReason?]
//   enum value: name | [name, deprecationReason]                   directive: [name, locations, inputValues, isRepeatable]
// A typeRef is SDL notation (`[ID!]!`); an absent entry before a present one is null; a default value is the
// value graphql-js computes from the SDL literal (valueFromAST), so it is plain JSON.
const {
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isScalarType,
  isSpecifiedDirective,
  isSpecifiedScalarType,
  isUnionType,
} = require('graphql');

/** Drops absent entries at the end; absent entries before a present one become null. */
function trimmed(entries) {
  const out = entries.map((entry) => (entry === undefined ? null : entry));
  while (out.length && out[out.length - 1] === null) out.pop();
  return out;
}

function inputValue(value) {
  // null stands for "absent" in a shape: an SDL default of null would be lost.
  if (value.defaultValue === null) throw new Error(`${value.name}: a default value of null cannot be written as a shape`);
  return trimmed([value.name, String(value.type), value.defaultValue, value.deprecationReason ?? undefined]);
}
const fields = (type) =>
  Object.values(type.getFields()).map((field) =>
    trimmed([field.name, String(field.type), field.args.length ? field.args.map(inputValue) : undefined, field.deprecationReason ?? undefined]),
  );
const names = (types) => (types.length ? types.map((type) => type.name) : undefined);

function shapeOf(type) {
  if (isObjectType(type)) return trimmed(['object', type.name, fields(type), names(type.getInterfaces())]);
  if (isInterfaceType(type)) return trimmed(['interface', type.name, fields(type), names(type.getInterfaces())]);
  if (isInputObjectType(type)) return trimmed(['input', type.name, Object.values(type.getFields()).map(inputValue), type.isOneOf || undefined]);
  if (isUnionType(type)) return ['union', type.name, type.getTypes().map((member) => member.name)];
  if (isEnumType(type)) {
    return [
      'enum',
      type.name,
      type.getValues().map((value) => {
        if (value.value !== value.name) throw new Error(`${type.name}.${value.name}: an SDL enum value is its name`);
        return value.deprecationReason == null ? value.name : [value.name, value.deprecationReason];
      }),
    ];
  }
  if (isScalarType(type)) return trimmed(['scalar', type.name, type.specifiedByURL ?? undefined]);
  throw new Error(`Unexpected type ${type}`);
}

/** The shapes of a schema built from SDL (codegen's, or buildASTSchema's in the test). */
function schemaShapes(schema) {
  // The schema's own types in the order of its type map (introspection's order); the schema puts graphql's
  // built-in scalars and introspection types in again itself.
  const types = Object.values(schema.getTypeMap()).filter((type) => !type.name.startsWith('__') && !isSpecifiedScalarType(type));
  const root = (type) => type?.name ?? null;
  return {
    query: root(schema.getQueryType()),
    mutation: root(schema.getMutationType()),
    subscription: root(schema.getSubscriptionType()),
    types: types.map(shapeOf),
    directives: schema
      .getDirectives()
      .filter((directive) => !isSpecifiedDirective(directive))
      .map((directive) => [directive.name, directive.locations, directive.args.map(inputValue), directive.isRepeatable]),
  };
}

module.exports = {
  schemaShapes,
  plugin(schema) {
    // Single-quoted, so the JSON's many double quotes need no escapes.
    const literal = `'${JSON.stringify(schemaShapes(schema)).replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
    return [
      "import type { SchemaShapes } from '../server/schemaShapes';",
      '',
      '/**',
      ' * graphql/*.graphql merged, without descriptions, in the compact form server/schemaShapes.ts builds the schema from',
      ' * (see codegen/schemaShapesPlugin.cjs). Generated by `npm run codegen`; do not edit.',
      ' */',
      `export const schemaShapes: SchemaShapes = JSON.parse(${literal});`,
      '',
    ].join('\n');
  },
};
