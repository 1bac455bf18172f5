import EventNoteIcon from '@mui/icons-material/EventNote';
import NotificationsActiveIcon from '@mui/icons-material/NotificationsActive';
import { lazy } from 'react';

const AlertList = lazy(() => import('./AlertList').then((m) => ({ default: m.AlertList })));
const CareLogList = lazy(() => import('./CareLogList').then((m) => ({ default: m.CareLogList })));
const CareLogShow = lazy(() => import('./CareLogList').then((m) => ({ default: m.CareLogShow })));

// Alerts are raised by roll calls and the alert job and resolved in the list: a list only.
export const alerts = { list: AlertList, icon: NotificationsActiveIcon };
// Care logs are written by the duty leader: read here.
export const careLogs = { list: CareLogList, show: CareLogShow, icon: EventNoteIcon };
