import CalendarViewWeekIcon from '@mui/icons-material/CalendarViewWeek';
import CampaignIcon from '@mui/icons-material/Campaign';
import ChildCareIcon from '@mui/icons-material/ChildCare';
import PaidIcon from '@mui/icons-material/Paid';
import RequestQuoteIcon from '@mui/icons-material/RequestQuote';
import DashboardIcon from '@mui/icons-material/Dashboard';
import FactCheckIcon from '@mui/icons-material/FactCheck';
import GavelIcon from '@mui/icons-material/Gavel';
import EventNoteIcon from '@mui/icons-material/EventNote';
import TableChartIcon from '@mui/icons-material/TableChart';
import type { ComponentType } from 'react';

/**
 * One line of the menu: a react-admin resource (its list, icon and name come from `<Resource>`), or a page
 * with its route, label and icon. `access` is the `canAccess` resource checked with `show` (pages) — absent
 * means everyone signed in sees it.
 */
export type MenuEntry = { resource: string } | { to: string; label: string; icon: ComponentType; access?: string };

export interface MenuGroup {
  /** `app.menu.groups.<id>` names the group. */
  id: string;
  entries: MenuEntry[];
}

/**
 * The console's menu, grouped by task — the only place that decides what the menu shows and in which order.
 * Adding a page or resource to the menu is one line in its group; a group no entry of which the user may
 * open is not shown. Daily work first, settings last.
 */
export const menuGroups: MenuGroup[] = [
  {
    id: 'daily',
    entries: [
      { to: '/', label: 'ra.page.dashboard', icon: DashboardIcon },
      { to: '/careBoard', label: 'app.care.board.menu', icon: ChildCareIcon, access: 'careBoard' },
      { resource: 'alerts' },
      { resource: 'careLogs' },
    ],
  },
  {
    id: 'people',
    entries: [
      { resource: 'staffMembers' },
      { to: '/dutyRota', label: 'app.rota.menu', icon: EventNoteIcon, access: 'dutyRota' },
      { resource: 'schoolClasses' },
      { resource: 'students' },
      { resource: 'enrolmentApplications' },
    ],
  },
  {
    id: 'timetable',
    entries: [
      { to: '/timetable', label: 'app.menu.timetable', icon: CalendarViewWeekIcon, access: 'timetable' },
      { resource: 'activities' },
      { to: '/compliance', label: 'app.menu.compliance', icon: FactCheckIcon, access: 'compliance' },
      { to: '/complianceOverview', label: 'app.overview.menu', icon: TableChartIcon, access: 'complianceOverview' },
      { resource: 'inspections' },
    ],
  },
  {
    id: 'providers',
    entries: [{ resource: 'providers' }, { resource: 'contracts' }, { resource: 'evaluations' }, { resource: 'providerExits' }],
  },
  {
    id: 'money',
    entries: [
      { resource: 'bills' },
      { to: '/stipends', label: 'app.money.stipends.menu', icon: PaidIcon, access: 'stipends' },
      { to: '/providerStatements', label: 'app.money.statements.menu', icon: RequestQuoteIcon, access: 'providerStatements' },
      { to: '/disclosures', label: 'app.money.disclosures.menu', icon: CampaignIcon, access: 'disclosures' },
    ],
  },
  {
    id: 'surveys',
    entries: [{ resource: 'surveys' }],
  },
  {
    id: 'settings',
    entries: [{ resource: 'schools' }, { resource: 'terms' }, { to: '/policy', label: 'app.menu.policy', icon: GavelIcon, access: 'districtPolicy' }],
  },
];

/** The resource `canAccess` checks for an entry (`list` for resources, `show` for pages). */
export function accessOf(entry: MenuEntry): { resource: string; action: 'list' | 'show' } | undefined {
  if ('resource' in entry) return { resource: entry.resource, action: 'list' };
  return entry.access ? { resource: entry.access, action: 'show' } : undefined;
}
