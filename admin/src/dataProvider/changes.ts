import { stableKey } from './cursorPaging';

/**
 * Removes what the API never accepts back: Apollo's `__typename` on nested objects. Without this a
 * record read from the API could not be sent back as input.
 */
export function withoutTypename(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutTypename);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key]) => key !== '__typename')
        .map(([key, v]) => [key, withoutTypename(v)]),
    );
  }
  return value;
}

/** Keeps only the input fields of an input type; absent keys stay absent (the API keeps their value). */
export function pickFields<Field extends string>(data: Record<string, unknown>, fields: readonly Field[]): Partial<Record<Field, unknown>> {
  const picked: Partial<Record<Field, unknown>> = {};
  for (const field of fields) {
    if (field in data) picked[field] = withoutTypename(data[field]);
  }
  return picked;
}

/** Creates send no nulls: a null would override the API's defaults (e.g. `studentCount = 0`). */
export function withoutEmpty<T extends Record<string, unknown>>(input: T): Partial<T> {
  return Object.fromEntries(Object.entries(input).filter(([, value]) => value !== null && value !== undefined)) as Partial<T>;
}

/**
 * The fields of `data` that differ from `previous`, compared by value (arrays and nested objects
 * too), restricted to `fields`. An update sends only these, so two people editing different fields
 * of a record do not overwrite each other's work with stale values.
 */
export function changedFields<Field extends string>(
  data: Record<string, unknown>,
  previous: Record<string, unknown>,
  fields: readonly Field[],
): Partial<Record<Field, unknown>> {
  const next = pickFields(data, fields);
  const before = pickFields(previous, fields);
  const changed: Partial<Record<Field, unknown>> = {};
  for (const field of fields) {
    if (!(field in next)) continue;
    if (stableKey(normalizeEmpty(next[field])) !== stableKey(normalizeEmpty(before[field]))) {
      changed[field] = next[field];
    }
  }
  return changed;
}

/** A cleared text input gives `null` where the API had nothing: not a change. */
function normalizeEmpty(value: unknown): unknown {
  return value === undefined || value === '' ? null : value;
}
