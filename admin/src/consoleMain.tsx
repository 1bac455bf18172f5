import { StrictMode } from 'react';
import type { Root } from 'react-dom/client';
import { App } from './App';
import { createAuth } from './auth';
import type { AppConfig } from './config/appConfig';
import { lazyDataProvider } from './dataProvider/lazy';

/** The console: auth for the configured mode, and the data provider loaded on its first call. */
export function renderConsole(root: Root, config: AppConfig) {
  const auth = createAuth(config);
  const dataProvider = lazyDataProvider(() =>
    import('./dataProvider').then((m) => m.createDataProvider({ graphqlUrl: config.graphqlUrl, getToken: auth.getToken })),
  );
  root.render(
    <StrictMode>
      <App dataProvider={dataProvider} authProvider={auth.authProvider} loginPage={auth.loginPage} />
    </StrictMode>,
  );
}
