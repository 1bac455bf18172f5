import fc from 'fast-check';
import {
  buildSchema,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  type GraphQLArgument,
  type GraphQLInputField,
  type GraphQLInputType,
} from 'graphql';
import { inputShapes } from '../src/generated/inputLimits';
import { typeDefs } from '../src/generated/typeDefs';
import { ID_MAX_LENGTH } from '../src/server/inputLimits';

/**
 * fast-check arbitraries derived from the SDL: every argument and input field gets values of its GraphQL type —
 * mostly plausible ones (so mutations get past validation and reach the database), plus the edges: empty and
 * over-long text at the declared `@maxLength`, unknown and over-long ids, wrong enum values, out-of-range numbers,
 * impossible dates, missing required fields, nulls. Domain formats come from `hints` keyed by field name.
 */
export const schema = buildSchema(typeDefs);

/** Ids known to exist, by entity type (`School`, `Term`, …), filled by the family's stage and by successful creates. */
export type IdPools = Record<string, string[]>;

/** Where a value is going, so hints and limits can be looked up. */
interface Place {
  /** The argument or input field name. */
  name: string;
  /** The input type (or `Mutation.field`) it belongs to: hints keyed `Owner.name` win over those keyed `name`. */
  owner?: string;
  /** The `@maxLength` of a String place (from the generated table). */
  limit?: number;
}

/** A marker the runner replaces with the target record's current version before sending. */
export const CURRENT_VERSION = '$current-version';

const words = ['实验', '小学', '课后', '服务', '足球', '社团', '阅读', '教室', '操场', '安全', '家长', '满意', 'Art', 'club', '3(2)班', '李老师'];
const oddities = ['\u200b', '\u200d', '\u0000', '\ufeff', '😀', 'e\u0301', '\u202e', '"', "'", '\\', '<script>', '${x}', '%s', '\n', '\t', '　'];

/** Text of a given limit: mostly plausible, sometimes empty, blank, at or over the limit, or odd Unicode. */
export function textArb(limit = 200, onlyPlausible = false): fc.Arbitrary<string> {
  const plausible = fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 4 }).map((parts) => parts.join('').slice(0, limit));
  if (onlyPlausible) return plausible;
  return fc.oneof(
    { weight: 8, arbitrary: plausible },
    { weight: 2, arbitrary: fc.string({ maxLength: Math.min(limit, 40) }) },
    { weight: 1, arbitrary: fc.constantFrom('', ' ', '   ') },
    { weight: 1, arbitrary: fc.constantFrom('字'.repeat(limit), 'x'.repeat(limit + 1), 'x'.repeat(3000)) },
    { weight: 1, arbitrary: fc.array(fc.constantFrom(...oddities, ...words), { minLength: 1, maxLength: 6 }).map((parts) => parts.join('')) },
  );
}

const randomIdTail = fc.stringMatching(/^[a-z2-7]{20}$/);
const prefixes = ['sch', 'trm', 'act', 'prv', 'con', 'evl', 'doc', 'aud', 'pex', 'srv', 'pol'];

/** Ids: mostly ones of the right pool, else unknown but well-formed, of another type, or malformed and over-long. */
export function idArb(pools: IdPools, poolNames: string[], onlyKnown = false): fc.Arbitrary<string> {
  if (onlyKnown) return pick(pools, poolNames);
  const edges = fc.oneof(
    fc.tuple(fc.constantFrom(...prefixes), randomIdTail).map(([prefix, tail]) => `${prefix}_${tail}`),
    fc.constantFrom('', ' ', 'x', 'sch_', '$kehou#id', 'x'.repeat(ID_MAX_LENGTH), 'x'.repeat(ID_MAX_LENGTH + 1), 'sch_'.padEnd(3000, 'x')),
    fc.string({ maxLength: 30 }),
  );
  return fc.oneof({ weight: 8, arbitrary: pick(pools, poolNames) }, { weight: 1, arbitrary: pick(pools, Object.keys(pools)) }, { weight: 2, arbitrary: edges });
}

/** One of the ids in the named pools as they are when the case is generated (pools grow as cases create records). */
export function pick(pools: IdPools, poolNames: string[]): fc.Arbitrary<string> {
  return fc.nat().map((n) => {
    const all = poolNames.flatMap((name) => pools[name] ?? []);
    return all.length > 0 ? all[n % all.length] : 'sch_aaaaaaaaaaaaaaaaaaaa';
  });
}

