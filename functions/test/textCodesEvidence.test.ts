import { beforeAll, describe, expect, it } from 'vitest';
import { zhOf } from '../src/core/labels';
import { createTestApi, type TestApi } from './support/api';
import { activeContract, approvedProvider, createSchool, schoolWithTerm } from './support/domain';

// Server-written Chinese beside typed values (see textCodes.test.ts): an exit case's evidence summaries and a survey's
// grade groups. The console's catalogues are checked against the same sentences in admin/src/exits/exitEvidence.test.ts
// and admin/src/surveys/results/groupName.test.ts.

const PARAMS = 'date evaluationKind total findings responseCount satisfactionRate certificateType certificateNumber validTo';
const none = {
  date: null,
  evaluationKind: null,
  total: null,
  findings: null,
  responseCount: null,
  satisfactionRate: null,
  certificateType: null,
  certificateNumber: null,
  validTo: null,
};

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});

const evidenceOf = async (providerId: string) =>
  (
    await api.exec(`query($p: ID!) { providerExits(filter: { providerId: $p }) { nodes { evidence { kind summary params { ${PARAMS} } } } } }`, {
      p: providerId,
    })
  ).data!.providerExits.nodes[0].evidence;

const RECORD = 'mutation($input: RecordEvaluationInput!) { recordEvaluation(input: $input) { id } }';
const evaluation = (providerId: string, schoolId: string, findings?: string) => ({
  providerId,
  schoolId,
  kind: 'SPOT_CHECK',
  date: '2026-10-01',
  evaluator: '督导',
  scores: [{ criterion: 'SAFETY', score: 40 }],
  findings,
});

describe('exit evidence carries the values its Chinese summary names', () => {
  it('an evaluation: automatic (with the findings) and attached by hand', async () => {
    const { schoolId, termId } = await schoolWithTerm(api);
    const weak = await approvedProvider(api);
    await activeContract(api, schoolId, termId, weak.id);
    expect((await api.exec(RECORD, { input: evaluation(weak.id, schoolId, '安全巡查缺位') })).errors).toBeUndefined();
    const base = { date: '2026-10-01', evaluationKind: 'SPOT_CHECK', total: 40 };
    expect(await evidenceOf(weak.id)).toEqual([
      { kind: 'EVALUATION', summary: `2026-10-01 ${zhOf('SPOT_CHECK')} 40 分：安全巡查缺位`, params: { ...none, ...base, findings: '安全巡查缺位' } },
    ]);

    const other = await approvedProvider(api);
    await activeContract(api, schoolId, termId, other.id);
    // Above the threshold: no automatic case; an admin opens one by hand with the evaluation attached.
    const fair = (await api.exec(RECORD, { input: { ...evaluation(other.id, schoolId), scores: [{ criterion: 'SAFETY', score: 90 }] } })).data!.recordEvaluation
      .id;
    const opened = await api.exec('mutation($input: OpenProviderExitInput!) { openProviderExit(input: $input) { id } }', {
      input: { providerId: other.id, reason: '多次未按时到岗', evaluationIds: [fair] },
    });
    expect(opened.errors).toBeUndefined();
    expect(await evidenceOf(other.id)).toEqual([
      { kind: 'EVALUATION', summary: `2026-10-01 ${zhOf('SPOT_CHECK')} 90 分`, params: { ...none, ...base, total: 90 } },
    ]);
  });

  it('a survey, a lapsed certificate, and no certificate at all', async () => {
    const unhappy = await approvedProvider(api);
    await api.services.exitTriggers.lowSatisfaction(unhappy.id, 'srv_test', 4 / 9, 9);
    expect(await evidenceOf(unhappy.id)).toEqual([
      { kind: 'SURVEY', summary: '满意度调查 9 份答卷，满意率 44.4%', params: { ...none, responseCount: 9, satisfactionRate: 4 / 9 } },
    ]);

    const lapsed = await approvedProvider(api);
    const stored = (await api.services.repositories.providers.get(lapsed.id))!;
    const expired = stored.qualifications.map((q) => ({ ...q, validTo: '2020-01-01' }));
    await api.services.repositories.providers.update(stored, { ...stored, qualifications: expired, version: stored.version + 1 }, stored.version);
    const bare = await approvedProvider(api);
    const bareStored = (await api.services.repositories.providers.get(bare.id))!;
    await api.services.repositories.providers.update(bareStored, { ...bareStored, qualifications: [], version: bareStored.version + 1 }, bareStored.version);
    await api.services.exitTriggers.expiredQualifications();

    const latest = expired.at(-1)!;
    expect(await evidenceOf(lapsed.id)).toEqual([
      {
        kind: 'QUALIFICATION',
        summary: `${latest.certificateType} ${latest.number} 有效期至 2020-01-01`,
        params: { ...none, certificateType: latest.certificateType, certificateNumber: latest.number, validTo: '2020-01-01' },
      },
    ]);
    expect(await evidenceOf(bare.id)).toEqual([{ kind: 'QUALIFICATION', summary: '没有登记任何资质', params: none }]);
  });
});

describe('survey results grouped by grade carry the grade beside the Chinese label', () => {
  it('gives `grade` for GRADE groups (label `<grade>年级`) and null for other groupings', async () => {
    const school = await createSchool(api);
    const created = await api.exec('mutation($input: CreateSurveyInput!) { createSurvey(input: $input) { id accessCode } }', {
      input: { title: '满意度', kind: 'SATISFACTION', scope: 'SCHOOL', scopeId: school.id, questions: [{ kind: 'RATING', text: '总体满意度' }] },
    });
    const survey = created.data!.createSurvey;
    await api.exec('mutation($id: ID!) { publishSurvey(id: $id) { status } }', { id: survey.id });
    for (const grade of [3, 5, 5]) {
      const key = (await api.exec('mutation($c: String!) { issueRespondentKey(accessCode: $c) { key } }', { c: survey.accessCode }, null)).data!
        .issueRespondentKey.key;
      const sent = await api.exec(
        'mutation($c: String!, $k: String!, $a: [SurveyAnswerInput!]!, $g: Int) { submitSurveyResponse(accessCode: $c, respondentKey: $k, answers: $a, grade: $g) { accepted } }',
        { c: survey.accessCode, k: key, a: [{ questionId: 'q1', rating: 5 }], g: grade },
        null,
      );
      expect(sent.errors).toBeUndefined();
    }
    const groups = async (by: string) =>
      (
        await api.exec('query($id: ID!, $by: SurveyGroupBy) { surveyResults(surveyId: $id, groupBy: $by) { groups { key label grade responseCount } } }', {
          id: survey.id,
          by,
        })
      ).data!.surveyResults.groups;
    expect(await groups('GRADE')).toEqual([
      { key: '3', label: '3年级', grade: 3, responseCount: 1 },
      { key: '5', label: '5年级', grade: 5, responseCount: 2 },
    ]);
    expect(await groups('SCHOOL')).toEqual([{ key: school.id, label: expect.any(String), grade: null, responseCount: 3 }]);
  });
});
