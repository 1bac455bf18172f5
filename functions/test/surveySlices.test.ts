import { beforeAll, describe, expect, it } from 'vitest';
import { SLICE_MIN_ANSWERS } from '../src/surveys/schoolSlice';
import { codeOf, createTestApi, schoolAdminOf, type TestApi } from './support/api';
import { approvedProvider, createSchool } from './support/domain';
import { answerSurveyTimes } from './support/surveyAnswers';

/**
 * A school admin reads a published district-wide survey as their school's slice: their school's answers only, and
 * figures only where at least SLICE_MIN_ANSWERS answers stand behind them.
 */
const CREATE = 'mutation($input: CreateSurveyInput!) { createSurvey(input: $input) { id accessCode } }';
const PUBLISH = 'mutation($id: ID!) { publishSurvey(id: $id) { status } }';
const RESULTS = `query($id: ID!, $by: SurveyGroupBy) { surveyResults(surveyId: $id, groupBy: $by) {
  surveyId schoolSlice withheld minimumAnswers responseCount satisfactionRate
  questions { questionId responseCount meanRating satisfactionRate withheld options { label count } }
  groups { key responseCount satisfactionRate withheld } } }`;
const SURVEY = 'query($id: ID!) { survey(id: $id) { id title schoolSlice responseCount questions { id } } }';
const LIST = 'query($f: SurveyFilter) { surveys(filter: $f) { totalCount nodes { id schoolSlice responseCount } } }';

const questions = [
  { kind: 'RATING', text: '您对课后服务的总体满意度' },
  { kind: 'SINGLE_CHOICE', text: '孩子最喜欢的活动', options: ['体育', '艺术'] },
  { kind: 'SINGLE_CHOICE', text: '是否需要延时托管', options: ['需要', '不需要'], required: false },
];

let api: TestApi;
let A: string;
let B: string;
let C: string;
let survey: { id: string; accessCode: string };
let draft: { id: string };

beforeAll(async () => {
  api = await createTestApi();
  [A, B, C] = [(await createSchool(api)).id, (await createSchool(api)).id, (await createSchool(api)).id];
  const created = await api.exec(CREATE, { input: { title: '全区满意度（切片）', kind: 'SATISFACTION', scope: 'DISTRICT', questions } });
  survey = created.data!.createSurvey;
  await api.exec(PUBLISH, { id: survey.id });
  draft = (await api.exec(CREATE, { input: { title: '全区草稿', kind: 'DEMAND', scope: 'DISTRICT', questions } })).data!.createSurvey;
  // School A: enough answers, all satisfied and choosing 体育; only 4 answer the optional question.
  await answerSurveyTimes(
    api,
    SLICE_MIN_ANSWERS + 1 - 4,
    survey.accessCode,
    [
      { questionId: 'q1', rating: 5 },
      { questionId: 'q2', choices: ['体育'] },
    ],
    { schoolId: A },
  );
  await answerSurveyTimes(
    api,
    4,
    survey.accessCode,
    [
      { questionId: 'q1', rating: 5 },
      { questionId: 'q2', choices: ['体育'] },
      { questionId: 'q3', choices: ['需要'] },
    ],
    { schoolId: A },
  );
  // School B: too few to show, all dissatisfied and choosing 艺术.
  await answerSurveyTimes(
    api,
    3,
    survey.accessCode,
    [
      { questionId: 'q1', rating: 1 },
      { questionId: 'q2', choices: ['艺术'] },
    ],
    { schoolId: B },
  );
}, 120_000);

