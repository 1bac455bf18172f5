import { afterEach, describe, expect, it, vi } from 'vitest';
import { signLocalToken, verifyLocalToken } from '../src/auth/localTokens';

afterEach(() => {
  vi.useRealTimers();
});

describe('local tokens: a token verified once is not verified again until it expires', () => {
  it('gives each request its own viewer object with the same claims', async () => {
    const token = await signLocalToken({ sub: 'admin-a', role: 'SCHOOL_ADMIN', schoolId: 'sch_a' });
    const first = await verifyLocalToken(token);
    const second = await verifyLocalToken(token);
    expect(first).toEqual({ sub: 'admin-a', role: 'SCHOOL_ADMIN', schoolId: 'sch_a' });
    expect(second).toEqual(first);
    // Per-request caches are keyed by the viewer object: two requests never share one.
    expect(second).not.toBe(first);
    second!.sub = 'changed';
    expect(await verifyLocalToken(token)).toEqual(first);
  });

  it('refuses a remembered token once it has expired, and an altered one at once', async () => {
    const token = await signLocalToken({ sub: 'admin-b', role: 'DISTRICT_ADMIN' }, 1);
    expect(await verifyLocalToken(token)).toEqual({ sub: 'admin-b', role: 'DISTRICT_ADMIN' });
    const [header, payload, signature] = token.split('.');
    const forged = `${header}.${payload}.${signature.slice(0, -2)}${signature.endsWith('AA') ? 'BB' : 'AA'}`;
    expect(await verifyLocalToken(forged)).toBeUndefined();
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() + 2 * 86_400_000);
    expect(await verifyLocalToken(token)).toBeUndefined();
  });
});
