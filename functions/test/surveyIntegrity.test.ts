import { beforeAll, describe, expect, it } from 'vitest';
import { codeOf, createTestApi, fieldOf, schoolAdminOf, type TestApi } from './support/api';
import { activityInput, CREATE_ACTIVITY, createSchool, createTerm, schoolWithTerm } from './support/domain';

const CREATE = 'mutation($input: CreateSurveyInput!) { createSurvey(input: $input) { id version status termId previousSurveyId questions { id } } }';
const UPDATE =
  'mutation($id: ID!, $input: UpdateSurveyInput!, $v: Int!) { updateSurvey(id: $id, input: $input, expectedVersion: $v) { version termId previousSurveyId questions { id } } }';
const PUBLISH = 'mutation($id: ID!) { publishSurvey(id: $id) { status } }';
const SURVEYS = 'query { surveys(first: 100) { totalCount } }';

const survey = (overrides: Record<string, unknown> = {}) => ({
  title: '课后服务满意度调查',
  intro: '本问卷匿名填写，是否填写由您自愿决定。',
  kind: 'SATISFACTION',
  scope: 'DISTRICT',
  questions: [{ kind: 'RATING', text: '您对课后服务的总体满意度' }],
  ...overrides,
});

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});

const surveyCount = async () => (await api.exec(SURVEYS)).data!.surveys.totalCount as number;

async function create(input: Record<string, unknown>, viewer?: Parameters<TestApi['exec']>[2]) {
  const result = await api.exec(CREATE, { input }, viewer);
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data!.createSurvey as { id: string; version: number };
}

describe('coercive wording cannot be disguised (issue 11)', () => {
  it.each([
    ['a zero-width space', '本学期课后服务为强\u200B制项目', '强\u200B制', '强制'],
    ['a full-width space', '全体学生必须　参加课后服务', '必须　参加', '必须参加'],
    ['Traditional characters', '本學期課後服務為強制項目', '強制', '强制'],
  ])('refuses to publish wording hidden by %s, quoting it as written', async (_name, intro, phrase, matched) => {
    const draft = await create(survey({ kind: 'DEMAND', intro }));
    const refused = await api.exec(PUBLISH, { id: draft.id });
    expect(codeOf(refused)).toBe('BAD_USER_INPUT');
    expect(fieldOf(refused)).toBe('intro');
    expect(refused.errors![0].extensions!.phrases).toEqual([{ field: 'intro', phrase, matched, reason: expect.any(String) }]);
    expect((await api.exec('query($id: ID!) { survey(id: $id) { status version } }', { id: draft.id })).data!.survey).toEqual({ status: 'DRAFT', version: 1 });
  });
});

describe('question ids are unique (issue 11)', () => {
  it('refuses two questions with one id on create and on update, and changes nothing', async () => {
    const before = await surveyCount();
    const duplicate = [
      { id: 'q1', kind: 'RATING', text: '总体满意度' },
      { id: 'q1', kind: 'TEXT', text: '其他建议', required: false },
    ];
    const refused = await api.exec(CREATE, { input: survey({ questions: duplicate }) });
    expect(codeOf(refused)).toBe('BAD_USER_INPUT');
    expect(fieldOf(refused)).toBe('questions.1.id');
    expect(await surveyCount()).toBe(before);

    const draft = await create(survey());
    const update = await api.exec(UPDATE, { id: draft.id, v: 1, input: { questions: duplicate } });
    expect(codeOf(update)).toBe('BAD_USER_INPUT');
    expect(fieldOf(update)).toBe('questions.1.id');
    expect((await api.exec('query($id: ID!) { survey(id: $id) { version questions { id } } }', { id: draft.id })).data!.survey).toEqual({
      version: 1,
      questions: [{ id: 'q1' }],
    });
  });

  it('still gives new questions fresh ids next to kept ones', async () => {
    const draft = await create(
      survey({
        questions: [
          { id: 'q2', kind: 'RATING', text: '总体满意度' },
          { kind: 'TEXT', text: '建议', required: false },
          { kind: 'RATING', text: '安全' },
        ],
      }),
    );
    const read = await api.exec('query($id: ID!) { survey(id: $id) { questions { id } } }', { id: draft.id });
    expect(read.data!.survey.questions).toEqual([{ id: 'q2' }, { id: 'q1' }, { id: 'q3' }]);
  });
});

