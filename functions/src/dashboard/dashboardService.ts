import { requireRole, requireSchoolAccess } from '../auth/access';
import type { Viewer } from '../auth/viewer';
import { localDate } from '../core/clock';
import type { OverviewService } from '../compliance/overviewService';
import type { InspectionService } from '../inspections/inspectionService';
import type { ContractRepository } from '../contracts/contractRepository';
import type { EvaluationRepository } from '../evaluations/evaluationRepository';
import type { ExitRepository } from '../exits/exitRepository';
import type { PolicyService } from '../policy/policyService';
import { providerStatuses } from '../providers/providerEntity';
import type { ProviderRepository } from '../providers/providerRepository';
import type { AnswerService } from '../surveys/answerService';
import { SLICE_MIN_ANSWERS } from '../surveys/schoolSlice';
import type { SurveyRepository } from '../surveys/surveyRepository';
import { allRecords } from '../db/allRecords';
import type { FundService, FundView } from '../money/fundService';
import type { TermRepository } from '../terms/termRepository';

export function createDashboardService(deps: {
  providers: ProviderRepository;
  contracts: ContractRepository;
  evaluations: EvaluationRepository;
  exits: ExitRepository;
  surveys: SurveyRepository;
  policy: PolicyService;
  complianceOverview: OverviewService;
  answers: AnswerService;
  inspections: InspectionService;
  terms?: TermRepository;
  /** Operating funds (money): schools whose fund of the current year is below the minimum. */
  funds?: FundService;
}) {
  const { providers, contracts, evaluations, exits, surveys, policy, complianceOverview, answers, inspections } = deps;

  /** The providers holding or having held a contract with the school (tens at most). */
  async function providersServing(schoolId: string) {
    const held = await allRecords((after) => contracts.list({ schoolId, first: 100, after }));
    const found = await providers.getMany([...new Set(held.map((contract) => contract.providerId))]);
    return found.filter((provider) => provider !== undefined);
  }

  /** The schools whose recorded operating fund for their current term's year is below the minimum (few schools). */
  async function lowFunds(rows: { schoolId: string; termId: string }[]): Promise<FundView[]> {
    if (!deps.funds || !deps.terms) return [];
    const terms = await deps.terms.getMany(rows.map((row) => row.termId));
    const years = new Map<string, string>();
    rows.forEach((row, i) => {
      const term = terms[i];
      if (term) years.set(row.schoolId, term.schoolYear);
    });
    const views = await Promise.all([...years].map(([schoolId, schoolYear]) => deps.funds!.status(schoolId, schoolYear)));
    return views.filter((view) => view.version > 0 && view.amountFen < view.requiredFen);
  }

  return {
    async get(viewer: Viewer | null, schoolId?: string | null) {
      const signedIn = requireRole(viewer, 'DISTRICT_ADMIN', 'SCHOOL_ADMIN');
      const scope = schoolId ?? (signedIn.role === 'SCHOOL_ADMIN' ? signedIn.schoolId : undefined);
      if (scope) requireSchoolAccess(signedIn, scope);
      const today = localDate();
      const in30 = localDate(30);
      const rules = await policy.current();

      // Each school's current term from the maintained compliance summaries (no timetable is read when they are fresh).
      const complianceRows = (await complianceOverview.overview(signedIn)).rows
        .filter((row) => !scope || row.schoolId === scope)
        .map(({ schoolId, schoolName, termId, issueCount }) => ({ schoolId, schoolName, termId, issueCount }));

      // One school's figures count only the providers serving it; the district's count every provider.
      const serving = scope ? await providersServing(scope) : undefined;
      const providersByStatus = serving
        ? providerStatuses.map((status) => ({ status, count: serving.filter((p) => p.status === status).length }))
        : await Promise.all(providerStatuses.map(async (status) => ({ status, count: await (await providers.list({ status, first: 1 })).totalCount() })));
      // District-wide: a COUNT over the end-date index; one school: its few contracts, filtered here.
      const contractsExpiringSoon = scope
        ? (await allRecords((after) => contracts.list({ first: 100, after, schoolId: scope, status: 'ACTIVE' }))).filter(
            (c) => c.endDate >= today && c.endDate <= in30,
          ).length
        : await (await contracts.list({ first: 1, status: 'ACTIVE', endDateFrom: today, endDateTo: in30 })).totalCount();
      const approved = serving
        ? serving.filter((p) => p.status === 'APPROVED')
        : await allRecords((after) => providers.list({ status: 'APPROVED', first: 100, after }));
      const qualificationsExpiringSoon = approved.flatMap((p) => p.qualifications).filter((q) => q.validTo >= today && q.validTo <= in30).length;
      // Weak evaluations of providers that still serve: one that has exited needs nobody's attention any more.
      const weakPage = await evaluations.list({ first: 20, schoolId: scope, totalBelow: rules.evaluationExitThreshold });
      const weakProviders = await providers.getMany([...new Set(weakPage.items.map((item) => item.record.providerId))]);
      const exited = new Set(weakProviders.filter((provider) => provider?.status === 'EXITED').map((provider) => provider!.id));
      const weakEvaluations = weakPage.items
        .map((item) => item.record)
        .filter((evaluation) => !exited.has(evaluation.providerId))
        .slice(0, 5);
      const openExitCases = (
        await Promise.all((['OPEN', 'APPROVED'] as const).map(async (status) => (await exits.list({ status, schoolId: scope, first: 1 })).totalCount()))
      ).reduce((a, b) => a + b, 0);

      const latestSurvey = (await surveys.list({ first: 20, schoolKey: 'district', kind: 'SATISFACTION', scope: 'DISTRICT' })).items
        .map((item) => item.record)
        .find((s) => s.status !== 'DRAFT');
      // The district survey's per-school figures are read with district rights; a school admin then sees only
      // their own school's line below, never the other schools', and its rate only from enough answers (as in the
      // school's slice of the survey's results).
      const results = latestSurvey ? await answers.results({ sub: signedIn.sub, role: 'DISTRICT_ADMIN' }, latestSurvey.id, 'SCHOOL', false) : undefined;
      const satisfactionBySchool = (results?.groups ?? [])
        .filter((group) => !scope || group.key === scope)
        .map((group) => ({
          schoolId: group.key,
          schoolName: group.label,
          responseCount: group.responseCount,
          satisfactionRate: signedIn.role === 'SCHOOL_ADMIN' && group.responseCount < SLICE_MIN_ANSWERS ? null : group.satisfactionRate,
        }));

      const overdue = await inspections.overdue(signedIn, scope);
      const fundsBelowMinimum = await lowFunds(complianceRows);
      const schoolNames = new Map(complianceRows.map((row) => [row.schoolId, row.schoolName]));
      return {
        schoolId: scope ?? null,
        overdueFindingCount: overdue.length,
        overdueFindings: overdue.slice(0, 10).map((entry) => ({ ...entry, schoolName: schoolNames.get(entry.inspection.schoolId) ?? '' })),
        schoolsWithComplianceProblems: complianceRows.filter((row) => row.issueCount > 0),
        providersByStatus,
        contractsExpiringSoon,
        qualificationsExpiringSoon,
        weakEvaluations,
        openExitCases,
        satisfactionSurveyId: latestSurvey?.id ?? null,
        satisfactionBySchool,
        fundsBelowMinimum,
      };
    },
  };
}

export type DashboardService = ReturnType<typeof createDashboardService>;
