import type { ActivityRecord } from '../activities/activityEntity';
import type { ActivityRepository } from '../activities/activityRepository';
import { calendarOf } from '../calendar/calendarService';
import { addDays } from '../calendar/termCalendar';
import { localDate } from '../core/clock';
import type { ContractRepository } from '../contracts/contractRepository';
import { effectiveStatus } from '../contracts/contractService';
import { allRecords } from '../db/allRecords';
import type { DistrictPolicyRecord } from '../policy/policyEntity';
import type { ProviderRecord } from '../providers/providerEntity';
import type { ProviderRepository } from '../providers/providerRepository';
import type { SchoolRecord } from '../schools/schoolEntity';
import type { TermRecord } from '../terms/termEntity';
import type { ComplianceInputs, ExtensionInputKind } from './rules/ruleTypes';

/**
 * Extension inputs this deployment loads. Empty until the people and daily-care records exist: then add
 * `classes` / `careLogs` here (and to ComplianceInputs) and the rules that need them start to be checked.
 */
const availableInputs: ReadonlySet<ExtensionInputKind> = new Set();

export interface LoadedInputs {
  inputs: ComplianceInputs;
  /**
   * The first day on which the result may change without any write: an ACTIVE contract expires (the day after its
   * end date) or a provider's staff certificate runs out. Null when nothing of it depends on the date.
   */
  validUntil: string | null;
}

/** Loads what the rules look at for one school's term: a few Queries plus one BatchGetItem of providers. */
export function createComplianceInputs(deps: { activities: ActivityRepository; contracts: ContractRepository; providers: ProviderRepository }) {
  /** Every activity of the term (a timetable has tens to a few hundred rows). */
  const timetable = (schoolId: string, termId: string): Promise<ActivityRecord[]> =>
    allRecords((after) => deps.activities.list({ schoolId, termId, first: 100, after }));

  return {
    async load(school: SchoolRecord, term: TermRecord, policy: DistrictPolicyRecord, today = localDate()): Promise<LoadedInputs> {
      const [rows, contracts] = await Promise.all([
        timetable(school.id, term.id),
        allRecords((after) => deps.contracts.list({ schoolId: school.id, termId: term.id, first: 100, after })),
      ]);
      const activities = rows.filter((activity) => activity.status === 'ACTIVE');
      const providerIds = [...new Set([...activities.map((a) => a.providerId), ...contracts.map((c) => c.providerId)].filter((id): id is string => Boolean(id)))];
      const providers = new Map((await deps.providers.getMany(providerIds)).filter((p): p is ProviderRecord => p !== undefined).map((p) => [p.id, p]));
      // An activity's contract is normally among the term's; any other one is looked up too (one BatchGetItem).
      const known = new Map(contracts.map((contract) => [contract.id, contract]));
      const foreignIds = [...new Set(activities.map((a) => a.contractId).filter((id): id is string => Boolean(id) && !known.has(id!)))];
      if (foreignIds.length > 0) for (const contract of await deps.contracts.getMany(foreignIds)) if (contract) known.set(contract.id, contract);

      const calendar = calendarOf(term, policy);
      const datesByWeekday = calendar.datesByTimetable();
      const inputs: ComplianceInputs = {
        policy,
        school,
        term,
        calendar,
        datesByWeekday,
        serviceWeekdays: policy.serviceDays.filter((weekday) => (datesByWeekday.get(weekday)?.length ?? 0) > 0),
        activities,
        contracts,
        contractStatus: (id) => {
          const contract = id ? known.get(id) : undefined;
          return contract && effectiveStatus(contract, today);
        },
        providers,
        today,
        available: availableInputs,
      };
      const turning = [
        ...[...known.values()].filter((c) => c.status === 'ACTIVE' && c.endDate >= today).map((c) => c.endDate),
        ...[...providers.values()].flatMap((p) => p.staff.flatMap((m) => m.certificates.map((c) => c.validTo))).filter((d): d is string => Boolean(d) && d! >= today),
      ].sort();
      return { inputs, validUntil: turning.length > 0 ? addDays(turning[0], 1) : null };
    },
  };
}

export type ComplianceInputsLoader = ReturnType<typeof createComplianceInputs>;
