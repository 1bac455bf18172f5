import { beforeAll, describe, expect, it } from 'vitest';
import { localDate } from '../src/core/clock';
import type { InspectionRecord } from '../src/inspections/inspectionEntity';
import { termScore } from '../src/inspections/scoreService';
import { codeOf, createTestApi, fieldOf, providerUser, schoolAdminOf, type TestApi } from './support/api';
import { compliantSchool, partOnePickup, partTwoDay, type CompliantSchool } from './support/complianceFixtures';

const SCORES = `query($y: String!, $s: Int!) { schoolScores(schoolYear: $y, semester: $s) {
  schoolId termId school { id } term { id } inspectionCount inspectionScore overdueFindingCount complianceScore satisfactionScore
  satisfactionSurveyId satisfactionResponseCount total weights { inspection compliance satisfaction } } }`;

const week = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'];
/** A term around today, so inspections of the last weeks and open surveys belong to it. */
const termAroundToday = { schoolYear: '2026-2027', semester: 1, startDate: localDate(-90), endDate: localDate(60), excludedDates: [] };

let api: TestApi;
let scored: CompliantSchool;
let bare: CompliantSchool;

async function inspect(schoolId: string, score: number, findings: unknown[]) {
  const result = await api.exec('mutation($input: RecordInspectionInput!) { recordInspection(input: $input) { id } }', {
    input: { schoolId, date: localDate(-20), inspectors: ['陈督学'], score, findings },
  });
  expect(result.errors).toBeUndefined();
}

/** A school satisfaction survey of the term with these ratings (anonymous answers by access code). */
async function survey(schoolId: string, termId: string, ratings: number[]) {
  const created = await api.exec('mutation($input: CreateSurveyInput!) { createSurvey(input: $input) { id questions { id } } }', {
    input: {
      title: '本学期课后服务满意度',
      kind: 'SATISFACTION',
      scope: 'SCHOOL',
      scopeId: schoolId,
      termId,
      questions: [{ kind: 'RATING', text: '您对课后服务满意吗？' }],
    },
  });
  const { id, questions } = created.data!.createSurvey;
  const { accessCode } = (await api.exec('mutation($id: ID!) { publishSurvey(id: $id) { accessCode } }', { id })).data!.publishSurvey;
  for (const rating of ratings) {
    // Each family's device asks the server for its respondent key first, as the public page does.
    const issued = await api.exec('mutation($c: String!) { issueRespondentKey(accessCode: $c) { key } }', { c: accessCode }, null);
    const key = issued.data!.issueRespondentKey.key as string;
    const answer = await api.exec(
      'mutation($c: String!, $k: String!, $a: [SurveyAnswerInput!]!) { submitSurveyResponse(accessCode: $c, respondentKey: $k, answers: $a) { accepted } }',
      { c: accessCode, k: key, a: [{ questionId: questions[0].id, rating }] },
      null,
    );
    expect(answer.errors).toBeUndefined();
  }
  return id as string;
}

beforeAll(async () => {
  api = await createTestApi();
  scored = await compliantSchool(api, week, partTwoDay, partOnePickup, termAroundToday);
  bare = await compliantSchool(api, week, partTwoDay, partOnePickup, termAroundToday);
  await inspect(scored.schoolId, 90, [{ item: '值班表未公示', severity: 'MEDIUM', rectifyBy: localDate(-3) }]);
  await inspect(scored.schoolId, 80, []);
}, 120_000);

