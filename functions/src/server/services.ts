import { join } from 'node:path';
import { createRecordAccess } from '../access/recordAccess';
import { createRelations } from '../access/relations';
import { createActivityRepository } from '../activities/activityRepository';
import { createActivityService } from '../activities/activityService';
import { createBookingRepository } from '../activities/bookingRepository';
import { createAuditRepository } from '../audit/auditRepository';
import { secret } from '../auth/localTokens';
import { createComplianceService } from '../compliance/complianceService';
import { createContractRepository } from '../contracts/contractRepository';
import { createContractService } from '../contracts/contractService';
import type { Db } from '../db/client';
import { createDashboardService } from '../dashboard/dashboardService';
import { createDocumentRepository } from '../documents/documentRepository';
import { createDocumentService } from '../documents/documentService';
import { createImportService } from '../imports/importService';
import { createLocalStorage } from '../documents/localStorage';
import { createS3Storage } from '../documents/s3Storage';
import type { DocumentStorage } from '../documents/storage';
import { createEvaluationRepository } from '../evaluations/evaluationRepository';
import { createEvaluationService } from '../evaluations/evaluationService';
import { createExitRepository } from '../exits/exitRepository';
import { createExitService } from '../exits/exitService';
import { resolveActivity } from '../exits/exitTransition';
import { createExitTriggers } from '../exits/exitTriggers';
import { dataDir } from '../local/paths';
import { createPolicyRepository } from '../policy/policyRepository';
import { createPolicyService } from '../policy/policyService';
import { createProviderRepository } from '../providers/providerRepository';
import { createProviderService } from '../providers/providerService';
import { createSchoolRepository } from '../schools/schoolRepository';
import { createSchoolService } from '../schools/schoolService';
import { createTermRepository } from '../terms/termRepository';
import { createAnswerService } from '../surveys/answerService';
import { createResponseRepository } from '../surveys/responseRepository';
import { createSurveyRepository } from '../surveys/surveyRepository';
import { createSurveyService } from '../surveys/surveyService';
import { createTermService } from '../terms/termService';
import { createPeopleServices, peopleRepositories } from './peopleServices';

/** S3 when deployed (`DOCUMENTS_BUCKET`), else files under `.data/documents` served by the local server. */
export function storageFromEnv(): DocumentStorage {
  const bucket = process.env.DOCUMENTS_BUCKET;
  return bucket ? createS3Storage(bucket) : createLocalStorage(join(dataDir(), 'documents'), secret);
}

export interface ServiceOptions {
  /** Items per DynamoDB transaction for resumable multi-step writes (100 on AWS; lower in tests). */
  maxTransactionItems?: number;
}

/** Repositories (the only code touching DynamoDB) and the domain services built on them, once per process. */
export function createServices(db: Db, storage: DocumentStorage = storageFromEnv(), options: ServiceOptions = {}) {
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
    exits: createExitRepository(db),
    surveys: createSurveyRepository(db),
    responses: createResponseRepository(db),
    ...peopleRepositories(db),
  };
  const policy = createPolicyService(repositories);
  const access = createRecordAccess({ ...repositories, relations: createRelations(repositories) });
  const shared = { ...repositories, policy, access };
  const people = createPeopleServices({ db, ...shared, maxTransactionItems: options.maxTransactionItems });
  const exits = createExitService({ ...shared, maxTransactionItems: options.maxTransactionItems });
  const exitTriggers = createExitTriggers({ exits, policy, providers: repositories.providers });
  const compliance = createComplianceService(shared);
  const schoolService = createSchoolService(shared);
  const providerService = createProviderService(shared);
  const answers = createAnswerService(shared);
  return {
    db,
    storage,
    repositories,
    access,
    policy,
    schools: schoolService,
    terms: createTermService(shared),
    providers: providerService,
    imports: createImportService({ ...shared, schoolService, providerService }),
    documents: createDocumentService({ ...shared, storage }),
    contracts: createContractService(shared),
    activities: createActivityService(shared),
    evaluations: createEvaluationService({ ...shared, onRecorded: [(evaluation) => exitTriggers.lowEvaluation(evaluation).then(() => undefined)] }),
    compliance,
    exits,
    exitTriggers,
    surveys: createSurveyService({
      ...shared,
      onClosed: [(survey, summary) => (survey.kind === 'SATISFACTION' && survey.providerId ? exitTriggers.lowSatisfaction(survey.providerId, survey.id, summary.satisfactionRate ?? 1, summary.responseCount, survey.schoolKey === 'district' ? undefined : survey.schoolKey) : Promise.resolve())],
    }),
    answers,
    dashboard: createDashboardService({ ...shared, compliance, answers }),
    exitTransition: { resolve: (...args: DropFirst<Parameters<typeof resolveActivity>>) => resolveActivity(shared, ...args) },
    ...people,
  };
}

type DropFirst<T extends unknown[]> = T extends [unknown, ...infer Rest] ? Rest : never;

export type Services = ReturnType<typeof createServices>;
