import { describe, expect, it } from 'vitest';
import { compare, metricOf } from '../bench/compare';
import type { Row } from '../bench/report';

const row = (key: string, metric?: Row['metric'], data?: Record<string, unknown>): Row => ({
  key,
  label: key,
  result: '',
  goal: '—',
  explain: '',
  metric,
  data,
});

describe('bench:compare', () => {
  it('flags a change of more than 20 % in the wrong direction only', () => {
    const before = [
      row('rate', { value: 100, unit: '/s', better: 'higher' }),
      row('size', { value: 300, unit: 'bytes', better: 'lower' }),
      row('ratio', { value: 1, unit: '×', better: 'lower' }),
    ];
    const after = [
      row('rate', { value: 79, unit: '/s', better: 'higher' }),
      row('size', { value: 200, unit: 'bytes', better: 'lower' }),
      row('ratio', { value: 1.19, unit: '×', better: 'lower' }),
    ];
    const result = compare(before, after);
    expect(result.map((r) => [r.key, r.regression])).toEqual([
      ['rate', true],
      ['size', false],
      ['ratio', false],
    ]);
    expect(result[1].change).toBeCloseTo(1 / 3);
  });

  it('reads the headline number of older files from their data, and leaves rows it cannot compare alone', () => {
    expect(metricOf(row('gql.activities.ratio', undefined, { ratio: 0.5 }))).toEqual({ value: 0.5, unit: '×', better: 'higher' });
    expect(metricOf(row('raw.getItem', undefined, { perSecond: 400 }))?.better).toBe('higher');
    const result = compare([row('a', { value: 5, unit: 'ms', better: 'lower' })], [row('a', { value: 5, unit: 'KB', better: 'lower' }), row('b')]);
    expect(result.map((r) => [r.key, r.change, r.regression])).toEqual([
      ['a', undefined, false],
      ['b', undefined, false],
    ]);
  });
});
