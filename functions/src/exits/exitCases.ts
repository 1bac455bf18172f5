import type { RecordAccess } from '../access/recordAccess';
import type { ActivityRepository } from '../activities/activityRepository';
import type { Viewer } from '../auth/viewer';
import type { AuditRepository } from '../audit/auditRepository';
import type { AuditSummary } from '../audit/auditSummaries';
import type { ComplianceMarks } from '../compliance/complianceMarks';
import type { ContractRepository } from '../contracts/contractRepository';
import { notFound } from '../core/errors';
import type { EvaluationRepository } from '../evaluations/evaluationRepository';
import type { PolicyService } from '../policy/policyService';
import type { ProviderRecord } from '../providers/providerEntity';
import type { ProviderRepository } from '../providers/providerRepository';
import type { TermRepository } from '../terms/termRepository';
import type { ProviderExitRecord } from './exitEntity';
import type { ExitRepository } from './exitRepository';
import type { TransitionDeps } from './exitTransition';

// What opening a case and running its workflow both need: the dependencies, loading a case or its provider, and the
// case's audit entry. Kept apart so exitOpening and exitWorkflow do not import each other.

export const SYSTEM_VIEWER: Viewer = { sub: 'system', role: 'DISTRICT_ADMIN' };

/** Providers an exit case can be opened for. */
export const exitableStatuses = ['APPROVED', 'SUSPENDED'];

export interface ExitServiceDeps extends TransitionDeps {
  exits: ExitRepository;
  providers: ProviderRepository;
  contracts: ContractRepository;
  activities: ActivityRepository;
  terms: TermRepository;
  evaluations: EvaluationRepository;
  audit: AuditRepository;
  policy: PolicyService;
  access: RecordAccess;
  /** Items per DynamoDB transaction (100 on AWS); lower in tests to exercise resumable completion. */
  maxTransactionItems?: number;
  /** Marks the school terms whose contracts completion terminates, for the compliance overview. */
  complianceMarks: ComplianceMarks;
}

export function createExitCases(deps: ExitServiceDeps) {
  const { exits, providers, audit } = deps;

  async function load(id: string) {
    const record = await exits.get(id);
    if (!record) throw notFound('ProviderExit', id);
    return record;
  }

  async function loadProvider(id: string): Promise<ProviderRecord> {
    const provider = await providers.get(id);
    if (!provider) throw notFound('Provider', id);
    return provider;
  }

  const caseAudit = (viewer: Viewer, action: string, record: ProviderExitRecord, said: AuditSummary, before?: object) =>
    audit.entry({ viewer, action, entityType: 'ProviderExit', entityId: record.id, summary: said, before, after: record });

  return { load, loadProvider, caseAudit };
}

export type ExitCases = ReturnType<typeof createExitCases>;
