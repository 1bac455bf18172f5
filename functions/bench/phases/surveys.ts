import { randomBytes } from 'node:crypto';
import type { ApiServer } from '../apiServer';
import { load } from '../config';
import type { GraphQLClient } from '../graphqlClient';
import { log } from '../lifecycle';
import { median, quantile, runLoad } from '../loadgen';
import { ms, rate, ratio, type Row } from '../report';
import { answersFor, type BenchSurvey } from '../seed/surveys';
import { random } from '../seed/batchWrite';
import type { SchoolRecord } from '../../src/schools/schoolEntity';
import { mintRespondentKey } from '../../src/surveys/abuseGuards';

/**
 * The API server signs respondent keys with this secret (`SURVEY_KEY_SECRET`), so the load below can mint its keys
 * here instead of asking the API for each one (which would time a second request per submission).
 */
export const benchKeySecret = randomBytes(32).toString('base64');

const RESULTS = `query BenchResults($id: ID!, $groupBy: SurveyGroupBy) {
  surveyResults(surveyId: $id, groupBy: $groupBy) {
    surveyId responseCount satisfactionRate
    questions { questionId text kind responseCount meanRating satisfactionRate options { label count } }
    groups { key label responseCount satisfactionRate }
  }
}`;

const SUBMIT = `mutation BenchSubmit($code: String!, $key: String!, $answers: [SurveyAnswerInput!]!, $grade: Int, $schoolId: ID) {
  submitSurveyResponse(accessCode: $code, respondentKey: $key, answers: $answers, grade: $grade, schoolId: $schoolId) { accepted replaced }
}`;

type Results = { surveyResults: { responseCount: number; groups: unknown[] } };

/** Median read time of both surveys, reads interleaved so a busy moment on the machine hits both alike. */
async function readTimes(gql: GraphQLClient, small: BenchSurvey, large: BenchSurvey, groupBy: string | null, signal: AbortSignal) {
  const times = { small: [] as number[], large: [] as number[] };
  const counts = { small: 0, large: 0, groupsSmall: 0, groupsLarge: 0 };
  const read = async (survey: BenchSurvey, into: number[]) => {
    const t0 = performance.now();
    const data = await gql<Results>(RESULTS, { id: survey.id, groupBy });
    into.push(performance.now() - t0);
    return data.surveyResults;
  };
  for (let i = 0; i < 3; i++) await Promise.all([read(small, []), read(large, [])].map((p) => p.catch(() => undefined)));
  for (let i = 0; i < load.surveyReads && !signal.aborted; i++) {
    const a = await read(small, times.small);
    const b = await read(large, times.large);
    Object.assign(counts, { small: a.responseCount, large: b.responseCount, groupsSmall: a.groups.length, groupsLarge: b.groups.length });
  }
  const stats = (values: number[]) => ({ median: median(values), p90: quantile([...values].sort((x, y) => x - y), 0.9), reads: values.length });
  return { small: stats(times.small), large: stats(times.large), counts };
}

/**
 * Survey results come from maintained aggregates, so reading them must cost the same at 10 and at 100 000 answers.
 * Then the public submission path under load: every answer is a conditional transaction on sharded counters.
 */
