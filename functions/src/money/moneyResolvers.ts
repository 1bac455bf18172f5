import type { BillResolvers, FundAllocationResolvers, MutationResolvers, QueryResolvers, BillGenerationResolvers } from '../generated/resolvers';
import { toYuan } from './fees';

export const moneyQueries: Pick<QueryResolvers, 'bill' | 'bills' | 'fundAllocation'> = {
  bill: (_parent, { id }, { viewer, services }) => services.bills.get(viewer, id),
  bills: (_parent, args, { viewer, services }) => services.bills.list(viewer, args),
  fundAllocation: (_parent, { schoolId, schoolYear }, { viewer, services }) => services.funds.get(viewer, schoolId, schoolYear),
};

export const moneyMutations: Pick<MutationResolvers, 'generateBills' | 'recordPayment' | 'waiveBill' | 'setFundAllocation'> = {
  generateBills: (_parent, { schoolId, month }, { viewer, services }) => services.bills.generate(viewer, schoolId, month),
  recordPayment: (_parent, { billId, reference, expectedVersion }, { viewer, services }) => services.bills.recordPayment(viewer, billId, reference, expectedVersion),
  waiveBill: (_parent, { billId, reason, expectedVersion }, { viewer, services }) => services.bills.waive(viewer, billId, reason, expectedVersion),
  setFundAllocation: (_parent, { schoolId, schoolYear, amount, expectedVersion }, { viewer, services }) => services.funds.set(viewer, schoolId, schoolYear, amount, expectedVersion),
};

export const billFields: BillResolvers = {
  unitFee: (bill) => toYuan(bill.unitFeeFen),
  fullAmount: (bill) => toYuan(bill.fullFen),
  discount: (bill) => toYuan(bill.discountFen),
  amount: (bill) => toYuan(bill.amountFen),
  refund: (bill) => toYuan(bill.refundFen ?? 0),
  netAmount: (bill) => toYuan(bill.amountFen - (bill.refundFen ?? 0)),
  refundReference: (bill) => bill.refundReference ?? null,
  paymentReference: (bill) => bill.paymentReference ?? null,
  paidAt: (bill) => bill.paidAt ?? null,
  waivedReason: (bill) => bill.waivedReason ?? null,
  waivedAt: (bill) => bill.waivedAt ?? null,
};

export const billGenerationFields: BillGenerationResolvers = {
  totalAmount: (generation) => toYuan(generation.totalFen),
};

export const fundAllocationFields: FundAllocationResolvers = {
  amount: (fund) => toYuan(fund.amountFen),
  requiredAmount: (fund) => toYuan(fund.requiredFen),
  belowMinimum: (fund) => fund.amountFen < fund.requiredFen,
};