describe('school slices of district surveys', () => {
  it('shows school A its own figures only: counts, rates and groups of A', async () => {
    const asA = schoolAdminOf(A);
    const read = await api.exec(SURVEY, { id: survey.id }, asA);
    expect(read.data!.survey).toMatchObject({ id: survey.id, schoolSlice: A, responseCount: SLICE_MIN_ANSWERS + 1 });
    const results = (await api.exec(RESULTS, { id: survey.id, by: 'SCHOOL' }, asA)).data!.surveyResults;
    expect(results).toMatchObject({
      schoolSlice: A,
      withheld: false,
      minimumAnswers: SLICE_MIN_ANSWERS,
      responseCount: SLICE_MIN_ANSWERS + 1,
      satisfactionRate: 1,
    });
    expect(results.questions[0]).toMatchObject({ withheld: false, meanRating: 5 });
    expect(results.questions[1].options).toEqual([
      { label: '体育', count: SLICE_MIN_ANSWERS + 1 },
      { label: '艺术', count: 0 },
    ]);
    // Only 4 of A's families answered the optional question: too few to show.
    expect(results.questions[2]).toMatchObject({ responseCount: 4, withheld: true, options: [] });
    expect(results.groups).toEqual([{ key: A, responseCount: SLICE_MIN_ANSWERS + 1, satisfactionRate: 1, withheld: false }]);
    // Grade groups of a district survey mix every school: a slice has none.
    expect((await api.exec(RESULTS, { id: survey.id, by: 'GRADE' }, asA)).data!.surveyResults.groups).toEqual([]);
    expect(JSON.stringify(results)).not.toContain(B);
  });

  it('withholds the figures of a slice with fewer answers than the minimum', async () => {
    const results = (await api.exec(RESULTS, { id: survey.id, by: 'SCHOOL' }, schoolAdminOf(B))).data!.surveyResults;
    expect(results).toMatchObject({ schoolSlice: B, withheld: true, responseCount: 3, satisfactionRate: null });
    expect(
      results.questions.every(
        (q: { withheld: boolean; options: unknown[]; meanRating: unknown }) => q.withheld && q.options.length === 0 && q.meanRating === null,
      ),
    ).toBe(true);
    expect(results.groups).toEqual([{ key: B, responseCount: 3, satisfactionRate: null, withheld: true }]);
    const none = (await api.exec(RESULTS, { id: survey.id }, schoolAdminOf(C))).data!.surveyResults;
    expect(none).toMatchObject({ schoolSlice: C, withheld: true, responseCount: 0 });
  });

  it('keeps the full results, the drafts and the trail with the district', async () => {
    const full = (await api.exec(RESULTS, { id: survey.id, by: 'SCHOOL' })).data!.surveyResults;
    expect(full).toMatchObject({ schoolSlice: null, withheld: false, responseCount: SLICE_MIN_ANSWERS + 4 });
    expect(full.groups.map((g: { key: string }) => g.key).sort()).toEqual([A, B].sort());
    const asA = schoolAdminOf(A);
    expect(codeOf(await api.exec(SURVEY, { id: draft.id }, asA))).toBe('FORBIDDEN');
    expect(codeOf(await api.exec(RESULTS, { id: draft.id }, asA))).toBe('FORBIDDEN');
    expect(codeOf(await api.exec('query($id: ID!) { auditEvents(entityId: $id) { totalCount } }', { id: survey.id }, asA))).toBe('FORBIDDEN');
    expect(codeOf(await api.exec('mutation($id: ID!) { closeSurvey(id: $id) { id } }', { id: survey.id }, asA))).toBe('FORBIDDEN');
  });

  it('lists the published district surveys for a school admin, apart from their school’s own', async () => {
    const asA = schoolAdminOf(A);
    const district = (await api.exec(LIST, { f: { scope: 'DISTRICT' } }, asA)).data!.surveys;
    expect(district.nodes).toEqual([{ id: survey.id, schoolSlice: A, responseCount: SLICE_MIN_ANSWERS + 1 }]);
    expect(district.totalCount).toBe(1);
    const own = (await api.exec(LIST, {}, asA)).data!.surveys;
    expect(own.nodes).toEqual([]);
  });

  it('does not slice provider-wide surveys (they are about a provider, not the district)', async () => {
    const provider = await approvedProvider(api);
    const created = await api.exec(CREATE, { input: { title: '机构满意度', kind: 'SATISFACTION', scope: 'PROVIDER', scopeId: provider.id, questions } });
    await api.exec(PUBLISH, { id: created.data!.createSurvey.id });
    expect(codeOf(await api.exec(RESULTS, { id: created.data!.createSurvey.id }, schoolAdminOf(A)))).toBe('FORBIDDEN');
  });
});
