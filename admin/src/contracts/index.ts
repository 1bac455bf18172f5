import HandshakeIcon from '@mui/icons-material/Handshake';
import { createElement, lazy } from 'react';
import { ContractTitle } from './ContractTitle';

// Pages load on first visit, keeping them out of the first bundle.
const ContractList = lazy(() => import('./ContractList').then((m) => ({ default: m.ContractList })));
const ContractShow = lazy(() => import('./ContractShow').then((m) => ({ default: m.ContractShow })));
const ContractEdit = lazy(() => import('./ContractEdit').then((m) => ({ default: m.ContractEdit })));
const ContractCreate = lazy(() => import('./ContractCreate').then((m) => ({ default: m.ContractCreate })));

export default {
  list: ContractList,
  show: ContractShow,
  edit: ContractEdit,
  create: ContractCreate,
  icon: HandshakeIcon,
  recordRepresentation: createElement(ContractTitle),
};
