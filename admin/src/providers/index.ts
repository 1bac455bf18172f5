import BusinessIcon from '@mui/icons-material/Business';
import { lazy } from 'react';

// Pages load on first visit, keeping them out of the first bundle.
const ProviderList = lazy(() => import('./ProviderList').then((m) => ({ default: m.ProviderList })));
const ProviderShow = lazy(() => import('./ProviderShow').then((m) => ({ default: m.ProviderShow })));
const ProviderEdit = lazy(() => import('./ProviderEdit').then((m) => ({ default: m.ProviderEdit })));
const ProviderCreate = lazy(() => import('./ProviderCreate').then((m) => ({ default: m.ProviderCreate })));

export default {
  list: ProviderList,
  show: ProviderShow,
  edit: ProviderEdit,
  create: ProviderCreate,
  icon: BusinessIcon,
  recordRepresentation: 'name',
};
