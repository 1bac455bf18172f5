import ChildCareIcon from '@mui/icons-material/ChildCare';
import { lazy } from 'react';

// Pages load on first visit, keeping them out of the first bundle.
const page = <K extends 'StudentList' | 'StudentShow' | 'StudentEdit' | 'StudentCreate'>(name: K) =>
  lazy(() => import('./StudentPages').then((m) => ({ default: m[name] })));

export default {
  list: page('StudentList'),
  show: page('StudentShow'),
  edit: page('StudentEdit'),
  create: page('StudentCreate'),
  icon: ChildCareIcon,
  recordRepresentation: 'name',
};
