import { buildSchema, getNamedType, type GraphQLField, isEnumType, isInputObjectType, isInterfaceType, isObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { typeDefs } from '../src/generated/typeDefs';
import { entities, enumValues, inputFields, mutations, objectFields, plural, queries, returnTypes, words } from './support/specNames';

/**
 * SPEC §5, §5.1 and §5.2 fix names front-end teams code against ("these names at least; more are welcome"). This
 * test is the contract linter: every name SPEC lists — types, fields, root fields, arguments, input fields, enum
 * values, return types — is looked up in the published schema, so a rename cannot slip through a merge. Nested
 * types SPEC does not name (`qualifications { … }`) are followed through the field that holds them.
 */
const schema = buildSchema(typeDefs);
type Fields = Record<string, GraphQLField<unknown, unknown>>;

function fieldsOf(typeName: string): Fields | undefined {
  const type = schema.getType(typeName);
  return isObjectType(type) || isInterfaceType(type) ? (type.getFields() as Fields) : undefined;
}

/** `Type.field.sub` → the named type at the end of the path (through lists and non-null). */
function typeAt(path: string): string | undefined {
  const [first, ...rest] = path.split('.');
  let current = first;
  for (const name of rest) {
    const field = fieldsOf(current)?.[name];
    if (!field) return undefined;
    current = getNamedType(field.type).name;
  }
  return current;
}

const mutationFields = schema.getMutationType()!.getFields() as Fields;
const argumentType = (coordinate: string) => {
  const [, field, arg] = /^(\w+)\((\w+):\)$/.exec(coordinate)!;
  const found = mutationFields[field]?.args.find((a) => a.name === arg);
  return found && getNamedType(found.type);
};

describe('SPEC §5 names in the schema (contract lint)', () => {
  it('has every type and field SPEC §5.1/§5.2 lists', () => {
    const missing = Object.entries(objectFields).flatMap(([path, names]) => {
      const typeName = path.includes('.') ? typeAt(path) : path;
      const fields = typeName && fieldsOf(typeName);
      return fields
        ? words(names)
            .filter((name) => !(name in fields))
            .map((name) => `${path}.${name}`)
        : [path];
    });
    expect(missing).toEqual([]);
  });

  it('has every root query and mutation SPEC names, with the arguments it names', () => {
    const check = (root: Fields, wanted: Record<string, string>, prefix: string) =>
      Object.entries(wanted).flatMap(([name, args]) =>
        root[name]
          ? words(args)
              .filter((arg) => !root[name].args.some((a) => a.name === arg))
              .map((arg) => `${prefix}.${name}(${arg}:)`)
          : [`${prefix}.${name}`],
      );
    expect([...check(schema.getQueryType()!.getFields() as Fields, queries, 'Query'), ...check(mutationFields, mutations, 'Mutation')]).toEqual([]);
  });

  it('has the input fields and enum values SPEC names', () => {
    const missing: string[] = [];
    for (const [coordinate, names] of Object.entries(inputFields)) {
      const type = argumentType(coordinate);
      if (!isInputObjectType(type)) missing.push(coordinate);
      else
        missing.push(
          ...words(names)
            .filter((name) => !(name in type.getFields()))
            .map((name) => `${coordinate}.${name}`),
        );
    }
    for (const [coordinate, values] of Object.entries(enumValues)) {
      const type = coordinate.includes('(') ? argumentType(coordinate) : schema.getType(typeAt(coordinate) ?? '');
      if (!isEnumType(type)) missing.push(`${coordinate} (not an enum)`);
      else
        missing.push(
          ...words(values)
            .filter((value) => !type.getValue(value))
            .map((value) => `${coordinate} ${value}`),
        );
    }
    expect(missing).toEqual([]);
  });

  it('returns what SPEC says: the changed object from creates and workflow steps, the deleted ID! from deletes', () => {
    const wrong = Object.entries(returnTypes).filter(([path, type]) => {
      const [typeName, field] = path.split('.');
      return String(fieldsOf(typeName)?.[field]?.type) !== type;
    });
    const deletes = Object.values(mutationFields).filter((field) => field.name.startsWith('delete') && String(field.type) !== 'ID!');
    const creates = Object.values(mutationFields).filter((field) => /^(create|update)[A-Z]/.test(field.name) && !isObjectType(getNamedType(field.type)));
    expect([...wrong.map(([path]) => path), ...deletes.map((f) => f.name), ...creates.map((f) => f.name)]).toEqual([]);
  });

  it('makes every list SPEC names a Relay connection with nodes and totalCount, and every connection alike', () => {
    const listNames = [
      ...entities.map(plural),
      ...words('auditEvents staffMembers schoolClasses students enrolmentApplications alerts bills disclosures inspections'),
    ];
    const query = schema.getQueryType()!.getFields() as Fields;
    const notConnections = listNames.filter((name) => !getNamedType(query[name].type).name.endsWith('Connection'));
    expect(notConnections).toEqual([]);
    expect(getNamedType(fieldsOf('Activity')!.roster.type).name).toMatch(/Connection$/);
    const odd: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || !type.name.endsWith('Connection')) continue;
      const fields = type.getFields();
      const edge = fields.edges && getNamedType(fields.edges.type);
      const shape = [
        String(fields.edges?.type).startsWith('['),
        String(fields.pageInfo?.type) === 'PageInfo!',
        String(fields.totalCount?.type) === 'Int!',
        isObjectType(edge) && String(edge.getFields().cursor?.type) === 'String!',
        isObjectType(edge) && getNamedType(edge.getFields().node?.type) === getNamedType(fields.nodes?.type),
      ];
      if (shape.includes(false)) odd.push(type.name);
    }
    expect(odd).toEqual([]);
    // Every field returning a connection pages the same way (`first: Int = 20`, `after: String`).
    const paging = Object.values(schema.getTypeMap()).flatMap((type) =>
      isObjectType(type)
        ? Object.values(type.getFields())
            .filter((field) => getNamedType(field.type).name.endsWith('Connection'))
            .filter((field) => {
              const first = field.args.find((a) => a.name === 'first');
              const after = field.args.find((a) => a.name === 'after');
              return String(first?.type) !== 'Int' || first?.defaultValue !== 20 || String(after?.type) !== 'String';
            })
            .map((field) => `${type.name}.${field.name}`)
        : [],
    );
    expect(paging).toEqual([]);
  });

  it('implements Node for every entity SPEC names, and returns no untyped JSON', () => {
    const nodes = new Set(schema.getImplementations(schema.getType('Node') as never).objects.map((type) => type.name));
    const entityTypes = words(
      'School Term Activity Provider Contract Evaluation ProviderExit Survey StaffMember SchoolClass Student EnrolmentApplication RollCall Handover AuthorizedPickup LeaveRequest Alert CareLog Bill Disclosure Inspection',
    );
    expect(entityTypes.filter((name) => !nodes.has(name))).toEqual([]);
    const scalars = Object.values(schema.getTypeMap()).filter((type) => type.constructor.name === 'GraphQLScalarType' && !type.name.startsWith('__'));
    expect(scalars.map((type) => type.name).sort()).toEqual(['Boolean', 'Date', 'DateTime', 'Float', 'ID', 'Int', 'LocalTime', 'String']);
  });
});
