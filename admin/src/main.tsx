import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { createAuth } from './auth';
import { loadConfig } from './config/appConfig';
import { lazyDataProvider } from './dataProvider/lazy';

const root = createRoot(document.getElementById('root')!);

/** Shown when the console cannot start (no config.json, unsupported auth mode): say why, in both languages. */
function StartupError({ error }: { error: unknown }) {
  return (
    <main style={{ fontFamily: 'system-ui, sans-serif', padding: 32, maxWidth: 640 }}>
      <h1 style={{ fontSize: 20 }}>课后服务平台无法启动 / The console could not start</h1>
      <p>{error instanceof Error ? error.message : String(error)}</p>
    </main>
  );
}

// The config is read at runtime, before rendering, so one build serves every deployment.
loadConfig()
  .then((config) => {
    const auth = createAuth(config);
    const dataProvider = lazyDataProvider(() =>
      import('./dataProvider').then((m) => m.createDataProvider({ graphqlUrl: config.graphqlUrl, getToken: auth.getToken })),
    );
    root.render(
      <StrictMode>
        <App dataProvider={dataProvider} authProvider={auth.authProvider} loginPage={auth.loginPage} />
      </StrictMode>,
    );
  })
  .catch((error: unknown) => root.render(<StartupError error={error} />));
