import { requireRole } from '../auth/access';
import type { Viewer } from '../auth/viewer';
import { localDate, nowIso } from '../core/clock';
import { badInput } from '../core/errors';
import { allRecords } from '../db/allRecords';
import type { DistrictPolicyRecord } from '../policy/policyEntity';
import type { PolicyService } from '../policy/policyService';
import type { SchoolRecord } from '../schools/schoolEntity';
import type { SchoolRepository } from '../schools/schoolRepository';
import type { TermRecord } from '../terms/termEntity';
import type { TermRepository } from '../terms/termRepository';
import type { ComplianceService } from './complianceService';
import { complianceRules } from './rules';
import { explanationParamsOf } from './complianceRules';
import type { ComplianceSummaryRecord } from './summaryEntity';
import type { SummaryRepository } from './summaryRepository';

/** Schools recomputed at the same time when summaries are stale (each reads one timetable). */
const RECOMPUTE_CONCURRENCY = 8;

async function mapLimit<T, R>(items: readonly T[], limit: number, work: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const index = next++;
        results[index] = await work(items[index], index);
      }
    }),
  );
  return results;
}

/** The term containing today, else the newest one (by school year and semester). */
export function currentTermOf(terms: readonly TermRecord[], today = localDate()): TermRecord | undefined {
  const newestFirst = [...terms].sort((a, b) => `${b.schoolYear}${b.semester}`.localeCompare(`${a.schoolYear}${a.semester}`));
  return newestFirst.find((term) => term.startDate <= today && term.endDate >= today) ?? newestFirst[0];
}

/** Whether a stored summary still describes the school's term: nothing marked since, same policy, school and term. */
export function isFresh(
  summary: ComplianceSummaryRecord | undefined,
  policy: DistrictPolicyRecord,
  school: SchoolRecord,
  term: TermRecord,
  today: string,
): boolean {
  return (
    summary !== undefined &&
    summary.computedRevision !== undefined &&
    summary.computedRevision === (summary.revision ?? 0) &&
    summary.policyVersion === policy.version &&
    summary.schoolVersion === school.version &&
    summary.termVersion === term.version &&
    (!summary.validUntil || today < summary.validUntil)
  );
}

/**
 * The district compliance overview (合规总览): every school × rule for a term. Cost per request, whatever the size of
 * the timetables: the schools and terms (a few Queries), the summaries (BatchGetItem, 100 per request), and a
 * recomputation only for summaries a write has marked since (or a new policy, school or term version, or a date that
 * changes a result: see summaryEntity.ts). Recomputed summaries are stored for the next request.
 */
export function createOverviewService(deps: {
  schools: SchoolRepository;
  terms: TermRepository;
  policy: PolicyService;
  compliance: ComplianceService;
  complianceSummaries: SummaryRepository;
}) {
  const { schools, terms, policy, compliance, complianceSummaries } = deps;

  /** Each school's term for the overview: the given school year and semester, or each school's current term. */
  async function termsFor(
    schoolList: SchoolRecord[],
    slot: { schoolYear?: string | null; semester?: number | null },
    single?: string,
  ): Promise<Map<string, TermRecord>> {
    const narrowing = { schoolYear: slot.schoolYear, semester: slot.schoolYear ? slot.semester : undefined };
    const all = await allRecords((after) => terms.list({ first: 100, after, schoolId: single, ...narrowing }));
    const bySchool = new Map<string, TermRecord[]>();
    for (const term of all) bySchool.set(term.schoolId, [...(bySchool.get(term.schoolId) ?? []), term]);
    const chosen = new Map<string, TermRecord>();
    for (const school of schoolList) {
      const term = currentTermOf(bySchool.get(school.id) ?? []);
      if (term) chosen.set(school.id, term);
    }
    return chosen;
  }

  return {
    async overview(viewer: Viewer | null, slot: { schoolYear?: string | null; semester?: number | null } = {}) {
      const signedIn = requireRole(viewer, 'DISTRICT_ADMIN', 'SCHOOL_ADMIN');
      if (slot.semester != null && !slot.schoolYear) throw badInput('semester', 'semester needs schoolYear');
      const single = signedIn.role === 'SCHOOL_ADMIN' ? signedIn.schoolId : undefined;
      const today = localDate();
      const [rules, schoolList] = await Promise.all([
        policy.current(),
        single
          ? schools.get(single).then((school) => (school ? [school] : []))
          : allRecords((after) => schools.list({ first: 100, after, filter: {}, orderBy: { field: 'CODE', direction: 'ASC' } })),
      ]);
      const chosen = await termsFor(schoolList, slot, single);
      const pairs = schoolList.filter((school) => chosen.has(school.id)).map((school) => ({ school, term: chosen.get(school.id)! }));
      const stored: (ComplianceSummaryRecord | undefined)[] = [];
      for (let i = 0; i < pairs.length; i += 100) {
        stored.push(...(await complianceSummaries.getMany(pairs.slice(i, i + 100).map(({ school, term }) => ({ schoolId: school.id, termId: term.id })))));
      }
      let recomputed = 0;
      /** Computes the school's term from the records and stores it, unless a write marked it meanwhile. */
      async function recompute(school: SchoolRecord, term: TermRecord, previous: ComplianceSummaryRecord | undefined): Promise<ComplianceSummaryRecord> {
        recomputed++;
        const basedOn = previous?.revision ?? 0;
        const report = await compliance.compute(school, term, rules);
        const values = {
          computedRevision: basedOn,
          policyVersion: rules.version,
          schoolVersion: school.version,
          termVersion: term.version,
          validUntil: report.validUntil ?? undefined,
          computedAt: nowIso(),
          compliant: report.compliant,
          issueCount: report.issues.length,
          rules: report.rules.map(({ code, status, issueCount }) => ({ code, status, issueCount })),
        };
        await complianceSummaries.save({ schoolId: school.id, termId: term.id }, values, basedOn);
        return { schoolId: school.id, termId: term.id, revision: basedOn, ...values };
      }
      const rows = await mapLimit(pairs, RECOMPUTE_CONCURRENCY, async ({ school, term }, index) => {
        const summary = isFresh(stored[index], rules, school, term, today) ? stored[index]! : await recompute(school, term, stored[index]);
        return {
          schoolId: school.id,
          schoolName: school.name,
          schoolCode: school.code,
          termId: term.id,
          schoolYear: term.schoolYear,
          semester: term.semester,
          compliant: summary.compliant ?? false,
          issueCount: summary.issueCount ?? 0,
          cells: summary.rules ?? [],
          computedAt: summary.computedAt ?? nowIso(),
        };
      });
      return {
        schoolYear: slot.schoolYear ?? null,
        semester: slot.schoolYear ? (slot.semester ?? null) : null,
        rules: complianceRules.map((rule) => ({
          code: rule.code,
          seed: rule.seed,
          title: rule.title,
          explanation: rule.explain(rules),
          explanationParams: explanationParamsOf(rules),
        })),
        rows,
        recomputedCount: recomputed,
      };
    },
  };
}

export type OverviewService = ReturnType<typeof createOverviewService>;
export type ComplianceOverviewView = Awaited<ReturnType<OverviewService['overview']>>;
export type ComplianceOverviewRowView = ComplianceOverviewView['rows'][number];