describe('school term scores (督导评估)', () => {
  it('combines inspections, compliance and satisfaction with the policy’s weights (40/30/30)', async () => {
    const surveyId = await survey(scored.schoolId, scored.termId, [5, 5, 4, 1]);
    const rows = (await api.exec(SCORES, { y: '2026-2027', s: 1 })).data!.schoolScores;
    const row = rows.find((r: { schoolId: string }) => r.schoolId === scored.schoolId);
    // Inspections: (90 + 80) / 2 − 5 points for the one overdue finding = 80. Compliance: every checked rule passes.
    // Satisfaction: 3 of 4 ratings are 4–5 = 75. Total: 0.4 × 80 + 0.3 × 100 + 0.3 × 75 = 84.5.
    expect(row).toMatchObject({
      termId: scored.termId,
      inspectionCount: 2,
      inspectionScore: 80,
      overdueFindingCount: 1,
      complianceScore: 100,
      satisfactionScore: 75,
      satisfactionSurveyId: surveyId,
      satisfactionResponseCount: 4,
      total: 84.5,
      weights: { inspection: 40, compliance: 30, satisfaction: 30 },
    });
    // Without inspections or answers those parts are left out: the total is the compliance part alone.
    expect(rows.find((r: { schoolId: string }) => r.schoolId === bare.schoolId)).toMatchObject({
      inspectionScore: null,
      satisfactionScore: null,
      complianceScore: 100,
      total: 100,
    });
  });

  it('follows the weights and the penalty set in the district policy', async () => {
    const { version } = (await api.exec('{ districtPolicy { version } }')).data!.districtPolicy;
    const set = await api.exec(
      'mutation($v: Int!) { updateDistrictPolicy(input: { schoolScoreWeights: { inspection: 0, compliance: 50, satisfaction: 50 }, overdueFindingPenalty: 20 }, expectedVersion: $v) { version } }',
      { v: version },
    );
    expect(set.errors).toBeUndefined();
    const row = (await api.exec(SCORES, { y: '2026-2027', s: 1 })).data!.schoolScores.find((r: { schoolId: string }) => r.schoolId === scored.schoolId);
    expect(row).toMatchObject({ inspectionScore: 65, total: 87.5, weights: { inspection: 0, compliance: 50, satisfaction: 50 } });
  });

  it('gives a school admin their own school’s score only, and refuses bad slots and providers', async () => {
    const own = (await api.exec(SCORES, { y: '2026-2027', s: 1 }, schoolAdminOf(bare.schoolId))).data!.schoolScores;
    expect(own.map((r: { schoolId: string }) => r.schoolId)).toEqual([bare.schoolId]);
    expect([codeOf(await api.exec(SCORES, { y: '2026', s: 1 })), fieldOf(await api.exec(SCORES, { y: '2026', s: 1 }))]).toEqual([
      'BAD_USER_INPUT',
      'schoolYear',
    ]);
    expect(fieldOf(await api.exec(SCORES, { y: '2026-2027', s: 3 }))).toBe('semester');
    expect(codeOf(await api.exec(SCORES, { y: '2026-2027', s: 1 }, providerUser))).toBe('FORBIDDEN');
  });

  it('computes the formula as documented (pure)', () => {
    const inspection = (score: number, findings: { rectifyBy: string; rectifiedAt?: string }[] = []) =>
      ({ score, status: 'OPEN', findings }) as unknown as InspectionRecord;
    const policy = { schoolScoreWeights: { inspection: 40, compliance: 30, satisfaction: 30 }, overdueFindingPenalty: 5 };
    const cells = (passed: number, failed: number) => [
      ...Array(passed).fill({ status: 'PASSED' }),
      ...Array(failed).fill({ status: 'FAILED' }),
      { status: 'NOT_CHECKED' },
      { status: 'NOT_APPLICABLE' },
    ];
    expect(termScore(policy, { inspections: [], cells: cells(3, 1), satisfactionRate: null }, '2026-11-30')).toMatchObject({
      inspectionScore: null,
      complianceScore: 75,
      satisfactionScore: null,
      total: 75,
    });
    // Twenty overdue findings cannot push the inspection part below 0; a rectified one does not count.
    const many = Array.from({ length: 20 }, () => ({ rectifyBy: '2026-11-01' }));
    expect(
      termScore(
        policy,
        { inspections: [inspection(70, [...many, { rectifyBy: '2026-11-01', rectifiedAt: '2026-11-02T00:00:00Z' }])], cells: [], satisfactionRate: 0.5 },
        '2026-11-30',
      ),
    ).toMatchObject({ inspectionScore: 0, overdueFindingCount: 20, complianceScore: null, total: 21.4 });
    expect(termScore(policy, { inspections: [], cells: [{ status: 'NOT_CHECKED' }], satisfactionRate: null }, '2026-11-30').total).toBeNull();
  });
});
