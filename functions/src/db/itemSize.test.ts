import { describe, expect, it } from 'vitest';
import { hasUnstorableNumber, itemSizeProblem, MAX_ITEM_BYTES, sizeOf } from './itemSize';

describe('item size guard', () => {
  it('measures strings in UTF-8 bytes and containers with their overhead', () => {
    expect(sizeOf('课后')).toBe(6);
    expect(sizeOf({ a: 'x' })).toBe(3 + 1 + 1 + 1);
    expect(sizeOf(['x', 'y'])).toBe(3 + 2 + 2);
  });

  it('names the largest field of a Put over 400 KB', () => {
    const problem = itemSizeProblem([{ Put: { Item: { pk: 'p', name: 'x', staff: ['员'.repeat(MAX_ITEM_BYTES / 3 + 10)] } } }]);
    expect(problem).toMatchObject({ field: 'staff' });
    expect(problem!.bytes).toBeGreaterThan(MAX_ITEM_BYTES);
    expect(itemSizeProblem([{ Put: { Item: { pk: 'p', name: '员'.repeat(1000) } } }])).toBeUndefined();
  });

  it('names the set attribute of an Update whose values alone exceed the limit', () => {
    const update = {
      UpdateExpression: 'SET #a = :a_u0, #b = :b_u0',
      ExpressionAttributeNames: { '#a': 'findings', '#b': 'version' },
      ExpressionAttributeValues: { ':a_u0': 'x'.repeat(MAX_ITEM_BYTES + 1), ':b_u0': 2 },
      Key: { pk: 'p', sk: 's' },
    };
    expect(itemSizeProblem([{ Update: update }])).toMatchObject({ field: 'findings' });
  });

  it('refuses numbers DynamoDB cannot store (magnitude below 1e-130 or from 1e126, not finite), wherever they sit', () => {
    for (const value of [5e-324, 1e-200, 1e126, -1e130]) expect(hasUnstorableNumber({ a: [{ b: value }] })).toBe(true);
    for (const value of [0, 1e-130, 0.01, 9.9e125, -42]) expect(hasUnstorableNumber({ a: [{ b: value }] })).toBe(false);
    expect(itemSizeProblem([{ Put: { Item: { pk: 'p', ratePerHour: 5e-324 } } }])).toMatchObject({ field: 'ratePerHour', unstorable: true });
    const update = { UpdateExpression: 'SET #h = :h_u0', ExpressionAttributeNames: { '#h': 'hours' }, ExpressionAttributeValues: { ':h_u0': 1e-300 } };
    expect(itemSizeProblem([{ Update: update }])).toMatchObject({ field: 'hours', unstorable: true });
  });
});