export async function measureSurveys(api: ApiServer, gql: GraphQLClient, publicGql: GraphQLClient, surveys: { smallSurvey: BenchSurvey; largeSurvey: BenchSurvey; submitSurvey: BenchSurvey }, schools: SchoolRecord[], signal: AbortSignal): Promise<Row[]> {
  const { smallSurvey, largeSurvey, submitSurvey } = surveys;
  log(`surveyResults(groupBy: SCHOOL): ${load.surveyReads} reads each of ${smallSurvey.answers} and ${largeSurvey.answers.toLocaleString('en-US')} answers…`);
  const bySchool = await readTimes(gql, smallSurvey, largeSurvey, 'SCHOOL', signal);
  log(`  median ${ms(bySchool.small.median)} vs ${ms(bySchool.large.median)} (${bySchool.counts.groupsSmall} vs ${bySchool.counts.groupsLarge} school groups)`);
  const plain = await readTimes(gql, smallSurvey, largeSurvey, null, signal);
  log(`  without groupBy: median ${ms(plain.small.median)} vs ${ms(plain.large.median)}`);
  // DynamoDB commands behind one read of each survey: the work grows with groups, never with answers.
  const callsPerRead = [];
  for (const survey of [smallSurvey, largeSurvey]) {
    await api.resetCounts();
    await gql(RESULTS, { id: survey.id, groupBy: 'SCHOOL' });
    const counts = await api.counts();
    callsPerRead.push(Object.entries(counts.byCommand).map(([name, n]) => `${n} ${name.replace(/Command$/, '')}`).join(' + '));
  }
  const countsRight = bySchool.counts.small === smallSurvey.answers && bySchool.counts.large === largeSurvey.answers;
  const groupRatio = bySchool.large.median / bySchool.small.median;
  const plainRatio = plain.large.median / plain.small.median;

  log(`submitSurveyResponse on the public path (no token), ${load.concurrency} in flight, ${load.submitSeconds} s…`);
  const rnd = random(3);
  const payloads = Array.from({ length: 512 }, () => {
    const school = rnd.pick(schools);
    return { answers: answersFor(submitSurvey.questions, rnd), grade: rnd.pick(school.grades), schoolId: school.id };
  });
  const secret = new Uint8Array(Buffer.from(benchKeySecret, 'base64'));
  let accepted = 0;
  const submits = await runLoad(async (n) => {
    const payload = payloads[n % payloads.length];
    const data = await publicGql<{ submitSurveyResponse: { accepted: boolean } }>(SUBMIT, { code: submitSurvey.accessCode, key: mintRespondentKey(secret, submitSurvey.id), ...payload });
    if (data.submitSurveyResponse.accepted) accepted++;
  }, { concurrency: load.concurrency, seconds: load.submitSeconds, warmupSeconds: 0, signal });
  const after = await gql<Results>(RESULTS, { id: submitSurvey.id, groupBy: null });
  const counted = after.surveyResults.responseCount;
  log(`  ${rate(submits.perSecond)} p50 ${ms(submits.p50)} p99 ${ms(submits.p99)}; ${accepted} accepted, ${counted} counted in the aggregates`);

  const answers = (n: number) => n.toLocaleString('en-US');
  return [
    { key: 'survey.results.small', label: `surveyResults by school, ${answers(smallSurvey.answers)} answers`, result: `${ms(bySchool.small.median)} median`, goal: '—', pass: countsRight ? undefined : false, explain: `median of ${load.surveyReads} sequential reads over GraphQL (${bySchool.counts.groupsSmall} school groups; ${callsPerRead[0]}); p90 ${ms(bySchool.small.p90)}${countsRight ? '' : `; ✗ responseCount ${bySchool.counts.small} ≠ ${smallSurvey.answers}`}`, data: { ...bySchool.small, calls: callsPerRead[0] } },
    { key: 'survey.results.large', label: `surveyResults by school, ${answers(largeSurvey.answers)} answers`, result: `${ms(bySchool.large.median)} median`, goal: '—', pass: countsRight ? undefined : false, explain: `same read, answers over all ${bySchool.counts.groupsLarge} schools and 9 grades (${callsPerRead[1]}); p90 ${ms(bySchool.large.p90)}`, data: { ...bySchool.large, calls: callsPerRead[1] } },
    { key: 'survey.results.ratio', label: `results time ${answers(largeSurvey.answers)} ÷ ${smallSurvey.answers} answers`, result: ratio(groupRatio), goal: '≤ 1.20×', pass: countsRight && groupRatio <= 1.2, explain: `read cost must not follow the answer count (aggregates, never the responses); it does follow the number of groups (${bySchool.counts.groupsSmall} vs ${bySchool.counts.groupsLarge})`, data: { ratio: groupRatio } },
    { key: 'survey.results.plainRatio', label: 'same, without groupBy', result: ratio(plainRatio), goal: '—', explain: `totals and questions only (${ms(plain.small.median)} vs ${ms(plain.large.median)}): isolates the answer count from the group count`, data: { ratio: plainRatio, small: plain.small, large: plain.large } },
    { key: 'survey.submit', label: 'submitSurveyResponse (public)', result: `${rate(submits.perSecond)} · p50 ${ms(submits.p50)} · p99 ${ms(submits.p99)}`, goal: 'counted = accepted', pass: submits.ops > 0 && counted === accepted, explain: `${load.concurrency} in flight for ${load.submitSeconds} s without a token, rate limit lifted; ${accepted} accepted, ${counted} in the aggregates${submits.errors ? `, ${submits.errors} errors (${submits.firstError})` : ''}`, data: { ...submits, accepted, counted } },
  ];
}
