import CalendarViewWeekIcon from '@mui/icons-material/CalendarViewWeek';
import FactCheckIcon from '@mui/icons-material/FactCheck';
import GavelIcon from '@mui/icons-material/Gavel';
import TableChartIcon from '@mui/icons-material/TableChart';
import CampaignIcon from '@mui/icons-material/Campaign';
import PaidIcon from '@mui/icons-material/Paid';
import type { ReactElement } from 'react';
import { Menu, useCanAccess } from 'react-admin';

/** A page that is not a resource, shown only to roles that may open it (`canAccess({ resource: page })`). */
function PageItem({ page, to, label, icon }: { page: string; to: string; label: string; icon: ReactElement }) {
  const { canAccess } = useCanAccess({ action: 'show', resource: page });
  return canAccess ? <Menu.Item to={to} primaryText={label} leftIcon={icon} /> : null;
}

/**
 * The console's menu in the order of the work: school setup, timetable, providers and their
 * contracts, evaluations and exits, then the district policy. Each item shows only when the user's
 * role may list it (resources check `canAccess` themselves).
 */
export function AppMenu() {
  return (
    <Menu>
      <Menu.DashboardItem />
      <Menu.ResourceItem name="schools" />
      <Menu.ResourceItem name="terms" />
      <Menu.ResourceItem name="staffMembers" />
      <Menu.ResourceItem name="schoolClasses" />
      <Menu.ResourceItem name="students" />
      <Menu.ResourceItem name="enrolmentApplications" />
      <PageItem page="timetable" to="/timetable" label="app.menu.timetable" icon={<CalendarViewWeekIcon />} />
      <Menu.ResourceItem name="activities" />
      <PageItem page="compliance" to="/compliance" label="app.menu.compliance" icon={<FactCheckIcon />} />
      <PageItem page="complianceOverview" to="/complianceOverview" label="app.overview.menu" icon={<TableChartIcon />} />
      <Menu.ResourceItem name="providers" />
      <Menu.ResourceItem name="contracts" />
      <Menu.ResourceItem name="evaluations" />
      <Menu.ResourceItem name="providerExits" />
      <Menu.ResourceItem name="surveys" />
      <Menu.ResourceItem name="inspections" />
      <Menu.ResourceItem name="bills" />
      <PageItem page="stipends" to="/stipends" label="app.money.stipends.menu" icon={<PaidIcon />} />
      <PageItem page="disclosures" to="/disclosures" label="app.money.disclosures.menu" icon={<CampaignIcon />} />
      <Menu.Item to="/policy" primaryText="app.menu.policy" leftIcon={<GavelIcon />} />
    </Menu>
  );
}
