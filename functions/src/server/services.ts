import { join } from 'node:path';
import { createRecordAccess } from '../access/recordAccess';
import { createRelations } from '../access/relations';
import { createActivityRepository } from '../activities/activityRepository';
import { createBookingRepository } from '../activities/bookingRepository';
import { createAuditRepository } from '../audit/auditRepository';
import { createCalendarService } from '../calendar/calendarService';
import { createComplianceMarks } from '../compliance/complianceMarks';
import { createSummaryRepository } from '../compliance/summaryRepository';
import { createInspectionRepository } from '../inspections/inspectionRepository';
import { createContractRepository } from '../contracts/contractRepository';
import type { Db } from '../db/client';
import { createDocumentRepository } from '../documents/documentRepository';
import { createLocalStorage } from '../documents/localStorage';
import { createS3Storage } from '../documents/s3Storage';
import type { DocumentStorage } from '../documents/storage';
import { createEvaluationRepository } from '../evaluations/evaluationRepository';
import { createExitRepository } from '../exits/exitRepository';
import type { resolveActivity } from '../exits/exitTransition';
import { createExitTriggers } from '../exits/exitTriggers';
import { dataDir } from '../local/paths';
import { createPolicyRepository } from '../policy/policyRepository';
import { createProviderRepository } from '../providers/providerRepository';
import { createSchoolRepository } from '../schools/schoolRepository';
import { createTermRepository } from '../terms/termRepository';
import { createResponseRepository } from '../surveys/responseRepository';
import { createSurveyRepository } from '../surveys/surveyRepository';
import { createPeopleServices, peopleRepositories } from './peopleServices';
import { createMoneyServices, moneyRepositories } from './moneyServices';
import { careRepositories, createCareServices } from './careServices';
import { lazyObject } from './lazyObject';
import { lazyService } from './lazyService';

/**
 * S3 when deployed (`DOCUMENTS_BUCKET`), else files under `.data/documents` served by the local server. In Lambda
 * the bucket is required: a function's disk is per instance and temporary, so falling back to it would accept
 * uploads that then vanish. The function fails at start instead, which its error alarm reports.
 */
export function storageFromEnv(env: NodeJS.ProcessEnv = process.env, instrument: <C extends object>(client: C) => C = (client) => client): DocumentStorage {
  const bucket = env.DOCUMENTS_BUCKET;
  if (bucket) return createS3Storage(bucket, { instrument });
  if (env.AWS_LAMBDA_FUNCTION_NAME) {
    throw new Error(
      `DOCUMENTS_BUCKET is not set for the Lambda function ${env.AWS_LAMBDA_FUNCTION_NAME}: it has no document storage. Deploy it with the CDK app, which sets it.`,
    );
  }
  return createLocalStorage(join(dataDir(), 'documents'));
}

export interface ServiceOptions {
  /** Items per DynamoDB transaction for resumable multi-step writes (100 on AWS; lower in tests). */
  maxTransactionItems?: number;
}

/**
 * Repositories (the only code touching DynamoDB) and the domain services built on them, once per process.
 * Each repository is built on first use (lazyObject): a cold start pays only for the tables its request reads.
 */
