import type { ActivityRecord } from '../activities/activityEntity';
import type { ActivityRepository } from '../activities/activityRepository';
import { calendarOf } from '../calendar/calendarService';
import { addDays } from '../calendar/termCalendar';
import { localDate } from '../core/clock';
import type { ContractRepository } from '../contracts/contractRepository';
import { effectiveStatus } from '../contracts/contractStatus';
import { allRecords } from '../db/allRecords';
import type { CareLogRepository } from '../care/careLogRepository';
import type { DutyRotaRepository } from '../care/dutyRotaRepository';
import type { ClassRepository } from '../people/classRepository';
import type { StaffMemberRecord } from '../people/staffEntity';
import type { StaffRepository } from '../people/staffRepository';
import type { DistrictPolicyRecord } from '../policy/policyEntity';
import type { ProviderRecord } from '../providers/providerEntity';
import type { ProviderRepository } from '../providers/providerRepository';
import type { SchoolRecord } from '../schools/schoolEntity';
import type { TermRecord } from '../terms/termEntity';
import type { BillRepository } from '../money/billRepository';
import { toFen } from '../money/fees';
import { approvedCount } from '../money/fundService';
import type { ClassWithStaff, ComplianceInputs, ExtensionInputKind, TermFund } from './rules/ruleTypes';
import type { AsyncMethods } from '../server/peopleServices';

/**
 * Whether a report of this term loads the school's classes and their staff (input `classes`): only while the term has
 * not ended. Classes and staff are the school's current state, not kept per term; an ended term is not judged by
 * today's classes. Class and staff writes mark exactly these terms (schoolTermMarks.ts).
 */
export const checksClasses = (term: Pick<TermRecord, 'endDate'>, today: string) => term.endDate >= today;

/**
 * Whether a report of this term loads care logs (input `careLogs`): once the term has begun. The rule is checked only
 * when the school keeps logs on the platform (at least one in the term), from its first log on — like classes, an
 * empty record is NOT_CHECKED, never a term's worth of findings about a school that keeps its log on paper.
 */
export const checksCareLogs = (term: Pick<TermRecord, 'startDate'>, today: string) => term.startDate < today;

export interface LoadedInputs {
  inputs: ComplianceInputs;
  /**
   * The first day on which the result may change without any write: an ACTIVE contract expires (the day after its
   * end date) or a provider's staff certificate runs out. Null when nothing of it depends on the date.
   */
  validUntil: string | null;
}

/** Loads what the rules look at for one school's term: a few Queries plus one BatchGetItem of providers. */
export function createComplianceInputs(deps: {
  activities: ActivityRepository;
  contracts: ContractRepository;
  providers: ProviderRepository;
  classes: AsyncMethods<ClassRepository>;
  staff: AsyncMethods<StaffRepository>;
  careLogs?: AsyncMethods<CareLogRepository>;
  /** The duty rota: a day without a care log names its duty leader. */
  dutyRotas?: AsyncMethods<DutyRotaRepository>;
  bills?: BillRepository;
}) {
  /** The rota's leader per weekday with their names (one GetItem, one BatchGetItem); undefined without a rota. */
  async function dutyLeaders(schoolId: string) {
    const rota = await deps.dutyRotas?.ofSchool(schoolId);
    if (!rota?.days.length) return undefined;
    const members = await deps.staff.getMany([...new Set(rota.days.map((day) => day.staffId))]);
    const names = new Map(members.filter((m): m is StaffMemberRecord => m !== undefined).map((m) => [m.id, m.name]));
    return new Map(rota.days.map((day) => [day.weekday as string, { id: day.staffId, name: names.get(day.staffId) ?? '' }]));
  }

  /** Every activity of the term (a timetable has tens to a few hundred rows). */
  const timetable = (schoolId: string, termId: string): Promise<ActivityRecord[]> =>
    allRecords((after) => deps.activities.list({ schoolId, termId, first: 100, after }));

  /** The school's classes (one Query) with their class teachers (one BatchGetItem). */
  async function classesWithStaff(schoolId: string): Promise<ClassWithStaff[]> {
    const classes = await deps.classes.allOfSchool(schoolId);
    const teacherIds = [...new Set(classes.map((c) => c.classTeacherId).filter((id): id is string => Boolean(id)))];
    const teachers = new Map((await deps.staff.getMany(teacherIds)).filter((m): m is StaffMemberRecord => m !== undefined).map((m) => [m.id, m]));
    return classes.map((schoolClass) => ({ schoolClass, classTeacher: schoolClass.classTeacherId ? teachers.get(schoolClass.classTeacherId) : undefined }));
  }

  /** The year's fund against this term's enrolled students; undefined while the district has recorded none (NOT_CHECKED). */
  async function termFund(schoolId: string, term: TermRecord, policy: DistrictPolicyRecord): Promise<TermFund | undefined> {
    if (!deps.bills) return undefined;
    const fund = await deps.bills.fundOf(schoolId, term.schoolYear);
    if (!fund) return undefined;
    const enrolledCount = await approvedCount(deps.bills, schoolId, term.id);
    return { schoolYear: term.schoolYear, amountFen: fund.amountFen, enrolledCount, requiredFen: toFen(policy.operatingFundPerStudentYear) * enrolledCount };
  }

  return {
    async load(school: SchoolRecord, term: TermRecord, policy: DistrictPolicyRecord, today = localDate()): Promise<LoadedInputs> {
      const withClasses = checksClasses(term, today);
      const withCareLogs = Boolean(deps.careLogs) && checksCareLogs(term, today);
      const [rows, contracts, classes, logs, fund, leaders] = await Promise.all([
        timetable(school.id, term.id),
        allRecords((after) => deps.contracts.list({ schoolId: school.id, termId: term.id, first: 100, after })),
        withClasses ? classesWithStaff(school.id) : undefined,
        withCareLogs ? deps.careLogs!.ofRange(school.id, term.startDate, term.endDate) : undefined,
        termFund(school.id, term, policy),
        withCareLogs ? dutyLeaders(school.id) : undefined,
      ]);
      // A school with no classes on file yet has nothing to check (NOT_CHECKED, never a vacuous pass).
      const available = new Set<ExtensionInputKind>([...(classes?.length ? (['classes'] as const) : []), ...(logs?.length ? (['careLogs'] as const) : [])]);
      if (fund) available.add('funds');
      const activities = rows.filter((activity) => activity.status === 'ACTIVE');
      const providerIds = [
        ...new Set([...activities.map((a) => a.providerId), ...contracts.map((c) => c.providerId)].filter((id): id is string => Boolean(id))),
      ];
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
        available,
        classes,
        careLogDates: logs && new Set(logs.map((log) => log.date)),
        dutyLeaders: leaders,
        fund,
      };
      const turning = [
        // The day after the term's end, the class rule stops being checked (see checksClasses).
        ...(withClasses ? [term.endDate] : []),
        // Each new day may add a past service day without a care log (the rule looks at the days before today).
        ...(withCareLogs && term.endDate >= today ? [today] : []),
        ...[...known.values()].filter((c) => c.status === 'ACTIVE' && c.endDate >= today).map((c) => c.endDate),
        ...[...providers.values()]
          .flatMap((p) => p.staff.flatMap((m) => m.certificates.map((c) => c.validTo)))
          .filter((d): d is string => Boolean(d) && d! >= today),
      ].sort();
      return { inputs, validUntil: turning.length > 0 ? addDays(turning[0], 1) : null };
    },
  };
}

export type ComplianceInputsLoader = ReturnType<typeof createComplianceInputs>;
