import { requireRole } from '../auth/access';
import type { Viewer } from '../auth/viewer';
import { localDate } from '../core/clock';
import { badInput } from '../core/errors';
import { allRecords } from '../db/allRecords';
import type { OverviewService } from '../compliance/overviewService';
import type { DistrictPolicyRecord } from '../policy/policyEntity';
import type { PolicyService } from '../policy/policyService';
import type { AnswerService } from '../surveys/answerService';
import type { SurveyRecord } from '../surveys/surveyEntity';
import type { SurveyRepository } from '../surveys/surveyRepository';
import type { TermRecord } from '../terms/termEntity';
import type { TermRepository } from '../terms/termRepository';
import { overdueFindings, type InspectionRecord } from './inspectionEntity';
import type { InspectionRepository } from './inspectionRepository';

const round1 = (value: number) => Math.round(value * 10) / 10;
const clamp = (value: number) => Math.min(100, Math.max(0, value));

/**
 * The three parts of a school's term score (督导评估, SPEC §3.10) and their weighted total:
 * - inspection: the mean score of the term's inspections, minus `overdueFindingPenalty` points per finding still
 *   open past its deadline today; 0–100; null without inspections;
 * - compliance: 100 × the share of checked rules the term passes (PASSED ÷ (PASSED + FAILED); NOT_APPLICABLE and
 *   NOT_CHECKED rules are left out); null when no rule could be checked;
 * - satisfaction: 100 × the satisfaction rate (share of 4–5 ratings) of the school in the latest satisfaction
 *   survey of the term (its own, or its group of a district survey); null without answers;
 * - total: Σ weight × part ÷ Σ weight over the parts that are not null (weights from `schoolScoreWeights`); null
 *   when every part is null. Rounded to one decimal.
 */
export function termScore(
  policy: Pick<DistrictPolicyRecord, 'schoolScoreWeights' | 'overdueFindingPenalty'>,
  parts: { inspections: readonly InspectionRecord[]; cells: readonly { status: string }[]; satisfactionRate: number | null },
  today: string,
) {
  const weights = policy.schoolScoreWeights ?? { inspection: 40, compliance: 30, satisfaction: 30 };
  const overdue = parts.inspections.reduce((sum, inspection) => sum + overdueFindings(inspection, today).length, 0);
  const inspection = parts.inspections.length
    ? round1(clamp(parts.inspections.reduce((sum, i) => sum + i.score, 0) / parts.inspections.length - overdue * (policy.overdueFindingPenalty ?? 5)))
    : null;
  const passed = parts.cells.filter((cell) => cell.status === 'PASSED').length;
  const checked = passed + parts.cells.filter((cell) => cell.status === 'FAILED').length;
  const compliance = checked > 0 ? round1((100 * passed) / checked) : null;
  const satisfaction = parts.satisfactionRate === null ? null : round1(100 * parts.satisfactionRate);
  const weighed = (
    [
      [inspection, weights.inspection],
      [compliance, weights.compliance],
      [satisfaction, weights.satisfaction],
    ] as const
  ).filter((pair): pair is readonly [number, number] => pair[0] !== null && pair[1] > 0);
  const weightSum = weighed.reduce((sum, [, weight]) => sum + weight, 0);
  const total = weightSum > 0 ? round1(weighed.reduce((sum, [score, weight]) => sum + score * weight, 0) / weightSum) : null;
  return { inspectionScore: inspection, overdueFindingCount: overdue, complianceScore: compliance, satisfactionScore: satisfaction, total, weights };
}

