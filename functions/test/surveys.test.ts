import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { contributions } from '../src/surveys/answers';
import { codeOf, createTestApi, fieldOf, schoolAdminOf, type TestApi } from './support/api';
import { approvedProvider, createSchool } from './support/domain';

const CREATE = 'mutation($input: CreateSurveyInput!) { createSurvey(input: $input) { id accessCode status questions { id kind options } } }';
const PUBLISH = 'mutation($id: ID!) { publishSurvey(id: $id) { status } }';
const CLOSE = 'mutation($id: ID!) { closeSurvey(id: $id) { status } }';
const SUBMIT = `mutation($code: String!, $key: String!, $answers: [SurveyAnswerInput!]!, $grade: Int, $school: ID) {
  submitSurveyResponse(accessCode: $code, respondentKey: $key, answers: $answers, grade: $grade, schoolId: $school) { accepted replaced } }`;
const ISSUE = 'mutation($code: String!) { issueRespondentKey(accessCode: $code) { key } }';
const RESULTS = `query($id: ID!, $by: SurveyGroupBy) { surveyResults(surveyId: $id, groupBy: $by) {
  responseCount satisfactionRate questions { questionId responseCount meanRating satisfactionRate options { label count } }
  groups { key label responseCount satisfactionRate } } }`;

const satisfaction = (scope: string, scopeId?: string) => ({
  title: '课后服务满意度调查',
  intro: '本问卷匿名填写，是否填写由您自愿决定。',
  kind: 'SATISFACTION',
  scope,
  scopeId,
  questions: [
    { kind: 'RATING', text: '您对课后服务的总体满意度' },
    { kind: 'SINGLE_CHOICE', text: '孩子最喜欢的活动', options: ['体育', '艺术', '科技'] },
    { kind: 'MULTI_CHOICE', text: '希望增加的内容', options: ['阅读', '编程', '劳动'], required: false },
    { kind: 'TEXT', text: '其他建议', required: false },
  ],
});

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});
afterEach(() => {
  delete process.env.SURVEY_RATE_LIMIT_PER_MINUTE;
});

const issuedKeys = new Map<string, Promise<string>>();
/**
 * The server-issued key standing for one device of these tests (issued once per survey and device name). Where no key
 * can be issued (a closed survey) an unissued one is sent: the survey's state is checked first.
 */
function keyOf(code: string, device: string): Promise<string> {
  const id = `${code}/${device}`;
  if (!issuedKeys.has(id)) {
    issuedKeys.set(
      id,
      api.exec(ISSUE, { code }, null).then((result) => result.data?.issueRespondentKey.key ?? `rk1.unissued.${device}`),
    );
  }
  return issuedKeys.get(id)!;
}

/** An anonymous submission from the device named `key`. */
const submit = async (variables: { code: string; key: string } & Record<string, unknown>) =>
  api.exec(SUBMIT, { ...variables, key: await keyOf(variables.code, variables.key) }, null);

async function openSurvey(input: Record<string, unknown>) {
  const created = await api.exec(CREATE, { input });
  expect(created.errors).toBeUndefined();
  const survey = created.data!.createSurvey;
  expect((await api.exec(PUBLISH, { id: survey.id })).data!.publishSurvey.status).toBe('OPEN');
  return survey as { id: string; accessCode: string };
}

const answersFor = (i: number) => [
  { questionId: 'q1', rating: (i % 5) + 1 },
  { questionId: 'q2', choices: [['体育', '艺术', '科技'][i % 3]] },
  { questionId: 'q3', choices: i % 2 ? ['阅读', '劳动'] : [] },
];

