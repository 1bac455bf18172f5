import type {
  BillResolvers,
  FundAllocationResolvers,
  MutationResolvers,
  QueryResolvers,
  BillGenerationResolvers,
  StipendSheetResolvers,
  StipendRowResolvers,
  StipendAdjustmentResolvers,
  ProviderStatementResolvers,
  ProviderStatementLineResolvers,
  ProviderStatementAdjustmentResolvers,
  DisclosureContentResolvers,
  DisclosedProviderResolvers,
  DisclosedContractResolvers,
} from '../generated/resolvers';
import { sheetTotalFen, statementTotalFen } from './stipends';
import { toYuan } from './fees';
import { withNodeIds } from './adjustmentIds';

export const moneyQueries: Pick<
  QueryResolvers,
  'bill' | 'bills' | 'fundAllocation' | 'stipendSheet' | 'providerStatement' | 'disclosures' | 'publicDisclosure'
> = {
  disclosures: (_parent, args, { viewer, services }) => services.disclosures.list(viewer, args),
  publicDisclosure: (_parent, { accessCode }, { services }) => services.disclosures.publicView(accessCode),
  stipendSheet: (_parent, { schoolId, month }, { viewer, services }) => services.stipends.sheet(viewer, schoolId, month),
  providerStatement: (_parent, { providerId, month }, { viewer, services }) => services.providerStatements.statement(viewer, providerId, month),
  bill: (_parent, { id }, { viewer, services }) => services.bills.get(viewer, id),
  bills: (_parent, args, { viewer, services }) => services.bills.list(viewer, args),
  fundAllocation: (_parent, { schoolId, schoolYear }, { viewer, services }) => services.funds.get(viewer, schoolId, schoolYear),
};

export const moneyMutations: Pick<
  MutationResolvers,
  | 'generateBills'
  | 'recordPayment'
  | 'waiveBill'
  | 'setFundAllocation'
  | 'confirmStipendSheet'
  | 'addStipendAdjustment'
  | 'confirmProviderStatement'
  | 'addProviderStatementAdjustment'
  | 'publishDisclosure'
> = {
  publishDisclosure: (_parent, { schoolId, termId }, { viewer, services }) => services.disclosures.publish(viewer, schoolId, termId),
  confirmStipendSheet: (_parent, { id, expectedVersion }, { viewer, services }) => services.stipends.confirm(viewer, id, expectedVersion),
  addStipendAdjustment: (_parent, { id, expectedVersion, ...input }, { viewer, services }) => services.stipends.adjust(viewer, id, input, expectedVersion),
  confirmProviderStatement: (_parent, { id, expectedVersion }, { viewer, services }) => services.providerStatements.confirm(viewer, id, expectedVersion),
  addProviderStatementAdjustment: (_parent, { id, expectedVersion, ...input }, { viewer, services }) =>
    services.providerStatements.adjust(viewer, id, input, expectedVersion),
  generateBills: (_parent, { schoolId, month }, { viewer, services }) => services.bills.generate(viewer, schoolId, month),
  recordPayment: (_parent, { billId, reference, expectedVersion }, { viewer, services }) =>
    services.bills.recordPayment(viewer, billId, reference, expectedVersion),
  waiveBill: (_parent, { billId, reason, expectedVersion }, { viewer, services }) => services.bills.waive(viewer, billId, reason, expectedVersion),
  setFundAllocation: (_parent, { schoolId, schoolYear, amount, expectedVersion }, { viewer, services }) =>
    services.funds.set(viewer, schoolId, schoolYear, amount, expectedVersion),
};

export const billFields: BillResolvers = {
  student: async (bill, _args, { loaders }) => (await loaders.student.load(bill.studentId)) ?? null,
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

/** Hours from minutes, two decimals at most (a 45-minute session is 0.75 h). */
const hoursOf = (minutes: number) => Math.round((minutes / 60) * 100) / 100;

export const stipendSheetFields: StipendSheetResolvers = {
  rate: (sheet) => toYuan(sheet.rateFen),
  total: (sheet) => toYuan(sheetTotalFen(sheet)),
  adjustments: (sheet) => withNodeIds('StipendAdjustment', sheet.id, sheet.adjustments),
  confirmedAt: (sheet) => sheet.confirmedAt ?? null,
};

export const stipendRowFields: StipendRowResolvers = {
  staffId: (row) => row.staffId ?? null,
  hours: (row) => hoursOf(row.minutes),
  amount: (row) => toYuan(row.amountFen),
};

export const stipendAdjustmentFields: StipendAdjustmentResolvers = {
  staffId: (line) => line.staffId ?? null,
  amount: (line) => toYuan(line.amountFen),
};

export const providerStatementFields: ProviderStatementResolvers = {
  total: (statement) => toYuan(statementTotalFen(statement)),
  adjustments: (statement) => withNodeIds('ProviderStatementAdjustment', statement.id, statement.adjustments),
  confirmedAt: (statement) => statement.confirmedAt ?? null,
};

export const providerStatementAdjustmentFields: ProviderStatementAdjustmentResolvers = {
  amount: (line) => toYuan(line.amountFen),
};

export const providerStatementLineFields: ProviderStatementLineResolvers = {
  hours: (line) => hoursOf(line.minutes),
  ratePerHour: (line) => toYuan(line.rateFen),
  amount: (line) => toYuan(line.amountFen),
};

const yuanOrNull = (fen: number | null) => (fen == null ? null : toYuan(fen));

export const disclosureContentFields: DisclosureContentResolvers = {
  serviceDays: (content) => content.serviceDays as never,
  times: (content) => content.times as never,
  activities: (content) => content.activities as never,
  feeModel: (content) => content.feeModel as never,
  monthlyFee: (content) => yuanOrNull(content.monthlyFeeFen),
  dailyFee: (content) => yuanOrNull(content.dailyFeeFen),
  billedAmount: (content) => toYuan(content.billedFen),
  discountAmount: (content) => toYuan(content.discountFen),
  refundAmount: (content) => toYuan(content.refundFen),
  stipendRate: (content) => toYuan(content.stipendRateFen),
  stipendPaid: (content) => toYuan(content.stipendPaidFen),
  providers: (content) => content.providers as never,
  fundAllocated: (content) => toYuan(content.fundAllocatedFen),
  fundSpent: (content) => toYuan(content.fundSpentFen),
};

export const disclosedProviderFields: DisclosedProviderResolvers = {
  heldAmount: (provider) => toYuan((provider as unknown as { heldAmountFen: number }).heldAmountFen),
};

export const disclosedContractFields: DisclosedContractResolvers = {
  ratePerHour: (contract) => toYuan((contract as unknown as { ratePerHourFen: number }).ratePerHourFen),
  totalAmount: (contract) => toYuan((contract as unknown as { totalAmountFen: number }).totalAmountFen),
};
