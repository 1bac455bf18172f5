import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, isSchoolYear } from './dates';

describe('formatDate', () => {
  it('shows calendar dates in Chinese format without time-zone shifts', () => {
    expect(formatDate('2026-09-01', 'zh-CN')).toBe('2026年9月1日');
    expect(formatDate('2026-09-01', 'en')).toBe('September 1, 2026');
    expect(formatDate(null, 'zh-CN')).toBe('');
  });

  it('shows instants in Beijing time', () => {
    expect(formatDateTime('2026-09-01T16:30:00.000Z', 'zh-CN')).toBe('2026年9月2日 00:30');
  });
});

describe('isSchoolYear', () => {
  it('accepts two consecutive years only', () => {
    expect(isSchoolYear('2026-2027')).toBe(true);
    expect(isSchoolYear('2026-2028')).toBe(false);
    expect(isSchoolYear('2026')).toBe(false);
  });
});