/** School term scores of a school year and semester, for the district (or a school admin's own school). */
export function createScoreService(deps: {
  inspections: InspectionRepository;
  surveys: SurveyRepository;
  terms: TermRepository;
  policy: PolicyService;
  complianceOverview: OverviewService;
  answers: AnswerService;
}) {
  const { inspections, surveys, terms, policy, complianceOverview, answers } = deps;
  // Survey aggregates are read with district rights; each school's row shows that school's figures only.
  const reader = (viewer: Viewer): Viewer => ({ sub: viewer.sub, role: 'DISTRICT_ADMIN' });

  /** Whether a satisfaction survey speaks of this school's term: its own or the district's, tied to the term or its slot, or opened within it. */
  function speaksOf(survey: SurveyRecord, term: TermRecord, slotOfTerm: Map<string, string>) {
    if (survey.schoolKey !== term.schoolId && survey.schoolKey !== 'district') return false;
    if (survey.termId)
      return survey.termId === term.id || (survey.schoolKey === 'district' && slotOfTerm.get(survey.termId) === `${term.schoolYear}/${term.semester}`);
    const opened = survey.openedAt?.slice(0, 10);
    return Boolean(opened && opened >= term.startDate && opened <= term.endDate);
  }

  return {
    async scores(viewer: Viewer | null, schoolYear: string, semester: number) {
      const signedIn = requireRole(viewer, 'DISTRICT_ADMIN', 'SCHOOL_ADMIN');
      if (!/^\d{4}-\d{4}$/.test(schoolYear)) throw badInput('schoolYear', 'schoolYear must look like 2026-2027');
      if (semester !== 1 && semester !== 2) throw badInput('semester', 'semester must be 1 or 2');
      const today = localDate();
      const single = signedIn.role === 'SCHOOL_ADMIN' ? signedIn.schoolId : undefined;
      const [rules, overview, inspected, satisfactionSurveys] = await Promise.all([
        policy.current(),
        complianceOverview.overview(signedIn, { schoolYear, semester }),
        allRecords((after) => inspections.list({ first: 100, after, schoolId: single, schoolYear, semester })),
        allRecords((after) => surveys.list({ first: 100, after, kind: 'SATISFACTION' })).then((list) => list.filter((s) => s.status !== 'DRAFT')),
      ]);
      const slotTermIds = [...new Set(satisfactionSurveys.map((s) => s.termId).filter((id): id is string => Boolean(id)))];
      const slotOfTerm = new Map(
        (await terms.getMany(slotTermIds)).filter((t): t is TermRecord => t !== undefined).map((t) => [t.id, `${t.schoolYear}/${t.semester}`]),
      );
      const results = new Map<string, ReturnType<AnswerService['results']>>();
      const resultsOf = (survey: SurveyRecord) => {
        if (!results.has(survey.id))
          results.set(survey.id, answers.results(reader(signedIn), survey.id, survey.schoolKey === 'district' ? 'SCHOOL' : null, false));
        return results.get(survey.id)!;
      };
      const termsById = new Map(
        (await terms.getMany(overview.rows.map((row) => row.termId))).filter((t): t is TermRecord => t !== undefined).map((t) => [t.id, t]),
      );

      return Promise.all(
        overview.rows.map(async (row) => {
          const term = termsById.get(row.termId)!;
          const latest = satisfactionSurveys.filter((s) => speaksOf(s, term, slotOfTerm)).sort((a, b) => (b.openedAt ?? '').localeCompare(a.openedAt ?? ''))[0];
          let satisfactionRate: number | null = null;
          let responseCount = 0;
          if (latest) {
            const result = await resultsOf(latest);
            const mine = latest.schoolKey === 'district' ? result.groups.find((group) => group.key === row.schoolId) : result;
            satisfactionRate = mine?.satisfactionRate ?? null;
            responseCount = mine?.responseCount ?? 0;
          }
          const own = inspected.filter((inspection) => inspection.schoolId === row.schoolId);
          return {
            schoolId: row.schoolId,
            termId: row.termId,
            inspectionCount: own.length,
            // A district survey is the district's record: a school admin gets the figure, not the survey's id.
            satisfactionSurveyId: latest && (signedIn.role === 'DISTRICT_ADMIN' || latest.schoolKey === row.schoolId) ? latest.id : null,
            satisfactionResponseCount: responseCount,
            ...termScore(rules, { inspections: own, cells: row.cells, satisfactionRate }, today),
          };
        }),
      );
    },
  };
}

export type ScoreService = ReturnType<typeof createScoreService>;
export type SchoolScoreView = Awaited<ReturnType<ScoreService['scores']>>[number];
