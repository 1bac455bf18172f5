import BadgeIcon from '@mui/icons-material/Badge';
import { lazy } from 'react';

// Pages load on first visit, keeping them out of the first bundle.
const page = <K extends 'StaffList' | 'StaffShow' | 'StaffEdit' | 'StaffCreate'>(name: K) =>
  lazy(() => import('./StaffPages').then((m) => ({ default: m[name] })));

export default {
  list: page('StaffList'),
  show: page('StaffShow'),
  edit: page('StaffEdit'),
  create: page('StaffCreate'),
  icon: BadgeIcon,
  recordRepresentation: 'name',
};
