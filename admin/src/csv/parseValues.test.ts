import { describe, expect, it } from 'vitest';
import { choiceLookups } from './importColumns';
import { CellError, parseCount, parseCreditCode, parseDate, parseGrades } from './parseValues';

const problem = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return error instanceof CellError ? error.code : 'other';
  }
  return undefined;
};

describe('grade syntax', () => {
  it('reads ranges, lists and their Chinese spellings', () => {
    expect(parseGrades('1-6')).toEqual([1, 2, 3, 4, 5, 6]);
    expect(parseGrades('1,2,3')).toEqual([1, 2, 3]);
    expect(parseGrades('1、2、3')).toEqual([1, 2, 3]);
    expect(parseGrades('1-3，5')).toEqual([1, 2, 3, 5]);
    expect(parseGrades('7～9年级')).toEqual([7, 8, 9]);
    expect(parseGrades('1至3')).toEqual([1, 2, 3]);
    expect(parseGrades('3 2 2')).toEqual([2, 3]);
  });

  it('refuses grades outside 1–9, backwards ranges and other text', () => {
    for (const bad of ['0-6', '1-10', '6-1', 'abc', '1..3', ',']) expect(problem(() => parseGrades(bad))).toBe('BAD_GRADES');
    expect(problem(() => parseGrades(''))).toBe('REQUIRED');
  });
});

describe('other cells', () => {
  it('reads counts as Excel may write them', () => {
    expect(parseCount('1200')).toBe(1200);
    expect(parseCount('1,200')).toBe(1200);
    expect(parseCount('1200.0')).toBe(1200);
    expect(parseCount('')).toBeUndefined();
    expect(problem(() => parseCount('-3'))).toBe('BAD_NUMBER');
    expect(problem(() => parseCount('十二'))).toBe('BAD_NUMBER');
  });

  it('reads dates in the usual spellings and refuses impossible ones', () => {
    expect(parseDate('2026-09-01')).toBe('2026-09-01');
    expect(parseDate('2026/9/1')).toBe('2026-09-01');
    expect(parseDate('2026年9月1日')).toBe('2026-09-01');
    expect(problem(() => parseDate('2026-02-30'))).toBe('BAD_DATE');
    expect(problem(() => parseDate('9/1/2026'))).toBe('BAD_DATE');
  });

  it('says when Excel turned a credit code into scientific notation', () => {
    expect(parseCreditCode(' 91330100ma2aaaaa1x ')).toBe('91330100MA2AAAAA1X');
    expect(problem(() => parseCreditCode('9.13301E+17'))).toBe('SCIENTIFIC');
  });

  it('finds enum values by Chinese or English name or by value, with or without the bracketed note', () => {
    expect(choiceLookups.schoolType.one('九年一贯制')).toBe('NINE_YEAR');
    expect(choiceLookups.schoolType.one('junior secondary')).toBe('JUNIOR');
    expect(choiceLookups.ownership.one('PRIVATE')).toBe('PRIVATE');
    expect(choiceLookups.providerKind.one('培训机构')).toBe('TRAINING_INSTITUTION');
    expect(choiceLookups.providerKind.one('Training institution (non-academic)')).toBe('TRAINING_INSTITUTION');
    expect(choiceLookups.activityCategory.many('体育、Arts,  科技')).toEqual(['SPORTS', 'ARTS', 'SCIENCE']);
    expect(problem(() => choiceLookups.schoolType.one('大学'))).toBe('BAD_CHOICE');
  });
});
