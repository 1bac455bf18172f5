import { describe, expect, it } from 'vitest';
import { localDate } from './clock';

describe('localDate (Asia/Shanghai, UTC+8)', () => {
  it('turns the date at local midnight, whichever instant was asked before', () => {
    const beforeMidnight = new Date('2026-12-01T15:59:59.999Z');
    const atMidnight = new Date('2026-12-01T16:00:00.000Z');
    // Asked alternately within the same minute and across it: each answer is its own instant's date.
    expect(localDate(0, beforeMidnight)).toBe('2026-12-01');
    expect(localDate(0, atMidnight)).toBe('2026-12-02');
    expect(localDate(0, beforeMidnight)).toBe('2026-12-01');
    expect(localDate(0, new Date('2026-12-01T15:59:00.000Z'))).toBe('2026-12-01');
    expect(localDate(0, atMidnight)).toBe('2026-12-02');
  });

  it('counts whole days from the given instant, across months and years', () => {
    const from = new Date('2026-12-31T15:30:00.000Z'); // 23:30 on 31 December in Shanghai
    expect(localDate(0, from)).toBe('2026-12-31');
    expect(localDate(1, from)).toBe('2027-01-01');
    expect(localDate(-31, from)).toBe('2026-11-30');
  });

  it('answers today by default', () => {
    const shanghai = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
    const justBefore = new Date(Date.now() - 1000 + 8 * 3_600_000).toISOString().slice(0, 10);
    expect([shanghai, justBefore]).toContain(localDate());
  });
});
