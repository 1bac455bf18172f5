import { beforeAll, describe, expect, it } from 'vitest';
import { codeOf, createTestApi, fieldOf, schoolAdminOf, type TestApi } from './support/api';
import { approvedProvider, createSchool } from './support/domain';

const RECORD = 'mutation($input: RecordEvaluationInput!) { recordEvaluation(input: $input) { id total supersedesId } }';
const STANDING =
  'query($id: ID!) { provider(id: $id) { standing { latestScore latestEvaluationDate averageScore evaluationCount bySchool { schoolId latestScore averageScore evaluationCount } } } }';

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});

const evaluation = (providerId: string, schoolId: string, overrides: Record<string, unknown> = {}) => ({
  providerId,
  schoolId,
  kind: 'SPOT_CHECK',
  date: '2026-10-15',
  evaluator: '教务处 刘主任',
  scores: [
    { criterion: 'STANDARDISATION', score: 80 },
    { criterion: 'QUALITY', score: 90 },
    { criterion: 'SAFETY', score: 85 },
    { criterion: 'SATISFACTION', score: 85 },
  ],
  findings: '训练组织有序',
  ...overrides,
});

const record = async (input: Record<string, unknown>) => {
  const result = await api.exec(RECORD, { input });
  expect(result.errors).toBeUndefined();
  return result.data!.recordEvaluation;
};

describe('evaluations and standing', () => {
  it('maintains latest and average per school and district on every write', async () => {
    const provider = await approvedProvider(api);
    const a = (await createSchool(api)).id;
    const b = (await createSchool(api)).id;
    const first = await record(evaluation(provider.id, a));
    expect(first.total).toBe(85);
    await record(evaluation(provider.id, a, { date: '2026-11-01', total: 70 }));
    await record(evaluation(provider.id, b, { date: '2026-09-20', total: 95, kind: 'SHOWCASE' }));
    const standing = (await api.exec(STANDING, { id: provider.id })).data!.provider.standing;
    expect(standing).toMatchObject({ latestScore: 70, latestEvaluationDate: '2026-11-01', averageScore: 83.3, evaluationCount: 3 });
    const bySchool = Object.fromEntries(standing.bySchool.map((s: { schoolId: string }) => [s.schoolId, s]));
    expect(bySchool[a]).toMatchObject({ latestScore: 70, averageScore: 77.5, evaluationCount: 2 });
    expect(bySchool[b]).toMatchObject({ latestScore: 95, averageScore: 95, evaluationCount: 1 });
    // A school admin sees the district figure and only their own school's line.
    const seenBySchoolA = (await api.exec(STANDING, { id: provider.id }, schoolAdminOf(a))).data!.provider.standing;
    expect(seenBySchoolA.bySchool.map((s: { schoolId: string }) => s.schoolId)).toEqual([a]);
  });

  it('corrects by superseding: the new total replaces the old one, and one correction per evaluation', async () => {
    const provider = await approvedProvider(api);
    const school = (await createSchool(api)).id;
    const wrong = await record(evaluation(provider.id, school, { total: 40 }));
    const fixed = await record(evaluation(provider.id, school, { total: 80, supersedesId: wrong.id }));
    expect(fixed.supersedesId).toBe(wrong.id);
    const standing = (await api.exec(STANDING, { id: provider.id })).data!.provider.standing;
    expect(standing).toMatchObject({ latestScore: 80, averageScore: 80, evaluationCount: 1 });
    const again = await api.exec(RECORD, { input: evaluation(provider.id, school, { total: 60, supersedesId: wrong.id }) });
    expect(codeOf(again)).toBe('INVALID_TRANSITION');
    const original = await api.exec('query($id: ID!) { evaluation(id: $id) { supersededById } }', { id: wrong.id });
    expect(original.data!.evaluation.supersededById).toBe(fixed.id);
  });

  it('keeps the standing exact under concurrent evaluations', async () => {
    const provider = await approvedProvider(api);
    const school = (await createSchool(api)).id;
    const totals = [60, 70, 80, 90, 100, 50];
    const results = await Promise.all(totals.map((total, i) => api.exec(RECORD, { input: evaluation(provider.id, school, { total, date: `2026-10-1${i}` }) })));
    expect(results.map((result) => result.errors)).toEqual(totals.map(() => undefined));
    const standing = (await api.exec(STANDING, { id: provider.id })).data!.provider.standing;
    expect(standing).toMatchObject({ evaluationCount: 6, averageScore: 75, latestScore: 50, latestEvaluationDate: '2026-10-15' });
  });

  it('validates scores and keeps evaluations to the school admin’s own school', async () => {
    const provider = await approvedProvider(api);
    const school = (await createSchool(api)).id;
    const bad = await api.exec(RECORD, { input: evaluation(provider.id, school, { total: 101 }) });
    expect([codeOf(bad), fieldOf(bad)]).toEqual(['BAD_USER_INPUT', 'total']);
    const twice = await api.exec(RECORD, {
      input: evaluation(provider.id, school, {
        scores: [
          { criterion: 'SAFETY', score: 1 },
          { criterion: 'SAFETY', score: 2 },
        ],
      }),
    });
    expect(fieldOf(twice)).toBe('scores');
    expect(codeOf(await api.exec(RECORD, { input: evaluation(provider.id, school) }, schoolAdminOf('sch_other')))).toBe('FORBIDDEN');
    const providerUser = { sub: 'p', role: 'PROVIDER' as const, providerId: provider.id };
    expect(codeOf(await api.exec(RECORD, { input: evaluation(provider.id, school) }, providerUser))).toBe('FORBIDDEN');
  });
});
