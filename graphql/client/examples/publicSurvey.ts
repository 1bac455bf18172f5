/**
 * A parent's phone page in a few lines: read a survey by its access code and answer it anonymously.
 *
 *   KEHOU_ACCESS_CODE=<code printed by npm start> npx tsx graphql/client/examples/publicSurvey.ts
 *   KEHOU_RESPONDENT_KEY=<the key it printed> …   # answers again as the same device: replaces the answer
 */
import { createClient, IssueRespondentKeyDocument, PublicSurveyDocument, SubmitSurveyResponseDocument, type SurveyAnswerInput } from '@kehou/client';
import { publicApiUrl, required } from './env';

const accessCode = required('KEHOU_ACCESS_CODE');
// Anonymous: no token, and never a name — the API stores only grade and school with the answers.
const client = createClient({ url: publicApiUrl });

const { publicSurvey: survey } = await client.request(PublicSurveyDocument, { accessCode });
console.log(`${survey.title} (${survey.status}, ${survey.questions.length} questions)`);

// A real page asks the parent; here every question gets the first option or the best rating.
const answers: SurveyAnswerInput[] = survey.questions.map((question) => {
  if (question.kind === 'RATING') return { questionId: question.id, rating: 5 };
  if (question.kind === 'TEXT') return { questionId: question.id, text: '孩子很喜欢。' };
  return { questionId: question.id, choices: question.options.slice(0, 1) };
});

// The device asks the server for a key once per survey and keeps it (a page: in localStorage); sending again with
// it replaces the earlier answer. Only keys the server issued for this survey are accepted.
const respondentKey = process.env.KEHOU_RESPONDENT_KEY ?? (await client.request(IssueRespondentKeyDocument, { accessCode })).issueRespondentKey.key;
console.log(`respondent key: ${respondentKey}`);
const { submitSurveyResponse: result } = await client.request(SubmitSurveyResponseDocument, {
  accessCode,
  respondentKey,
  answers,
  grade: 3,
  schoolId: survey.asksForSchool ? survey.schoolOptions[0]?.id : undefined,
});
console.log(`accepted: ${result.accepted}, replaced an earlier answer: ${result.replaced}, at ${result.submittedAt}`);
