import SchoolIcon from '@mui/icons-material/School';
import { lazy } from 'react';

// Pages load on first visit, keeping them out of the first bundle.
const SchoolList = lazy(() => import('./SchoolList').then((m) => ({ default: m.SchoolList })));
const SchoolShow = lazy(() => import('./SchoolShow').then((m) => ({ default: m.SchoolShow })));
const SchoolEdit = lazy(() => import('./SchoolEdit').then((m) => ({ default: m.SchoolEdit })));
const SchoolCreate = lazy(() => import('./SchoolCreate').then((m) => ({ default: m.SchoolCreate })));

export default {
  list: SchoolList,
  show: SchoolShow,
  edit: SchoolEdit,
  create: SchoolCreate,
  icon: SchoolIcon,
  recordRepresentation: 'name',
};
