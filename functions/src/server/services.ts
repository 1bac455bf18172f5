import { join } from 'node:path';
import { createActivityRepository } from '../activities/activityRepository';
import { createActivityService } from '../activities/activityService';
import { createBookingRepository } from '../activities/bookingRepository';
import { createAuditRepository } from '../audit/auditRepository';
import { secret } from '../auth/localTokens';
import { createComplianceService } from '../compliance/complianceService';
import { createContractRepository } from '../contracts/contractRepository';
import { createContractService } from '../contracts/contractService';
import type { Db } from '../db/client';
import { createDocumentRepository } from '../documents/documentRepository';
import { createDocumentService } from '../documents/documentService';
import { createLocalStorage } from '../documents/localStorage';
import { createS3Storage } from '../documents/s3Storage';
import type { DocumentStorage } from '../documents/storage';
import { createEvaluationRepository } from '../evaluations/evaluationRepository';
import { createEvaluationService } from '../evaluations/evaluationService';
import { dataDir } from '../local/paths';
import { createPolicyRepository } from '../policy/policyRepository';
import { createPolicyService } from '../policy/policyService';
import { createProviderRepository } from '../providers/providerRepository';
import { createProviderService } from '../providers/providerService';
import { createSchoolRepository } from '../schools/schoolRepository';
import { createSchoolService } from '../schools/schoolService';
import { createTermRepository } from '../terms/termRepository';
import { createTermService } from '../terms/termService';

/** S3 when deployed (`DOCUMENTS_BUCKET`), else files under `.data/documents` served by the local server. */
export function storageFromEnv(): DocumentStorage {
  const bucket = process.env.DOCUMENTS_BUCKET;
  return bucket ? createS3Storage(bucket) : createLocalStorage(join(dataDir(), 'documents'), secret());
}

/** Repositories (the only code touching DynamoDB) and the domain services built on them, once per process. */
export function createServices(db: Db, storage: DocumentStorage = storageFromEnv()) {
  const repositories = {
    audit: createAuditRepository(db),
    policies: createPolicyRepository(db),
    schools: createSchoolRepository(db),
    terms: createTermRepository(db),
    providers: createProviderRepository(db),
    documents: createDocumentRepository(db),
    contracts: createContractRepository(db),
    activities: createActivityRepository(db),
    bookings: createBookingRepository(db),
    evaluations: createEvaluationRepository(db),
  };
  const policy = createPolicyService(repositories);
  const shared = { ...repositories, policy };
  return {
    db,
    storage,
    repositories,
    policy,
    schools: createSchoolService(shared),
    terms: createTermService(shared),
    providers: createProviderService(shared),
    documents: createDocumentService({ ...shared, storage }),
    contracts: createContractService(shared),
    activities: createActivityService(shared),
    evaluations: createEvaluationService(shared),
    compliance: createComplianceService(shared),
  };
}

export type Services = ReturnType<typeof createServices>;