describe('termId and previousSurveyId must exist and fit the survey (issue 11)', () => {
  it('refuses an unknown term or another school’s term, accepts the school’s own', async () => {
    const { schoolId, termId } = await schoolWithTerm(api);
    const other = await schoolWithTerm(api);
    const before = await surveyCount();
    const unknown = await api.exec(CREATE, { input: survey({ scope: 'SCHOOL', scopeId: schoolId, termId: 'trm_doesnotexist' }) });
    expect([codeOf(unknown), fieldOf(unknown)]).toEqual(['BAD_USER_INPUT', 'termId']);
    const foreign = await api.exec(CREATE, { input: survey({ scope: 'SCHOOL', scopeId: schoolId, termId: other.termId }) }, schoolAdminOf(schoolId));
    expect([codeOf(foreign), fieldOf(foreign)]).toEqual(['BAD_USER_INPUT', 'termId']);
    expect(await surveyCount()).toBe(before);

    const own = await create(survey({ scope: 'SCHOOL', scopeId: schoolId, termId }), schoolAdminOf(schoolId));
    const moved = await api.exec(UPDATE, { id: own.id, v: 1, input: { termId: other.termId } });
    expect([codeOf(moved), fieldOf(moved)]).toEqual(['BAD_USER_INPUT', 'termId']);
    // A district-wide survey may name any school's term (terms belong to schools).
    expect((await create(survey({ termId: other.termId }))).id).toBeTruthy();
  });

  it('ties an activity survey to the activity’s own term', async () => {
    const { schoolId, termId } = await schoolWithTerm(api);
    const spring = await createTerm(api, schoolId, { semester: 2, startDate: '2027-02-20', endDate: '2027-07-01', excludedDates: [] });
    const activity = (await api.exec(CREATE_ACTIVITY, { input: activityInput(termId) })).data!.createActivity;
    const wrong = await api.exec(CREATE, { input: survey({ scope: 'ACTIVITY', scopeId: activity.id, termId: spring.id }) });
    expect([codeOf(wrong), fieldOf(wrong)]).toEqual(['BAD_USER_INPUT', 'termId']);
    const right = await create(survey({ scope: 'ACTIVITY', scopeId: activity.id, termId }));
    const update = await api.exec(UPDATE, { id: right.id, v: 1, input: { termId: spring.id } });
    expect([codeOf(update), fieldOf(update)]).toEqual(['BAD_USER_INPUT', 'termId']);
  });

  it('refuses a previous survey that is missing, itself, about something else or of another kind', async () => {
    const school = await createSchool(api);
    const otherSchool = await createSchool(api);
    const lastTerm = await create(survey({ scope: 'SCHOOL', scopeId: school.id }));
    const otherSchools = await create(survey({ scope: 'SCHOOL', scopeId: otherSchool.id }));
    const demand = await create(survey({ scope: 'SCHOOL', scopeId: school.id, kind: 'DEMAND' }));
    for (const previousSurveyId of ['svy_doesnotexist', otherSchools.id, demand.id]) {
      const refused = await api.exec(CREATE, { input: survey({ scope: 'SCHOOL', scopeId: school.id, previousSurveyId }) });
      expect([codeOf(refused), fieldOf(refused), previousSurveyId]).toEqual(['BAD_USER_INPUT', 'previousSurveyId', previousSurveyId]);
    }
    const current = await create(survey({ scope: 'SCHOOL', scopeId: school.id, previousSurveyId: lastTerm.id }));
    const self = await api.exec(UPDATE, { id: current.id, v: 1, input: { previousSurveyId: current.id } });
    expect([codeOf(self), fieldOf(self)]).toEqual(['BAD_USER_INPUT', 'previousSurveyId']);
    const district = await api.exec(UPDATE, { id: current.id, v: 1, input: { previousSurveyId: otherSchools.id } });
    expect([codeOf(district), fieldOf(district)]).toEqual(['BAD_USER_INPUT', 'previousSurveyId']);
    const read = await api.exec('query($id: ID!) { survey(id: $id) { version previousSurveyId } }', { id: current.id });
    expect(read.data!.survey).toEqual({ version: 1, previousSurveyId: lastTerm.id });
  });
});