export function createServices(db: Db, storage: DocumentStorage = storageFromEnv(), options: ServiceOptions = {}) {
  const peopleData = peopleRepositories(db);
  const careData = careRepositories(db);
  const repositories = {
    audit: lazyObject(() => createAuditRepository(db)),
    policies: lazyObject(() => createPolicyRepository(db)),
    schools: lazyObject(() => createSchoolRepository(db)),
    terms: lazyObject(() => createTermRepository(db)),
    providers: lazyObject(() => createProviderRepository(db)),
    documents: lazyObject(() => createDocumentRepository(db)),
    contracts: lazyObject(() => createContractRepository(db)),
    activities: lazyObject(() => createActivityRepository(db)),
    bookings: lazyObject(() => createBookingRepository(db)),
    evaluations: lazyObject(() => createEvaluationRepository(db)),
    exits: lazyObject(() => createExitRepository(db)),
    surveys: lazyObject(() => createSurveyRepository(db)),
    responses: lazyObject(() => createResponseRepository(db)),
    complianceMarks: lazyObject(() => createComplianceMarks(db)),
    complianceSummaries: lazyObject(() => createSummaryRepository(db)),
    inspections: lazyObject(() => createInspectionRepository(db)),
    ...peopleData.reads,
    ...careData.reads,
    ...moneyRepositories(db),
  };
  const policy = lazyService(async () => (await import('../policy/policyService')).createPolicyService(repositories));
  const access = createRecordAccess({ ...repositories, relations: createRelations(repositories) });
  const shared = { ...repositories, policy, access };
  const people = createPeopleServices({
    db,
    ...shared,
    loadRepositories: peopleData.load,
    loadCare: careData.load,
    maxTransactionItems: options.maxTransactionItems,
  });
  const exits = lazyService(async () =>
    (await import('../exits/exitService')).createExitService({ ...shared, maxTransactionItems: options.maxTransactionItems }),
  );
  const exitTriggers = createExitTriggers({ exits, policy, providers: repositories.providers });
  const compliance = lazyService(async () => (await import('../compliance/complianceService')).createComplianceService(shared));
  const complianceOverview = lazyService(async () => (await import('../compliance/overviewService')).createOverviewService({ ...shared, compliance }));
  // Domains loaded on first call (lazyService): their code is not part of a cold start.
  const inspections = lazyService(async () => (await import('../inspections/inspectionService')).createInspectionService(shared));
  const schoolService = lazyService(async () => (await import('../schools/schoolService')).createSchoolService(shared));
  const providerService = lazyService(async () => (await import('../providers/providerService')).createProviderService(shared));
  const answers = lazyService(async () => (await import('../surveys/answerService')).createAnswerService({ ...shared, db }));
  const calendar = createCalendarService(shared);
  const care = createCareServices({ ...shared, db, calendar, loadPeople: peopleData.load, loadCare: careData.load });
  const money = createMoneyServices({ ...shared, loadPeople: peopleData.load, calendar, maxTransactionItems: options.maxTransactionItems });
  return {
    db,
    storage,
    repositories,
    access,
    policy,
    schools: schoolService,
    terms: lazyService(async () => (await import('../terms/termService')).createTermService(shared)),
    providers: providerService,
    /** Audit trails and single events through the AuditEvent access policy (the repository stays out of resolvers). */
    auditTrail: lazyService(async () => (await import('../audit/auditTrail')).createAuditTrail(shared)),
    imports: lazyService(async () => (await import('../imports/importService')).createImportService({ ...shared, schoolService, providerService })),
    documents: lazyService(async () => (await import('../documents/documentService')).createDocumentService({ ...shared, storage })),
    contracts: lazyService(async () => (await import('../contracts/contractService')).createContractService(shared)),
    activities: lazyService(async () =>
      (await import('../activities/activityService')).createActivityService({ ...shared, staff: (await peopleData.load()).staff }),
    ),
    evaluations: lazyService(async () =>
      (await import('../evaluations/evaluationService')).createEvaluationService({
        ...shared,
        onRecorded: [(evaluation) => exitTriggers.lowEvaluation(evaluation).then(() => undefined)],
      }),
    ),
    compliance,
    exits,
    exitTriggers,
    surveys: lazyService(async () =>
      (await import('../surveys/surveyService')).createSurveyService({
        ...shared,
        onClosed: [
          (survey, summary) =>
            survey.kind === 'SATISFACTION' && survey.providerId
              ? exitTriggers.lowSatisfaction(
                  survey.providerId,
                  survey.id,
                  summary.satisfactionRate ?? 1,
                  summary.responseCount,
                  survey.schoolKey === 'district' ? undefined : survey.schoolKey,
                )
              : Promise.resolve(),
        ],
      }),
    ),
    answers,
    complianceOverview,
    inspections,
    schoolScores: lazyService(async () => (await import('../inspections/scoreService')).createScoreService({ ...shared, complianceOverview, answers })),
    /** The term calendar (service days, make-up days): every date-based feature asks here. */
    calendar,
    dashboard: lazyService(async () =>
      (await import('../dashboard/dashboardService')).createDashboardService({ ...shared, complianceOverview, answers, inspections, funds: money.funds }),
    ),
    // Loaded on first use, like the exit service it belongs with (a cold start does not carry it).
    exitTransition: {
      resolve: async (...args: DropFirst<Parameters<typeof resolveActivity>>) => (await import('../exits/exitTransition')).resolveActivity(shared, ...args),
    },
    ...people,
    ...money,
    ...care,
    /** The daily-care repositories with their transaction-step builders (loaded on first use; seeds and tests). */
    loadCareRepositories: careData.load,
  };
}

type DropFirst<T extends unknown[]> = T extends [unknown, ...infer Rest] ? Rest : never;

export type Services = ReturnType<typeof createServices>;
