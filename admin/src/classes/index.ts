import GroupsIcon from '@mui/icons-material/Groups';
import { lazy } from 'react';

// Pages load on first visit, keeping them out of the first bundle.
const page = <K extends 'ClassList' | 'ClassShow' | 'ClassEdit' | 'ClassCreate'>(name: K) =>
  lazy(() => import('./ClassPages').then((m) => ({ default: m[name] })));

export default {
  list: page('ClassList'),
  show: page('ClassShow'),
  edit: page('ClassEdit'),
  create: page('ClassCreate'),
  icon: GroupsIcon,
  recordRepresentation: 'name',
};
