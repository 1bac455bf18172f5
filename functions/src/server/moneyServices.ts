import type { RecordAccess } from '../access/recordAccess';
import type { AuditRepository } from '../audit/auditRepository';
import type { ComplianceMarks } from '../compliance/complianceMarks';
import type { CalendarService } from '../calendar/calendarService';
import type { Db } from '../db/client';
import { createBillRepository } from '../money/billRepository';
import { createBillService } from '../money/billService';
import { createFundService } from '../money/fundService';
import { sessionsFromRollCalls } from '../money/sessionsHeld';
import { createStipendRepository } from '../money/stipendRepository';
import { createStipendService } from '../money/stipendService';
import { createDisclosureRepository } from '../money/disclosureRepository';
import { createDisclosureService } from '../money/disclosureService';
import type { ProviderRepository } from '../providers/providerRepository';
import type { ActivityRepository } from '../activities/activityRepository';
import type { RollCallRepository } from '../care/rollCallRepository';
import type { ContractRepository } from '../contracts/contractRepository';
import type { StaffRepository } from '../people/staffRepository';
import type { StudentRepository } from '../people/studentRepository';
import type { PolicyService } from '../policy/policyService';
import type { SchoolRepository } from '../schools/schoolRepository';
import type { TermRepository } from '../terms/termRepository';
import { lazyObject } from './lazyObject';

/** The repositories of money (bills, fund allocations). */
export const moneyRepositories = (db: Db) => ({
  bills: lazyObject(() => createBillRepository(db)),
  stipendSheets: lazyObject(() => createStipendRepository(db)),
  disclosures: lazyObject(() => createDisclosureRepository(db)),
});

export interface MoneyDeps extends ReturnType<typeof moneyRepositories> {
  students: StudentRepository;
  terms: TermRepository;
  schools: SchoolRepository;
  policy: PolicyService;
  calendar: CalendarService;
  audit: AuditRepository;
  access: RecordAccess;
  complianceMarks: ComplianceMarks;
  rollCalls: RollCallRepository;
  activities: ActivityRepository;
  staff: StaffRepository;
  contracts: ContractRepository;
  providers: ProviderRepository;
  maxTransactionItems?: number;
}

/** The money services (fees, funds), composed once per process (see services.ts). */
export function createMoneyServices(deps: MoneyDeps) {
  return {
    bills: createBillService(deps),
    funds: createFundService(deps),
    // Sessions held are the roll calls of daily care (issue 13), read only.
    stipends: createStipendService({ ...deps, sessionsHeld: sessionsFromRollCalls(deps.rollCalls) }),
    disclosures: createDisclosureService({ ...deps, sessionsHeld: sessionsFromRollCalls(deps.rollCalls) }),
  };
}
