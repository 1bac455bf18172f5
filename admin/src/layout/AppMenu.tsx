import GavelIcon from '@mui/icons-material/Gavel';
import { Menu } from 'react-admin';

/** Dashboard, the resources the user may list (via canAccess), then the district policy page. */
export function AppMenu() {
  return (
    <Menu>
      <Menu.DashboardItem />
      <Menu.ResourceItems />
      <Menu.Item to="/policy" primaryText="app.menu.policy" leftIcon={<GavelIcon />} />
    </Menu>
  );
}
