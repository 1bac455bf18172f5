import EventNoteIcon from '@mui/icons-material/EventNote';
import { createElement, lazy } from 'react';
import { TermTitle } from './TermTitle';

// Pages load on first visit, keeping them out of the first bundle.
const TermList = lazy(() => import('./TermList').then((m) => ({ default: m.TermList })));
const TermShow = lazy(() => import('./TermShow').then((m) => ({ default: m.TermShow })));
const TermEdit = lazy(() => import('./TermEdit').then((m) => ({ default: m.TermEdit })));
const TermCreate = lazy(() => import('./TermCreate').then((m) => ({ default: m.TermCreate })));

export default {
  list: TermList,
  show: TermShow,
  edit: TermEdit,
  create: TermCreate,
  icon: EventNoteIcon,
  recordRepresentation: createElement(TermTitle),
};
