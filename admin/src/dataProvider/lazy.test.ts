import { describe, expect, it, vi } from 'vitest';
import type { AppDataProvider } from './index';
import { lazyDataProvider } from './lazy';

describe('lazyDataProvider', () => {
  it('loads the real provider once, on the first call, and forwards arguments', async () => {
    const getOne = vi.fn(async () => ({ data: { id: 'sch_1' } }));
    const load = vi.fn(async () => ({ getOne }) as unknown as AppDataProvider);
    const provider = lazyDataProvider(load);
    expect(load).not.toHaveBeenCalled();

    await provider.getOne('schools', { id: 'sch_1' });
    await provider.getOne('schools', { id: 'sch_2' });
    expect(load).toHaveBeenCalledTimes(1);
    expect(getOne).toHaveBeenLastCalledWith('schools', { id: 'sch_2' });
  });

  it('retries loading after a failed download', async () => {
    const load = vi
      .fn<() => Promise<AppDataProvider>>()
      .mockRejectedValueOnce(new Error('offline'))
      .mockResolvedValueOnce({ getList: async () => ({ data: [], total: 0 }) } as unknown as AppDataProvider);
    const provider = lazyDataProvider(load);
    await expect(provider.getList('schools', {})).rejects.toThrow('offline');
    await expect(provider.getList('schools', {})).resolves.toEqual({ data: [], total: 0 });
  });
});
