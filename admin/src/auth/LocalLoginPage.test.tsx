import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../App';
import { aSignedInAuthProvider, anInMemoryDataProvider } from '../testing/fakeProviders';
import { slow } from '../testing/timeouts';
import { LocalLoginPage } from './LocalLoginPage';

const devUsers = [
  { username: 'district', displayName: '区教育局管理员', role: 'DISTRICT_ADMIN' },
  { username: 'school-XX001', displayName: '实验小学管理员', role: 'SCHOOL_ADMIN', schoolId: 'sch_1' },
];

describe('local login page', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('lists the demo users and signs in as the chosen one', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string) => (url === '/auth/dev-users' ? new Response(JSON.stringify(devUsers)) : new Response('', { status: 404 }))),
    );
    const login = vi.fn(async () => undefined);
    const authProvider = aSignedInAuthProvider('DISTRICT_ADMIN', {
      login,
      checkAuth: () => Promise.reject(new Error('signed out')),
    });
    window.location.hash = '#/login';
    render(<App dataProvider={anInMemoryDataProvider({})} authProvider={authProvider} loginPage={LocalLoginPage} />);

    const schoolAdmin = await screen.findByRole('radio', { name: /实验小学管理员/ }, slow);
    expect(screen.getByRole('radio', { name: /区教育局管理员/ })).toBeTruthy();
    expect(screen.getByText(/学校管理员 · school-XX001/)).toBeTruthy();

    fireEvent.click(schoolAdmin);
    fireEvent.click(screen.getByRole('button', { name: '登录' }));
    await waitFor(() => expect(login).toHaveBeenCalledWith({ username: 'school-XX001' }));
  });

  it('says how to fix it when the demo users cannot be loaded', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('', { status: 502 })),
    );
    window.location.hash = '#/login';
    const authProvider = aSignedInAuthProvider('DISTRICT_ADMIN', { checkAuth: () => Promise.reject(new Error('signed out')) });
    render(<App dataProvider={anInMemoryDataProvider({})} authProvider={authProvider} loginPage={LocalLoginPage} />);
    expect(await screen.findByText(/请确认本地服务已启动/, undefined, slow)).toBeTruthy();
  });
});
