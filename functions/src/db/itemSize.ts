import { badInput } from '../core/errors';

/** DynamoDB's item limit: 400 KB, attribute names included. */
export const MAX_ITEM_BYTES = 400 * 1024;

/**
 * The stored size of a value as DynamoDB counts it (UTF-8 strings, numbers by significant digits, 3 bytes per
 * list/map plus 1 per element, map keys by their length). Close enough to refuse before sending rather than
 * let the engine refuse (which would surface as an internal error).
 */
export function sizeOf(value: unknown): number {
  if (value === null || value === undefined || typeof value === 'boolean') return 1;
  if (typeof value === 'string') return Buffer.byteLength(value);
  if (typeof value === 'number') return Math.ceil(String(Math.abs(value)).replace(/[.e+-]/g, '').length / 2) + 1;
  if (value instanceof Uint8Array) return value.byteLength;
  if (value instanceof Set) return [...value].reduce((sum: number, item) => sum + sizeOf(item), 0);
  if (Array.isArray(value)) return 3 + value.reduce((sum: number, item) => sum + 1 + sizeOf(item), 0);
  if (typeof value === 'object') return 3 + Object.entries(value).reduce((sum, [name, item]) => sum + 1 + Buffer.byteLength(name) + sizeOf(item), 0);
  return 0;
}

/** DynamoDB stores numbers of magnitude 1e-130 to below 1e126 (and 0); anything else is refused by the engine. */
const storable = (value: number) => Number.isFinite(value) && (value === 0 || (Math.abs(value) >= 1e-130 && Math.abs(value) < 1e126));

/** Whether a value holds a number DynamoDB cannot store (e.g. 5e-324 from a Float input). */
export function hasUnstorableNumber(value: unknown): boolean {
  if (typeof value === 'number') return !storable(value);
  if (Array.isArray(value) || value instanceof Set) return [...value].some(hasUnstorableNumber);
  if (value && typeof value === 'object' && !(value instanceof Uint8Array)) return Object.values(value).some(hasUnstorableNumber);
  return false;
}

export interface SizeProblem {
  /** The record field that makes up most of the item (the place to shorten), or `input`. */
  field: string;
  bytes: number | undefined;
  /** Not too large but holding a number DynamoDB cannot store. */
  unstorable?: boolean;
}

const sizeOfAttributes = (attributes: Record<string, unknown>) =>
  Object.entries(attributes).reduce((sum, [name, value]) => sum + Buffer.byteLength(name) + sizeOf(value), 0);

function largest(attributes: Record<string, unknown>): string {
  let field = 'input';
  let max = -1;
  for (const [name, value] of Object.entries(attributes)) {
    const size = sizeOf(value);
    if (size > max) [field, max] = [name, size];
  }
  return field;
}

/** The attributes an UpdateExpression SETs, by name (`SET #a = :b, …` with ElectroDB's name and value maps). */
function updatedAttributes(update: {
  UpdateExpression?: string;
  ExpressionAttributeNames?: Record<string, string>;
  ExpressionAttributeValues?: Record<string, unknown>;
}) {
  const out: Record<string, unknown> = {};
  const names = update.ExpressionAttributeNames ?? {};
  const values = update.ExpressionAttributeValues ?? {};
  for (const match of (update.UpdateExpression ?? '').matchAll(/(#[\w]+)\s*=\s*(:[\w]+)/g)) {
    out[names[match[1]] ?? match[1]] = values[match[2]];
  }
  return out;
}

/**
 * The first write of a transaction whose item would exceed the limit — a Put by its whole item, an Update by the
 * values it sets (the stored rest is checked by DynamoDB; see `isItemSizeRefusal`) — or would hold a number DynamoDB
 * cannot store: refused here as the client's input instead of failing in the engine.
 */
export function itemSizeProblem(items: Record<string, Record<string, unknown> | undefined>[]): SizeProblem | undefined {
  for (const item of items) {
    const put = item.Put?.Item as Record<string, unknown> | undefined;
    if (put) {
      const bytes = sizeOfAttributes(put);
      if (bytes > MAX_ITEM_BYTES) return { field: largest(put), bytes };
      const field = Object.keys(put).find((name) => hasUnstorableNumber(put[name]));
      if (field) return { field, bytes: undefined, unstorable: true };
    }
    if (item.Update) {
      const values = (item.Update.ExpressionAttributeValues ?? {}) as Record<string, unknown>;
      if (hasUnstorableNumber(values)) {
        const updated = updatedAttributes(item.Update);
        return { field: Object.keys(updated).find((name) => hasUnstorableNumber(updated[name])) ?? 'input', bytes: undefined, unstorable: true };
      }
      const bytes = sizeOf(values) + sizeOf(item.Update.Key);
      if (bytes > MAX_ITEM_BYTES) return { field: largest(updatedAttributes(item.Update)), bytes };
    }
  }
  return undefined;
}

/** DynamoDB's own refusal of an item over the limit (a cancellation reason or a ValidationException message). */
export const isItemSizeRefusal = (message: string | undefined) => /item size|maximum allowed size/i.test(message ?? '');

export function tooLarge({ field, bytes, unstorable }: SizeProblem) {
  if (unstorable) return badInput(field, `${field} holds a number DynamoDB cannot store (use 0 or a magnitude between 1e-130 and 1e125)`);
  const size = bytes ? `; this one is ${Math.ceil(bytes / 1024)} KB` : '';
  return badInput(field, `The record would be larger than DynamoDB allows (400 KB${size}): shorten ${field === 'input' ? 'the input' : field}`, {
    maxItemBytes: MAX_ITEM_BYTES,
  });
}
