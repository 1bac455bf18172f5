import { requireSchoolAccess } from '../auth/access';
import type { Viewer } from '../auth/viewer';
import { badInput } from '../core/errors';
import type { ActivityRepository } from '../activities/activityRepository';
import type { ActivityRecord } from '../activities/activityEntity';
import type { ContractRepository } from '../contracts/contractRepository';
import { effectiveStatus } from '../contracts/contractService';
import type { PolicyService } from '../policy/policyService';
import type { TermRepository } from '../terms/termRepository';
import { evaluateCompliance } from './complianceRules';

export function createComplianceService(deps: { activities: ActivityRepository; contracts: ContractRepository; terms: TermRepository; policy: PolicyService }) {
  const { activities, contracts, terms, policy } = deps;

  /** Every activity of a school's term (a timetable has tens to a few hundred rows: page through them all). */
  async function timetable(schoolId: string, termId: string): Promise<ActivityRecord[]> {
    const rows: ActivityRecord[] = [];
    let after: string | null = null;
    do {
      const page = await activities.list({ schoolId, termId, first: 100, after });
      rows.push(...page.items.map((item) => item.record));
      after = page.hasNextPage ? (page.items.at(-1)?.cursor ?? null) : null;
    } while (after);
    return rows;
  }

  return {
    async report(viewer: Viewer | null, schoolId: string, termId: string) {
      requireSchoolAccess(viewer, schoolId);
      const term = await terms.get(termId);
      if (!term || term.schoolId !== schoolId) throw badInput('termId', 'termId must be a term of this school', { reason: 'WRONG_RECORD' });
      const [rules, rows] = await Promise.all([policy.current(), timetable(schoolId, termId)]);
      const contractIds = [...new Set(rows.map((row) => row.contractId).filter((id): id is string => Boolean(id)))];
      const found = (await contracts.getMany(contractIds)).filter((contract) => contract !== undefined);
      const activeIds = new Set(found.filter((contract) => effectiveStatus(contract) === 'ACTIVE').map((contract) => contract.id));
      const { days, issues } = evaluateCompliance(rules, rows, (id) => Boolean(id && activeIds.has(id)));
      return {
        schoolId,
        termId,
        compliant: issues.length === 0,
        days,
        issues,
        minDailyMinutes: rules.minDailyMinutes,
        lateCareEndsNotBefore: rules.lateCareEndsNotBefore,
        minHomeworkGroupSize: rules.minHomeworkGroupSize,
      };
    },
  };
}

export type ComplianceService = ReturnType<typeof createComplianceService>;
