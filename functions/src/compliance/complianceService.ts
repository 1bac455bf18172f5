import type { CareLogRepository } from '../care/careLogRepository';
import type { DutyRotaRepository } from '../care/dutyRotaRepository';
import type { ActivityRepository } from '../activities/activityRepository';
import { requireSchoolAccess } from '../auth/access';
import type { Viewer } from '../auth/viewer';
import type { ContractRepository } from '../contracts/contractRepository';
import { badInput, notFound } from '../core/errors';
import type { PolicyService } from '../policy/policyService';
import type { ProviderRepository } from '../providers/providerRepository';
import type { SchoolRecord } from '../schools/schoolEntity';
import type { SchoolRepository } from '../schools/schoolRepository';
import type { TermRecord } from '../terms/termEntity';
import type { TermRepository } from '../terms/termRepository';
import type { DistrictPolicyRecord } from '../policy/policyEntity';
import type { ClassRepository } from '../people/classRepository';
import type { StaffRepository } from '../people/staffRepository';
import type { BillRepository } from '../money/billRepository';
import { createComplianceInputs } from './complianceInputs';
import { evaluateCompliance } from './complianceRules';
import type { AsyncMethods } from '../server/peopleServices';

export function createComplianceService(deps: {
  activities: ActivityRepository;
  contracts: ContractRepository;
  providers: ProviderRepository;
  schools: SchoolRepository;
  terms: TermRepository;
  policy: PolicyService;
  classes: AsyncMethods<ClassRepository>;
  staff: AsyncMethods<StaffRepository>;
  careLogs?: AsyncMethods<CareLogRepository>;
  dutyRotas?: AsyncMethods<DutyRotaRepository>;
  /** Bills and fund allocations (the operating-fund rule); absent: that rule is NOT_CHECKED. */
  bills?: BillRepository;
}) {
  const inputs = createComplianceInputs(deps);

  /** The report of a school's term, computed from the live records (no access check: callers have done it). */
  async function compute(school: SchoolRecord, term: TermRecord, policy: DistrictPolicyRecord) {
    const loaded = await inputs.load(school, term, policy);
    const { days, rules, issues } = evaluateCompliance(loaded.inputs);
    return {
      schoolId: school.id,
      termId: term.id,
      compliant: issues.length === 0,
      days,
      rules,
      issues,
      serviceDayCount: [...loaded.inputs.datesByWeekday.values()].reduce((sum, dates) => sum + dates.length, 0),
      minDailyMinutes: policy.minDailyMinutes,
      lateCareEndsNotBefore: policy.lateCareEndsNotBefore,
      minHomeworkGroupSize: policy.minHomeworkGroupSize,
      serviceEndsBy: policy.serviceEndsBy ?? null,
      validUntil: loaded.validUntil,
    };
  }

  return {
    compute,

    /** Every rule of SPEC §3.3 and §3.9 for a school's term (DISTRICT_ADMIN, or that school's SCHOOL_ADMIN). */
    async report(viewer: Viewer | null, schoolId: string, termId: string) {
      requireSchoolAccess(viewer, schoolId);
      const [school, term, policy] = await Promise.all([deps.schools.get(schoolId), deps.terms.get(termId), deps.policy.current()]);
      if (!school) throw notFound('School', schoolId);
      if (!term || term.schoolId !== schoolId) throw badInput('termId', 'termId must be a term of this school', { reason: 'WRONG_RECORD' });
      return compute(school, term, policy);
    },
  };
}

export type ComplianceService = ReturnType<typeof createComplianceService>;
export type ComplianceReportView = Awaited<ReturnType<ComplianceService['compute']>>;
