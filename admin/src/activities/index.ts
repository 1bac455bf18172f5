import EventAvailableIcon from '@mui/icons-material/EventAvailable';
import { createElement, lazy } from 'react';
import { ActivityTitle } from './ActivityTitle';

// Pages load on first visit, keeping them out of the first bundle.
const ActivityList = lazy(() => import('./ActivityList').then((m) => ({ default: m.ActivityList })));
const ActivityShow = lazy(() => import('./ActivityShow').then((m) => ({ default: m.ActivityShow })));
const ActivityEdit = lazy(() => import('./ActivityEdit').then((m) => ({ default: m.ActivityEdit })));
const ActivityCreate = lazy(() => import('./ActivityCreate').then((m) => ({ default: m.ActivityCreate })));

export default {
  list: ActivityList,
  show: ActivityShow,
  edit: ActivityEdit,
  create: ActivityCreate,
  icon: EventAvailableIcon,
  recordRepresentation: createElement(ActivityTitle),
};