describe('survey answering and exact aggregates', () => {
  it('200 concurrent submissions from 150 keys (50 resubmissions) equal a recount of the stored answers', async () => {
    const school = await createSchool(api);
    const survey = await openSurvey(satisfaction('SCHOOL', school.id));
    const submissions = Array.from({ length: 200 }, (_, i) => {
      const key = `device-${String(i % 150).padStart(4, '0')}`;
      return submit({ code: survey.accessCode, key, answers: answersFor(i * 7), grade: (i % 6) + 1 });
    });
    const results = await Promise.all(submissions);
    expect(results.filter((r) => r.errors)).toEqual([]);
    expect(results.filter((r) => r.data!.submitSurveyResponse.replaced)).toHaveLength(50);

    const stored = await api.services.repositories.responses.all(survey.id);
    expect(stored).toHaveLength(150);
    const questions = (await api.services.repositories.surveys.get(survey.id))!.questions;
    const recount = new Map<string, number>();
    for (const response of stored) for (const [name, value] of contributions(questions, response.answers)) recount.set(name, (recount.get(name) ?? 0) + value);
    const aggregated = (await api.services.repositories.responses.aggregates(survey.id, 'all#')).get('all')!;
    expect(Object.fromEntries([...aggregated].filter(([, v]) => v !== 0))).toEqual(Object.fromEntries(recount));

    const read = (await api.exec(RESULTS, { id: survey.id, by: 'GRADE' })).data!.surveyResults;
    expect(read.responseCount).toBe(150);
    const ratings = stored.map((r) => r.answers.find((a) => a.questionId === 'q1')!.rating!);
    expect(read.questions[0].options.map((o: { count: number }) => o.count)).toEqual([1, 2, 3, 4, 5].map((v) => ratings.filter((r) => r === v).length));
    expect(read.satisfactionRate).toBeCloseTo(ratings.filter((r) => r >= 4).length / 150, 4);
    expect(read.questions[0].meanRating).toBeCloseTo(ratings.reduce((a, b) => a + b, 0) / 150, 2);
    expect(read.groups.reduce((sum: number, g: { responseCount: number }) => sum + g.responseCount, 0)).toBe(150);
    // 200 transactions contending for a handful of aggregate items: slow on a loaded 2-core machine.
  }, 180_000);

  it('a resubmission replaces the answer and moves the counts by the difference', async () => {
    const school = await createSchool(api);
    const survey = await openSurvey(satisfaction('SCHOOL', school.id));
    await submit({
      code: survey.accessCode,
      key: 'parent-abcdef',
      answers: [
        { questionId: 'q1', rating: 1 },
        { questionId: 'q2', choices: ['体育'] },
      ],
    });
    const again = await submit({
      code: survey.accessCode,
      key: 'parent-abcdef',
      answers: [
        { questionId: 'q1', rating: 5 },
        { questionId: 'q2', choices: ['科技'] },
      ],
    });
    expect(again.data!.submitSurveyResponse).toEqual({ accepted: true, replaced: true });
    const read = (await api.exec(RESULTS, { id: survey.id })).data!.surveyResults;
    expect(read).toMatchObject({ responseCount: 1, satisfactionRate: 1 });
    expect(read.questions[1].options).toEqual([
      { label: '体育', count: 0 },
      { label: '艺术', count: 0 },
      { label: '科技', count: 1 },
    ]);
  });

  it('validates answers, refuses closed surveys and keeps results from anonymous readers', async () => {
    const school = await createSchool(api);
    const survey = await openSurvey(satisfaction('SCHOOL', school.id));
    const bad = await submit({ code: survey.accessCode, key: 'parent-000001', answers: [{ questionId: 'q1', rating: 9 }] });
    expect([codeOf(bad), fieldOf(bad)]).toEqual(['BAD_USER_INPUT', 'answers.0.rating']);
    const missing = await submit({ code: survey.accessCode, key: 'parent-000001', answers: [{ questionId: 'q1', rating: 3 }] });
    expect(fieldOf(missing)).toBe('answers');
    expect(codeOf(await api.exec(RESULTS, { id: survey.id }, null))).toBe('UNAUTHENTICATED');
    expect(codeOf(await api.exec(RESULTS, { id: survey.id }, schoolAdminOf('sch_other')))).toBe('FORBIDDEN');
    expect((await api.exec(RESULTS, { id: survey.id }, schoolAdminOf(school.id))).errors).toBeUndefined();
    await api.exec(CLOSE, { id: survey.id });
    const late = await submit({ code: survey.accessCode, key: 'parent-000002', answers: answersFor(1) });
    expect(codeOf(late)).toBe('INVALID_TRANSITION');
    const view = await api.exec('query($c: String!) { publicSurvey(accessCode: $c) { title status questions { id text } } }', { c: survey.accessCode }, null);
    expect(view.data!.publicSurvey.status).toBe('CLOSED');
    expect(codeOf(await api.exec('query { publicSurvey(accessCode: "nope") { title } }', {}, null))).toBe('NOT_FOUND');
  });

  it('rate-limits one access code with RATE_LIMITED', async () => {
    const school = await createSchool(api);
    const survey = await openSurvey(satisfaction('SCHOOL', school.id));
    process.env.SURVEY_RATE_LIMIT_PER_MINUTE = '3';
    const codes = [];
    for (let i = 0; i < 5; i++) codes.push(codeOf(await submit({ code: survey.accessCode, key: `burst-key-${i}`, answers: answersFor(i) })));
    expect(codes.filter((code) => code === 'RATE_LIMITED').length).toBeGreaterThanOrEqual(1);
    expect(codes.slice(0, 3)).toEqual([undefined, undefined, undefined]);
  });
});

