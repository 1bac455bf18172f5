import ExitToAppIcon from '@mui/icons-material/ExitToApp';
import { lazy } from 'react';

// Pages load on first visit, keeping them out of the first bundle.
const ExitList = lazy(() => import('./ExitList').then((m) => ({ default: m.ExitList })));
const ExitShow = lazy(() => import('./ExitShow').then((m) => ({ default: m.ExitShow })));

// A case is opened from a provider or a weak evaluation (with its context), never from a blank form.
export default {
  list: ExitList,
  show: ExitShow,
  icon: ExitToAppIcon,
  // The page title names the provider leaving.
  recordRepresentation: (exit: { provider?: { name: string } }) => exit.provider?.name ?? '',
};
