import { defaultFieldResolver, type GraphQLFieldResolver } from 'graphql';
import { badInput } from '../core/errors';
import { inputShapes } from '../generated/inputLimits';

/**
 * Every ID argument and input field accepts at most this many characters. Our ids are 24 characters
 * (`sch_` + 20); DynamoDB refuses keys over 2 KB (1 KB for sort keys), and an over-long id must be the
 * client's BAD_USER_INPUT, not an engine error surfacing as INTERNAL_SERVER_ERROR.
 */
export const ID_MAX_LENGTH = 64;

/**
 * A String without a declared `@maxLength` still gets this bound at run time; the schema test fails until the
 * field declares (and documents) its own.
 */
export const UNDECLARED_STRING_MAX_LENGTH = 1000;

type Spec = number | string;

function limitOf(spec: Spec): number | undefined {
  if (typeof spec === 'number') return spec;
  if (spec === 'ID') return ID_MAX_LENGTH;
  if (spec === 'String') return UNDECLARED_STRING_MAX_LENGTH;
  return undefined;
}

/** Checks one value (any list depth) against its spec; `path` is the dotted place named in the error. */
function check(value: unknown, spec: Spec, path: string): void {
  if (value === null || value === undefined) return;
  if (Array.isArray(value)) {
    value.forEach((item, index) => {
      check(item, spec, `${path}.${index}`);
    });
    return;
  }
  const max = limitOf(spec);
  if (max !== undefined) {
    if (typeof value === 'string' && value.length > max) {
      throw badInput(path, `${path} is too long: at most ${max} characters (got ${value.length})`, { reason: 'TOO_LONG', max, maxLength: max });
    }
    return;
  }
  const fields = inputShapes[spec as string];
  if (!fields || typeof value !== 'object') return;
  for (const [name, fieldSpec] of Object.entries(fields)) {
    check((value as Record<string, unknown>)[name], fieldSpec, `${path}.${name}`);
  }
}

/**
 * Checks a field's arguments against the schema's limits. Named like the services name fields: inside the
 * `input` argument without its prefix (`leadershipGroup.0.name`), otherwise from the argument (`filter.q`, `after`).
 */
export function checkArguments(typeName: string, fieldName: string, args: Record<string, unknown>): void {
  const specs = inputShapes[`${typeName}.${fieldName}`];
  if (!specs) return;
  for (const [name, spec] of Object.entries(specs)) {
    const value = args[name];
    if (name === 'input' && value && typeof value === 'object' && !Array.isArray(value)) {
      const fields = inputShapes[spec as string] ?? {};
      for (const [field, fieldSpec] of Object.entries(fields)) check((value as Record<string, unknown>)[field], fieldSpec, field);
    } else {
      check(value, spec, name);
    }
  }
}

type ResolverEntry = GraphQLFieldResolver<unknown, unknown> | { resolve?: GraphQLFieldResolver<unknown, unknown> } | unknown;

/**
 * The one place where input lengths are enforced: every field that takes an ID or String argument (root or
 * nested, e.g. `School.terms(after:)`) gets its arguments checked before its resolver runs, so no resolver,
 * service or DynamoDB key ever sees an over-long value. Fields without a resolver get the default one, wrapped.
 */
export function withInputLimits<R extends object>(resolvers: R): R {
  const wrapped: Record<string, Record<string, ResolverEntry>> = { ...(resolvers as Record<string, Record<string, ResolverEntry>>) };
  // Each type's resolvers are copied once (the caller's object is left as it was), not once per guarded field:
  // Query and Mutation have a hundred or more, and the copies were a measurable part of a cold start.
  const copied = new Set<string>();
  for (const key of Object.keys(inputShapes)) {
    const dot = key.indexOf('.');
    if (dot < 0) continue;
    const typeName = key.slice(0, dot);
    const fieldName = key.slice(dot + 1);
    if (!copied.has(typeName)) {
      wrapped[typeName] = { ...(wrapped[typeName] ?? {}) };
      copied.add(typeName);
    }
    const typeResolvers = wrapped[typeName];
    const entry = typeResolvers[fieldName];
    const resolve =
      (typeof entry === 'function' ? entry : (entry as { resolve?: GraphQLFieldResolver<unknown, unknown> } | undefined)?.resolve) ?? defaultFieldResolver;
    const guarded: GraphQLFieldResolver<unknown, unknown> = (source, args, context, info) => {
      checkArguments(typeName, fieldName, args);
      return resolve(source, args, context, info);
    };
    typeResolvers[fieldName] = typeof entry === 'object' && entry !== null ? { ...entry, resolve: guarded } : guarded;
  }
  return wrapped as R;
}
