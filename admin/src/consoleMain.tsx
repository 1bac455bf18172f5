import { StrictMode } from 'react';
import type { Root } from 'react-dom/client';
import { App } from './App';
import { createAuth } from './auth';
import type { AppConfig } from './config/appConfig';
import { lazyDataProvider } from './dataProvider/lazy';

/** The provider sends the browser back here with the authorization code (see auth/oidcSettings.ts). */
const CALLBACK_PATH = '/auth/callback';

/** The console: auth for the configured mode, and the data provider loaded on its first call. */
export async function renderConsole(root: Root, config: AppConfig) {
  const auth = createAuth(config);
  if (window.location.pathname === CALLBACK_PATH && auth.completeSignIn) {
    const outcome = await auth.completeSignIn(window.location.href);
    // The code is single-use: drop it from the address bar and history, then open the console (hash routes).
    window.history.replaceState(null, '', outcome === 'signed_in' ? '/#/' : '/#/login');
  }
  const dataProvider = lazyDataProvider(() =>
    import('./dataProvider').then((m) => m.createDataProvider({ graphqlUrl: config.graphqlUrl, getToken: auth.getToken })),
  );
  root.render(
    <StrictMode>
      <App dataProvider={dataProvider} authProvider={auth.authProvider} loginPage={auth.loginPage} />
    </StrictMode>,
  );
}
