import AssignmentIndIcon from '@mui/icons-material/AssignmentInd';
import { lazy } from 'react';

// Pages load on first visit, keeping them out of the first bundle.
const page = <K extends 'ApplicationList' | 'ApplicationShow'>(name: K) => lazy(() => import('./ApplicationPages').then((m) => ({ default: m[name] })));

export default {
  list: page('ApplicationList'),
  show: page('ApplicationShow'),
  icon: AssignmentIndIcon,
};
