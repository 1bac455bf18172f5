import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isUnionType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLOutputType,
  type GraphQLSchema,
} from 'graphql';
import { typeDefs } from '../../src/generated/typeDefs';

/**
 * Generates read operations from the schema itself, so a type or field added tomorrow is walked without editing
 * any test: every root query field, called with every fitting id of the world (own and foreign), selecting every
 * field down to `depth` levels of objects (connections are walked through their `nodes`).
 */
export interface WalkOperation {
  rootField: string;
  query: string;
  variables: Record<string, unknown>;
}

export interface WalkPools {
  /** Ids by record type name (School, Term, …); arguments named `<type>Id`/`<type>Ids` draw from the matching pool. */
  ids: Record<string, string[]>;
  /** Values for required String arguments by name (e.g. accessCode). */
  strings: Record<string, string[]>;
}

export const schema: GraphQLSchema = buildSchema(typeDefs);

const isConnection = (type: GraphQLNamedType) => type.name.endsWith('Connection') && isObjectType(type) && Boolean(type.getFields().nodes);
const requiredArgs = (field: GraphQLField<unknown, unknown>) => field.args.filter((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined);

function selectionOf(type: GraphQLOutputType, depth: number): string {
  const named = getNamedType(type);
  if (isScalarType(named) || isEnumType(named)) return '';
  if (isUnionType(named) || isInterfaceType(named)) {
    const members = isUnionType(named) ? named.getTypes() : schema.getImplementations(named).objects;
    return `{ __typename ${members.map((member) => `... on ${member.name} ${selectionOf(member, depth)}`).join(' ')} }`;
  }
  if (!isObjectType(named)) return '';
  const fields = Object.values(named.getFields()).filter((field) => requiredArgs(field).length === 0);
  if (isConnection(named)) {
    // Edges repeat the nodes; totalCount is a count the viewer may not see either.
    return `{ totalCount pageInfo { hasNextPage } nodes ${selectionOf(named.getFields().nodes.type, depth)} }`;
  }
  const parts = fields.flatMap((field) => {
    const child = getNamedType(field.type);
    if (isScalarType(child) || isEnumType(child)) return [field.name];
    if (depth <= 0) return [];
    return [`${field.name} ${selectionOf(field.type, depth - 1)}`];
  });
  return `{ __typename ${parts.join(' ')} }`;
}

/** The record type an argument refers to, from its name (`schoolId` → School, `exitId` → ProviderExit). */
function poolName(argName: string, returnType: GraphQLNamedType): string | undefined {
  if (argName === 'id') return returnType.name;
  const base = argName.replace(/Ids?$/, '');
  if (base === argName) return undefined;
  const aliases: Record<string, string> = {
    exit: 'ProviderExit',
    previousSurvey: 'Survey',
    entity: '*',
    owner: '*',
    class: 'SchoolClass',
    classTeacher: 'StaffMember',
    staff: 'StaffMember',
  };
  return aliases[base] ?? base.charAt(0).toUpperCase() + base.slice(1);
}

const idsOf = (pools: WalkPools, pool: string | undefined) => {
  const all = Object.values(pools.ids).flat();
  if (!pool || pool === '*') return all;
  return pools.ids[pool] ?? all;
};

const isIdType = (type: GraphQLInputType) => getNamedType(type).name === 'ID';

/** The values to try for one argument: every fitting id, and `undefined` (omitted) when it is optional. */
function argumentValues(arg: GraphQLArgument, returnType: GraphQLNamedType, pools: WalkPools): unknown[] {
  const named = getNamedType(arg.type);
  const optional = !isNonNullType(arg.type);
  const omitted = optional ? [undefined] : [];
  if (isIdType(arg.type)) {
    const ids = idsOf(pools, poolName(arg.name, returnType));
    return [...omitted, ...(isListType(isNonNullType(arg.type) ? arg.type.ofType : arg.type) ? [ids] : ids)];
  }
  if (isInputObjectType(named)) {
    // Filters: none, then each id-valued field with each fitting id (schoolId: B, providerId: P2, ids: [all]).
    const values: unknown[] = [...omitted, {}];
    for (const field of Object.values(named.getFields())) {
      if (!isIdType(field.type)) continue;
      const ids = idsOf(pools, poolName(field.name, returnType));
      if (field.name === 'ids') values.push({ ids: Object.values(pools.ids).flat().slice(0, 100) });
      else values.push(...ids.map((id) => ({ [field.name]: id })));
    }
    return values;
  }
  if (!optional) {
    if (isEnumType(named)) return named.getValues().map((value) => value.name);
    if (named.name === 'String') return pools.strings[arg.name] ?? ['x'];
    if (named.name === 'Int') return [1];
    if (named.name === 'Boolean') return [true];
    if (named.name === 'Date') return ['2026-10-12'];
  }
  return omitted.length > 0 ? omitted : [null];
}

function typeText(type: GraphQLInputType): string {
  return type.toString();
}

/** Every root query field × every combination of argument values (capped per field), as runnable operations. */
export function generateOperations(pools: WalkPools, depth: number, maxPerField = 60): WalkOperation[] {
  const operations: WalkOperation[] = [];
  const query = schema.getQueryType()!;
  for (const field of Object.values(query.getFields())) {
    const returnType = getNamedType(field.type);
    const choices = field.args.map((arg) => argumentValues(arg, returnType, pools));
    const combos = choices.reduce<unknown[][]>((acc, values) => acc.flatMap((combo) => values.map((value) => [...combo, value])), [[]]).slice(0, maxPerField);
    const declared = field.args.map((arg) => `$${arg.name}: ${typeText(arg.type)}`).join(', ');
    const passed = field.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
    const text = `query Walk${declared ? `(${declared})` : ''} { ${field.name}${passed ? `(${passed})` : ''} ${selectionOf(field.type, depth)} }`;
    for (const combo of combos) {
      const variables = Object.fromEntries(field.args.map((arg, i) => [arg.name, combo[i]]).filter(([, value]) => value !== undefined));
      operations.push({ rootField: field.name, query: text, variables });
    }
  }
  return operations;
}
