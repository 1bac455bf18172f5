import { lazy, useState, type ComponentType } from 'react';
import { Admin, CustomRoutes, Resource, type AuthProvider, type DataProvider } from 'react-admin';
// The same module ra-core imports, so <CustomRoutes> recognises our <Route> in every resolver (tests too).
import { Route } from 'react-router-dom';
import { createQueryClient } from './dataProvider/retryPolicy';
import { i18nProvider } from './i18n';
import { AppLayout } from './layout/AppLayout';
import { Dashboard } from './layout/Dashboard';
import activities from './activities';
import contracts from './contracts';
import evaluations from './evaluations';
import inspections from './inspections';
import providerExits from './exits';
import providers from './providers';
import schools from './schools';
import surveys from './surveys';
import terms from './terms';
import staffMembers from './staff';
import schoolClasses from './classes';
import students from './students';
import enrolmentApplications from './enrolment';
import bills from './money';
import { alerts, careLogs } from './care';

const PolicyPage = lazy(() => import('./policy/PolicyPage'));
const TimetablePage = lazy(() => import('./timetable/TimetablePage'));
const CompliancePage = lazy(() => import('./compliance/CompliancePage'));
const OverviewPage = lazy(() => import('./compliance/OverviewPage'));
const SurveyResultsPage = lazy(() => import('./surveys/results/ResultsPage'));
const ApprovedListPage = lazy(() => import('./classes/ApprovedListPage'));
const StipendPage = lazy(() => import('./money/StipendPage'));
const ProviderStatementPage = lazy(() => import('./money/ProviderStatementPage'));
const DisclosurePage = lazy(() => import('./money/DisclosurePage'));
const CareBoardPage = lazy(() => import('./care/CareBoardPage'));
const DailySheetPage = lazy(() => import('./care/DailySheetPage'));
const DutyRotaPage = lazy(() => import('./rota/DutyRotaPage'));

export interface AppProps {
  dataProvider: DataProvider;
  authProvider: AuthProvider;
  loginPage: ComponentType;
}

/** The console. Providers are passed in, so tests render it with fakes and main.tsx with the real ones. */
export function App({ dataProvider, authProvider, loginPage }: AppProps) {
  // One cache per console: refusals (FORBIDDEN, NOT_FOUND, bad input…) are shown at once, never retried.
  const [queryClient] = useState(createQueryClient);
  return (
    <Admin
      disableTelemetry
      queryClient={queryClient}
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
      <Resource name="activities" {...activities} />
      <Resource name="providers" {...providers} />
      <Resource name="contracts" {...contracts} />
      <Resource name="evaluations" {...evaluations} />
      <Resource name="providerExits" {...providerExits} />
      <Resource name="surveys" {...surveys} />
      <Resource name="staffMembers" {...staffMembers} />
      <Resource name="schoolClasses" {...schoolClasses} />
      <Resource name="students" {...students} />
      <Resource name="enrolmentApplications" {...enrolmentApplications} />
      <Resource name="inspections" {...inspections} />
      <Resource name="bills" {...bills} />
      <Resource name="alerts" {...alerts} />
      <Resource name="careLogs" {...careLogs} />
      <CustomRoutes>
        <Route path="/policy" element={<PolicyPage />} />
        <Route path="/timetable" element={<TimetablePage />} />
        <Route path="/compliance" element={<CompliancePage />} />
        <Route path="/complianceOverview" element={<OverviewPage />} />
        <Route path="/surveys/:id/results" element={<SurveyResultsPage />} />
        <Route path="/schoolClasses/:id/approved" element={<ApprovedListPage />} />
        <Route path="/stipends" element={<StipendPage />} />
        <Route path="/providerStatements" element={<ProviderStatementPage />} />
        <Route path="/disclosures" element={<DisclosurePage />} />
        <Route path="/careBoard" element={<CareBoardPage />} />
        <Route path="/careSheet" element={<DailySheetPage />} />
        <Route path="/dutyRota" element={<DutyRotaPage />} />
      </CustomRoutes>
    </Admin>
  );
}
