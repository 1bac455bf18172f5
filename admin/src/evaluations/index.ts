import GradingIcon from '@mui/icons-material/Grading';
import { createElement, lazy } from 'react';
import { EvaluationTitle } from './EvaluationTitle';

// Pages load on first visit, keeping them out of the first bundle.
const EvaluationList = lazy(() => import('./EvaluationList').then((m) => ({ default: m.EvaluationList })));
const EvaluationShow = lazy(() => import('./EvaluationShow').then((m) => ({ default: m.EvaluationShow })));
const EvaluationCreate = lazy(() => import('./EvaluationCreate').then((m) => ({ default: m.EvaluationCreate })));

// Append-only: no edit page (a correction is a new evaluation).
export default {
  list: EvaluationList,
  show: EvaluationShow,
  create: EvaluationCreate,
  icon: GradingIcon,
  recordRepresentation: createElement(EvaluationTitle),
};
