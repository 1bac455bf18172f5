import { lazy, type ComponentType } from 'react';
import { Admin, CustomRoutes, Resource, type AuthProvider, type DataProvider } from 'react-admin';
// The same module ra-core imports, so <CustomRoutes> recognises our <Route> in every resolver (tests too).
import { Route } from 'react-router-dom';
import { i18nProvider } from './i18n';
import { AppLayout } from './layout/AppLayout';
import { Dashboard } from './layout/Dashboard';
import schools from './schools';
import terms from './terms';

const PolicyPage = lazy(() => import('./policy/PolicyPage'));

export interface AppProps {
  dataProvider: DataProvider;
  authProvider: AuthProvider;
  loginPage: ComponentType;
}

/** The console. Providers are passed in, so tests render it with fakes and main.tsx with the real ones. */
export function App({ dataProvider, authProvider, loginPage }: AppProps) {
  return (
    <Admin
      disableTelemetry
      requireAuth
      title="课后服务平台"
      dataProvider={dataProvider}
      authProvider={authProvider}
      i18nProvider={i18nProvider}
      loginPage={loginPage}
      layout={AppLayout}
      dashboard={Dashboard}
    >
      <Resource name="schools" {...schools} />
      <Resource name="terms" {...terms} />
      <CustomRoutes>
        <Route path="/policy" element={<PolicyPage />} />
      </CustomRoutes>
    </Admin>
  );
}
