import type { RecordAccess } from '../access/recordAccess';
import type { ActivityRepository } from '../activities/activityRepository';
import type { AuditRepository } from '../audit/auditRepository';
import type { CalendarService } from '../calendar/calendarService';
import type { RollCallRepository } from '../care/rollCallRepository';
import type { ComplianceMarks } from '../compliance/complianceMarks';
import type { ContractRepository } from '../contracts/contractRepository';
import type { Db } from '../db/client';
import type { BillRepository } from '../money/billRepository';
import type { DisclosureRepository } from '../money/disclosureRepository';
import type { ProviderStatementRepository } from '../money/providerStatementRepository';
import type { StipendRepository } from '../money/stipendRepository';
import type { PolicyService } from '../policy/policyService';
import type { ProviderRepository } from '../providers/providerRepository';
import type { SchoolRepository } from '../schools/schoolRepository';
import type { TermRepository } from '../terms/termRepository';
import { lazyService } from './lazyService';
import type { AsyncMethods, PeopleRepositories } from './peopleServices';

/**
 * The repositories of money (bills and fund allocations, stipend sheets, disclosures), their code and entities loaded on
 * first use: every method returns a promise, so each waits for its module (a cold start loads none of them).
 */
export const moneyRepositories = (db: Db) => ({
  bills: lazyService<BillRepository>(async () => (await import('../money/billRepository')).createBillRepository(db)),
  stipendSheets: lazyService<StipendRepository>(async () => (await import('../money/stipendRepository')).createStipendRepository(db)),
  disclosures: lazyService<DisclosureRepository>(async () => (await import('../money/disclosureRepository')).createDisclosureRepository(db)),
  providerStatements: lazyService<ProviderStatementRepository>(async () =>
    (await import('../money/providerStatementRepository')).createProviderStatementRepository(db),
  ),
});

export interface MoneyDeps extends ReturnType<typeof moneyRepositories> {
  /** The people repositories (students, staff), loaded on first use (see peopleServices.ts). */
  loadPeople: () => Promise<PeopleRepositories>;
  terms: TermRepository;
  schools: SchoolRepository;
  activities: ActivityRepository;
  contracts: ContractRepository;
  providers: ProviderRepository;
  rollCalls: AsyncMethods<RollCallRepository>;
  policy: PolicyService;
  calendar: CalendarService;
  audit: AuditRepository;
  access: RecordAccess;
  complianceMarks: ComplianceMarks;
  maxTransactionItems?: number;
}

/**
 * The money services (fees, funds, stipends, disclosure), composed once per process (see services.ts), each loaded on
 * its first call (lazyService) so a cold start carries none of their code. Sessions held are the roll calls of daily
 * care (issue 13), read only.
 */
export function createMoneyServices(deps: MoneyDeps) {
  const withPeople = async () => ({ ...deps, ...(await deps.loadPeople()) });
  const sessionsHeld = async () => (await import('../money/sessionsHeld')).sessionsFromRollCalls(deps.rollCalls);
  return {
    bills: lazyService(async () => (await import('../money/billService')).createBillService(await withPeople())),
    funds: lazyService(async () => (await import('../money/fundService')).createFundService(deps)),
    stipends: lazyService(async () =>
      (await import('../money/stipendService')).createStipendService({ ...(await withPeople()), sessionsHeld: await sessionsHeld() }),
    ),
    disclosures: lazyService(async () => (await import('../money/disclosureService')).createDisclosureService({ ...deps, sessionsHeld: await sessionsHeld() })),
    providerStatements: lazyService(async () =>
      (await import('../money/providerStatementService')).createProviderStatementService({ ...deps, sessionsHeld: await sessionsHeld() }),
    ),
  };
}
