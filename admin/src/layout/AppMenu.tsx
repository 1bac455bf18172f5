import { Divider, ListSubheader } from '@mui/material';
import { createElement } from 'react';
import { Menu, useCanAccessResources, useSidebarState, useTranslate } from 'react-admin';
import { accessOf, menuGroups, type MenuEntry } from './menuGroups';

const listed = menuGroups.flatMap((group) => group.entries.map(accessOf)).filter((access) => access !== undefined);
const listResources = [...new Set(listed.filter((a) => a.action === 'list').map((a) => a.resource))];
const shownPages = [...new Set(listed.filter((a) => a.action === 'show').map((a) => a.resource))];

/** Which entries the user may open; undefined while the permissions load (nothing is drawn meanwhile). */
function useVisibleEntries() {
  const lists = useCanAccessResources({ action: 'list', resources: listResources });
  const pages = useCanAccessResources({ action: 'show', resources: shownPages });
  if (lists.isPending || pages.isPending) return undefined;
  return (entry: MenuEntry) => {
    const access = accessOf(entry);
    if (!access) return true;
    return Boolean((access.action === 'list' ? lists.canAccess : pages.canAccess)?.[access.resource]);
  };
}

function Entry({ entry }: { entry: MenuEntry }) {
  if ('resource' in entry) return <Menu.ResourceItem name={entry.resource} />;
  if (entry.to === '/') return <Menu.DashboardItem primaryText={entry.label} leftIcon={createElement(entry.icon)} />;
  return <Menu.Item to={entry.to} primaryText={entry.label} leftIcon={createElement(entry.icon)} />;
}

/**
 * The console's menu, grouped by task (menuGroups.ts): a heading per group while the sidebar is open, a rule
 * between groups when it is folded to icons. Only what the user's role may open is listed.
 */
export function AppMenu() {
  const translate = useTranslate();
  const [open] = useSidebarState();
  const visible = useVisibleEntries();
  if (!visible) return <Menu />;
  const groups = menuGroups.map((group) => ({ ...group, entries: group.entries.filter(visible) })).filter((group) => group.entries.length > 0);
  // MUI's menu list wants its items as direct children (no fragments): headings and entries in one flat array.
  const items = groups.flatMap((group, index) => [
    open ? (
      <ListSubheader
        key={`group-${group.id}`}
        component="div"
        disableSticky
        sx={{ lineHeight: '32px', mt: index === 0 ? 0 : 1, bgcolor: 'transparent', fontWeight: 600 }}
      >
        {translate(`app.menu.groups.${group.id}`)}
      </ListSubheader>
    ) : index > 0 ? (
      <Divider key={`group-${group.id}`} sx={{ my: 0.5 }} />
    ) : null,
    ...group.entries.map((entry) => <Entry key={'resource' in entry ? entry.resource : entry.to} entry={entry} />),
  ]);
  return <Menu>{items.filter(Boolean)}</Menu>;
}
