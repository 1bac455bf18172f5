import ReceiptLongIcon from '@mui/icons-material/ReceiptLong';
import { lazy } from 'react';

const BillList = lazy(() => import('./BillList').then((m) => ({ default: m.BillList })));

// Bills are made by 生成账单 and moved by payment or waiver: a list only.
export default {
  list: BillList,
  icon: ReceiptLongIcon,
};
