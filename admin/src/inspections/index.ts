import FactCheckIcon from '@mui/icons-material/AssignmentTurnedIn';
import { createElement, lazy } from 'react';
import { InspectionTitle } from './InspectionTitle';

// Pages load on first visit, keeping them out of the first bundle.
const InspectionList = lazy(() => import('./InspectionList').then((m) => ({ default: m.InspectionList })));
const InspectionShow = lazy(() => import('./InspectionShow').then((m) => ({ default: m.InspectionShow })));
const InspectionCreate = lazy(() => import('./InspectionCreate').then((m) => ({ default: m.InspectionCreate })));

// A record of what the inspectors found: no edit page; it moves by rectifications and closing.
export default {
  list: InspectionList,
  show: InspectionShow,
  create: InspectionCreate,
  icon: FactCheckIcon,
  recordRepresentation: createElement(InspectionTitle),
};