describe('publishing checks the wording (seed part 二)', () => {
  it('refuses coercive wording, naming each phrase, and accepts safety rules', async () => {
    const input = {
      ...satisfaction('DISTRICT'),
      kind: 'DEMAND',
      title: '课后服务需求征询单',
      intro: '本学期课后服务所有学生必须参加，不参加的将通报。活动中禁止携带危险物品。',
      questions: [{ kind: 'SINGLE_CHOICE', text: '是否参加（强制）', options: ['参加', '不参加'] }],
    };
    const survey = (await api.exec(CREATE, { input })).data!.createSurvey;
    const refused = await api.exec(PUBLISH, { id: survey.id });
    expect(codeOf(refused)).toBe('BAD_USER_INPUT');
    const phrases = (refused.errors![0].extensions!.phrases as { phrase: string; field: string }[]).map((p) => `${p.field}:${p.phrase}`);
    expect(phrases).toEqual(['intro:必须参加', 'intro:不参加的将通报', 'questions.0.text:强制']);
    expect((await api.exec('query($id: ID!) { survey(id: $id) { status } }', { id: survey.id })).data!.survey.status).toBe('DRAFT');
    const fixed = await api.exec('mutation($id: ID!, $input: UpdateSurveyInput!) { updateSurvey(id: $id, input: $input, expectedVersion: 1) { version } }', {
      id: survey.id,
      input: {
        intro: '是否参加由您自愿选择。活动中禁止携带危险物品。',
        questions: [{ kind: 'SINGLE_CHOICE', text: '您是否希望孩子参加', options: ['希望', '暂不需要'] }],
      },
    });
    expect(fixed.errors).toBeUndefined();
    expect((await api.exec(PUBLISH, { id: survey.id })).data!.publishSurvey.status).toBe('OPEN');
  });
});

describe('satisfaction trigger', () => {
  it('closing a provider survey below the policy rate opens an exit case', async () => {
    const provider = await approvedProvider(api);
    const school = await createSchool(api);
    const survey = await openSurvey(satisfaction('PROVIDER', provider.id));
    for (let i = 0; i < 5; i++) {
      await submit({
        code: survey.accessCode,
        key: `unhappy-${i}-key`,
        answers: [
          { questionId: 'q1', rating: i === 0 ? 5 : 2 },
          { questionId: 'q2', choices: ['体育'] },
        ],
        school: school.id,
      });
    }
    await api.exec(CLOSE, { id: survey.id });
    const cases = (
      await api.exec('query($p: ID!) { providerExits(filter: { providerId: $p }) { nodes { trigger evidence { kind refId } } } }', { p: provider.id })
    ).data!.providerExits.nodes;
    expect(cases).toEqual([{ trigger: 'LOW_SATISFACTION', evidence: [{ kind: 'SURVEY', refId: survey.id }] }]);
    const bySchool = (await api.exec(RESULTS, { id: survey.id, by: 'SCHOOL' })).data!.surveyResults.groups;
    expect(bySchool).toEqual([{ key: school.id, label: expect.any(String), responseCount: 5, satisfactionRate: 0.2 }]);
  });
});
