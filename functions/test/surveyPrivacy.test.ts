import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from './support/api';
import { answerSurvey } from './support/surveyAnswers';

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});

describe('free-text answers', () => {
  it('are stored with phone and ID card numbers masked, the rest as written', async () => {
    const created = await api.exec('mutation($input: CreateSurveyInput!) { createSurvey(input: $input) { id } }', {
      input: { title: '需求征询', kind: 'DEMAND', scope: 'DISTRICT', questions: [{ kind: 'TEXT', text: '其他建议' }] },
    });
    const id = created.data!.createSurvey.id;
    const published = await api.exec('mutation($id: ID!) { publishSurvey(id: $id) { accessCode } }', { id });
    const schools = await api.exec('mutation($input: CreateSchoolInput!) { createSchool(input: $input) { id } }', {
      input: { name: '隐私小学', code: 'PRIV-1', type: 'PRIMARY', ownership: 'PUBLIC', grades: [1, 2, 3] },
    });
    await answerSurvey(
      api,
      published.data!.publishSurvey.accessCode,
      [{ questionId: 'q1', text: '希望 3 年级加开足球，请联系我 13812345678，孩子身份证 110101201501011234' }],
      { schoolId: schools.data!.createSchool.id },
    );
    const stored = await api.services.repositories.responses.all(id);
    expect(stored.map((response) => response.answers[0].text)).toEqual(['希望 3 年级加开足球，请联系我 [手机号已隐去]，孩子身份证 [身份证号已隐去]']);
    expect(JSON.stringify(stored)).not.toMatch(/13812345678|110101201501011234/);
  });
});
