import PollIcon from '@mui/icons-material/Poll';
import { lazy } from 'react';

// Pages load on first visit, keeping them out of the first bundle.
const SurveyList = lazy(() => import('./SurveyList').then((m) => ({ default: m.SurveyList })));
const SurveyShow = lazy(() => import('./SurveyShow').then((m) => ({ default: m.SurveyShow })));
const SurveyEdit = lazy(() => import('./SurveyEdit').then((m) => ({ default: m.SurveyEdit })));
const SurveyCreate = lazy(() => import('./SurveyCreate').then((m) => ({ default: m.SurveyCreate })));

export default {
  list: SurveyList,
  show: SurveyShow,
  edit: SurveyEdit,
  create: SurveyCreate,
  icon: PollIcon,
  recordRepresentation: 'title',
};