const validDate = fc
  .date({ min: new Date('2026-09-01T00:00:00Z'), max: new Date('2027-01-22T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const dateArb = fc.oneof(
  {
    weight: 8,
    arbitrary: fc
      .date({ min: new Date('2026-08-01T00:00:00Z'), max: new Date('2027-08-01T00:00:00Z'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10)),
  },
  { weight: 1, arbitrary: fc.constantFrom('2026-02-30', '2026-13-01', '26-09-01', '', 'tomorrow', '2026-09-01T00:00:00Z', '9999-12-31', '0000-01-01') },
);

const validTime = fc
  .tuple(fc.integer({ min: 6, max: 21 }), fc.integer({ min: 0, max: 11 }))
  .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m * 5).padStart(2, '0')}`);
const timeArb = fc.oneof(
  { weight: 8, arbitrary: validTime },
  { weight: 1, arbitrary: fc.constantFrom('25:00', '15:07', '05:00', '23:55', '7:30', '', '15:30:00', 'noon') },
);

const intArb = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 0, max: 10 }) },
  { weight: 2, arbitrary: fc.integer({ min: -5, max: 5000 }) },
  { weight: 1, arbitrary: fc.constantFrom(-1, 2 ** 31 - 1, -(2 ** 31), 2 ** 31, 1e12, 1.5) },
);

const floatArb = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 0, max: 500 }) },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 100_000 }).map((fen) => fen / 100) },
  { weight: 1, arbitrary: fc.constantFrom(-1, 0, 0.001, 1.005, 1e7, 1e7 + 1, 1e308, 0.1 + 0.2, 5e-324, 1e-200, 1e-7) },
);

/** Per-name formats that make a value plausible (or, unless `plausible`, a near miss); the type's arbitrary is the fallback. */
export type Hint = (pools: IdPools, plausible: boolean) => fc.Arbitrary<unknown> | undefined;

export interface ArbitraryOptions {
  pools: IdPools;
  /** By argument/input field name: a domain format. */
  hints: Record<string, Hint>;
  /** By ID argument/input field name: which pools its ids come from. */
  idPools: Record<string, string[]>;
  /** Only values that pass the formats (known ids, valid dates, texts within limits): cases that reach the rules. */
  plausible?: boolean;
}

function scalarArb(typeName: string, place: Place, options: ArbitraryOptions): fc.Arbitrary<unknown> {
  const plausible = options.plausible ?? false;
  switch (typeName) {
    case 'ID':
      return idArb(options.pools, options.idPools[place.name] ?? [], plausible);
    case 'String':
      return textArb(place.limit, plausible);
    case 'Int':
      return plausible ? fc.integer({ min: 1, max: 10 }) : intArb;
    case 'Float':
      return plausible ? fc.integer({ min: 1, max: 500 }) : floatArb;
    case 'Boolean':
      return fc.boolean();
    case 'Date':
      return plausible ? validDate : dateArb;
    case 'LocalTime':
      return plausible ? validTime : timeArb;
    default:
      return fc.string({ maxLength: 30 });
  }
}

/** Values for a GraphQL input type (nullable types may be null or left out by the caller). */
export function typeArb(type: GraphQLInputType, place: Place, options: ArbitraryOptions, depth = 0): fc.Arbitrary<unknown> {
  const hints: Partial<Record<string, Hint>> = options.hints;
  const hint = (place.owner ? hints[`${place.owner}.${place.name}`] : undefined) ?? hints[place.name];
  const hinted = hint !== undefined && !isListType(getNullableType(type)) ? hint(options.pools, options.plausible ?? false) : undefined;
  const inner = getNullableType(type) as GraphQLInputType;
  let arb: fc.Arbitrary<unknown>;
  const plausible = options.plausible ?? false;
  if (isListType(inner)) {
    const item = typeArb(inner.ofType, place, options, depth + 1);
    const short = fc.array(item, { minLength: 1, maxLength: plausible ? 2 : 3 });
    arb = plausible ? short : fc.oneof({ weight: 6, arbitrary: short }, { weight: 1, arbitrary: fc.array(item, { maxLength: depth > 0 ? 3 : 25 }) });
  } else if (hinted) {
    arb = hinted;
  } else if (isEnumType(inner)) {
    const values = inner.getValues().map((v) => v.name);
    arb = plausible
      ? fc.constantFrom(...values)
      : fc.oneof({ weight: 12, arbitrary: fc.constantFrom(...values) }, { weight: 1, arbitrary: fc.constantFrom('', values[0].toLowerCase(), 'UNKNOWN') });
  } else if (isInputObjectType(inner)) {
    arb = objectArb(inner.name, Object.values(inner.getFields()), options, depth + 1);
  } else {
    arb = scalarArb(inner.name, place, options);
  }
  if (isNonNullType(type)) return plausible ? arb : fc.oneof({ weight: 30, arbitrary: arb }, { weight: 1, arbitrary: fc.constant(null) });
  return fc.oneof({ weight: 6, arbitrary: arb }, { weight: 1, arbitrary: fc.constant(null) });
}

/** An input object: each optional field present or left out; a required one very rarely left out. */
export function objectArb(
  typeName: string,
  fields: readonly (GraphQLInputField | GraphQLArgument)[],
  options: ArbitraryOptions,
  depth = 0,
): fc.Arbitrary<Record<string, unknown>> {
  const shape = inputShapes[typeName] ?? {};
  const entries = fields.map((field) => {
    const limit = typeof shape[field.name] === 'number' ? (shape[field.name] as number) : undefined;
    const value = typeArb(field.type, { name: field.name, owner: typeName, limit }, options, depth);
    const required = isNonNullType(field.type);
    const presence = required
      ? options.plausible
        ? fc.constant(true)
        : fc.oneof({ weight: 40, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) })
      : fc.boolean();
    return fc.tuple(fc.constant(field.name), presence, value);
  });
  return fc.tuple(...entries).map((list) => Object.fromEntries(list.filter(([, present]) => present).map(([name, , value]) => [name, value])));
}

/**
 * Arguments of a root field (Mutation.x): derived from its SDL arguments. A plausible case also takes the hint keyed
 * by the field itself (`Mutation.x`), if any: values of several arguments that must agree (an inspection and one of
 * its findings), laid over the derived ones.
 */
export function argumentsArb(rootType: 'Mutation' | 'Query', fieldName: string, options: ArbitraryOptions): fc.Arbitrary<Record<string, unknown>> {
  const root = rootType === 'Mutation' ? schema.getMutationType()! : schema.getQueryType()!;
  const field = root.getFields()[fieldName];
  if (!field) throw new Error(`${rootType}.${fieldName} is not in the schema`);
  const derived = objectArb(`${rootType}.${fieldName}`, field.args, options);
  const joint = options.plausible ? options.hints[`${rootType}.${fieldName}`]?.(options.pools, true) : undefined;
  return joint ? fc.tuple(derived, joint).map(([args, agreed]) => ({ ...args, ...(agreed as Record<string, unknown>) })) : derived;
}
