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

export interface SizeProblem {
  /** The record field that makes up most of the item (the place to shorten), or `input`. */
  field: string;
  bytes: number | undefined;
}

const sizeOfAttributes = (attributes: Record<string, unknown>) => Object.entries(attributes).reduce((sum, [name, value]) => sum + Buffer.byteLength(name) + sizeOf(value), 0);

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
function updatedAttributes(update: { UpdateExpression?: string; ExpressionAttributeNames?: Record<string, string>; ExpressionAttributeValues?: Record<string, unknown> }) {
  const out: Record<string, unknown> = {};
  const names = update.ExpressionAttributeNames ?? {};
  const values = update.ExpressionAttributeValues ?? {};
  for (const match of (update.UpdateExpression ?? '').matchAll(/(#[\w]+)\s*=\s*(:[\w]+)/g)) {
    out[names[match[1]] ?? match[1]] = values[match[2]];
  }
  return out;
}

/**
 * The first write of a transaction whose item would exceed the limit: a Put by its whole item, an Update by the
 * values it sets (the stored rest is checked by DynamoDB; see `isItemSizeRefusal`).
 */
export function itemSizeProblem(items: Record<string, Record<string, unknown> | undefined>[]): SizeProblem | undefined {
  for (const item of items) {
    const put = item.Put?.Item as Record<string, unknown> | undefined;
    if (put) {
      const bytes = sizeOfAttributes(put);
      if (bytes > MAX_ITEM_BYTES) return { field: largest(put), bytes };
    }
    if (item.Update) {
      const values = (item.Update.ExpressionAttributeValues ?? {}) as Record<string, unknown>;
      const bytes = sizeOf(values) + sizeOf(item.Update.Key);
      if (bytes > MAX_ITEM_BYTES) return { field: largest(updatedAttributes(item.Update)), bytes };
    }
  }
  return undefined;
}

/** DynamoDB's own refusal of an item over the limit (a cancellation reason or a ValidationException message). */
export const isItemSizeRefusal = (message: string | undefined) => /item size|maximum allowed size/i.test(message ?? '');

export const tooLarge = ({ field, bytes }: SizeProblem) =>
  badInput(
    field,
    `The record would be larger than DynamoDB allows (400 KB${bytes ? `; this one is ${Math.ceil(bytes / 1024)} KB` : ''}): shorten ${field === 'input' ? 'the input' : field}`,
    { maxItemBytes: MAX_ITEM_BYTES },
  );
