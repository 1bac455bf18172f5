import { expect } from 'vitest';
import type { TestApi } from './api';

const ISSUE = 'mutation($code: String!) { issueRespondentKey(accessCode: $code) { key } }';
const SUBMIT = `mutation($code: String!, $key: String!, $answers: [SurveyAnswerInput!]!, $grade: Int, $school: ID) {
  submitSurveyResponse(accessCode: $code, respondentKey: $key, answers: $answers, grade: $grade, schoolId: $school) { accepted } }`;

/** One parent's anonymous answer, as the public page sends it: a key issued for this device, then the answers. */
export async function answerSurvey(api: TestApi, accessCode: string, answers: Record<string, unknown>[], options: { schoolId?: string; grade?: number } = {}) {
  const issued = await api.exec(ISSUE, { code: accessCode }, null);
  expect(issued.errors, JSON.stringify(issued.errors)).toBeUndefined();
  const submitted = await api.exec(
    SUBMIT,
    { code: accessCode, key: issued.data!.issueRespondentKey.key, answers, school: options.schoolId, grade: options.grade },
    null,
  );
  expect(submitted.errors, JSON.stringify(submitted.errors)).toBeUndefined();
}

/** `count` parents answering the same way. */
export async function answerSurveyTimes(
  api: TestApi,
  count: number,
  accessCode: string,
  answers: Record<string, unknown>[],
  options: { schoolId?: string; grade?: number } = {},
) {
  for (let i = 0; i < count; i++) await answerSurvey(api, accessCode, answers, options);
}
