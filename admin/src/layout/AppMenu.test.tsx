import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { App } from '../App';
import { LocalLoginPage } from '../auth/LocalLoginPage';
import { aSignedInAuthProvider, anInMemoryDataProvider } from '../testing/fakeProviders';
import { slow } from '../testing/timeouts';

describe('menu', () => {
  it('shows a provider user the policy but neither schools nor terms', async () => {
    window.location.hash = '#/';
    render(
      <App dataProvider={anInMemoryDataProvider({})} authProvider={aSignedInAuthProvider('PROVIDER')} loginPage={LocalLoginPage} />,
    );
    expect(await screen.findByRole('menuitem', { name: /区级政策/ }, slow)).toBeTruthy();
    // The dashboard's links are drawn after permissions resolve: by then the menu is final too.
    await screen.findByText(/当前身份：校外机构/);
    expect(screen.queryByRole('menuitem', { name: /学校/ })).toBeNull();
    expect(screen.queryByRole('menuitem', { name: /学期/ })).toBeNull();
  });
});
