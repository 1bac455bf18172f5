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
  const stats = (values: number[]) => ({
    median: median(values),
    p90: quantile(
      [...values].sort((x, y) => x - y),
      0.9,
    ),
    reads: values.length,
  });
  return { small: stats(times.small), large: stats(times.large), counts };
}

/**
 * Survey results come from maintained aggregates, so reading them must cost the same at 10 and at 100 000 answers.
 * Then the public submission path under load: every answer is a conditional transaction on sharded counters.
 */
export async function measureSurveys(
  api: ApiServer,
  gql: GraphQLClient,
  publicGql: GraphQLClient,
  surveys: { smallSurvey: BenchSurvey; perSchoolSurvey: BenchSurvey; largeSurvey: BenchSurvey; submitSurvey: BenchSurvey },
  schools: SchoolRecord[],
  signal: AbortSignal,
): Promise<Row[]> {
  const { smallSurvey, perSchoolSurvey, largeSurvey, submitSurvey } = surveys;
  const answers = (n: number) => n.toLocaleString('en-US');
  // Same number of groups (every school), few vs many answers: only the answer count differs.
  log(
    `surveyResults(groupBy: SCHOOL), same ${schools.length} school groups: ${load.surveyReads} reads each of ${answers(perSchoolSurvey.answers)} and ${answers(largeSurvey.answers)} answers…`,
  );
  const fair = await readTimes(gql, perSchoolSurvey, largeSurvey, 'SCHOOL', signal);
  log(`  median ${ms(fair.small.median)} vs ${ms(fair.large.median)} (${fair.counts.groupsSmall} vs ${fair.counts.groupsLarge} school groups)`);
  log(
    `surveyResults(groupBy: SCHOOL), ${smallSurvey.answers} answers in ${smallSurvey.answers} schools vs ${answers(largeSurvey.answers)} in ${schools.length}: cost by number of groups…`,
  );
  const bySchool = await readTimes(gql, smallSurvey, largeSurvey, 'SCHOOL', signal);
  log(`  median ${ms(bySchool.small.median)} vs ${ms(bySchool.large.median)} (${bySchool.counts.groupsSmall} vs ${bySchool.counts.groupsLarge} school groups)`);
  const plain = await readTimes(gql, smallSurvey, largeSurvey, null, signal);
  log(`  without groupBy: median ${ms(plain.small.median)} vs ${ms(plain.large.median)}`);
  // DynamoDB commands behind one read of each survey: the work grows with groups, never with answers.
  const callsPerRead = [];
  for (const survey of [smallSurvey, perSchoolSurvey, largeSurvey]) {
    await api.resetCounts();
    await gql(RESULTS, { id: survey.id, groupBy: 'SCHOOL' });
    const counts = await api.counts();
    callsPerRead.push(
      Object.entries(counts.byCommand)
        .map(([name, n]) => `${n} ${name.replace(/Command$/, '')}`)
        .join(' + '),
    );
  }
  const countsRight =
    bySchool.counts.small === smallSurvey.answers && bySchool.counts.large === largeSurvey.answers && fair.counts.small === perSchoolSurvey.answers;
  const sameGroups = fair.counts.groupsSmall === fair.counts.groupsLarge;
  const fairRatio = fair.large.median / fair.small.median;
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
  const submits = await runLoad(
    async (n) => {
      const payload = payloads[n % payloads.length];
      const data = await publicGql<{ submitSurveyResponse: { accepted: boolean } }>(SUBMIT, {
        code: submitSurvey.accessCode,
        key: mintRespondentKey(secret, submitSurvey.id),
        ...payload,
      });
      if (data.submitSurveyResponse.accepted) accepted++;
    },
    { concurrency: load.concurrency, seconds: load.submitSeconds, warmupSeconds: 0, signal },
  );
  const after = await gql<Results>(RESULTS, { id: submitSurvey.id, groupBy: null });
  const counted = after.surveyResults.responseCount;
  log(`  ${rate(submits.perSecond)} p50 ${ms(submits.p50)} p99 ${ms(submits.p99)}; ${accepted} accepted, ${counted} counted in the aggregates`);

  return [
    {
      key: 'survey.results.perSchool',
      label: `surveyResults by school, ${answers(perSchoolSurvey.answers)} answers (1 per school)`,
      result: `${ms(fair.small.median)} median`,
      goal: '—',
      pass: countsRight ? undefined : false,
      explain: `median of ${fair.small.reads} sequential reads over GraphQL, alternated with the next row (${fair.counts.groupsSmall} school groups; ${callsPerRead[1]}); p90 ${ms(fair.small.p90)}`,
      data: { ...fair.small, calls: callsPerRead[1] },
    },
    {
      key: 'survey.results.large',
      label: `surveyResults by school, ${answers(largeSurvey.answers)} answers`,
      result: `${ms(fair.large.median)} median`,
      goal: '—',
      pass: countsRight ? undefined : false,
      explain: `same read, answers over the same ${fair.counts.groupsLarge} schools and 9 grades (${callsPerRead[2]}); p90 ${ms(fair.large.p90)}${countsRight ? '' : '; ✗ a responseCount is off'}`,
      data: { ...fair.large, calls: callsPerRead[2] },
    },
    {
      key: 'survey.results.sameGroups',
      label: `results time ${answers(largeSurvey.answers)} ÷ ${answers(perSchoolSurvey.answers)} answers, same groups`,
      result: ratio(fairRatio),
      goal: '≤ 1.20×',
      pass: countsRight && sameGroups && fairRatio <= 1.2,
      explain: `the read comes from aggregates (one item per group and shard), never from the responses: with the groups equal (${fair.counts.groupsSmall} vs ${fair.counts.groupsLarge}) its cost must not follow the answers. Both surveys' aggregates were loaded into one shard per group (bulkImport); live answers spread a group over 2`,
      data: { ratio: fairRatio },
      metric: { value: fairRatio, unit: '×', better: 'lower' },
    },
    {
      key: 'survey.results.ratio',
      label: 'cost by number of groups',
      result: `${ratio(groupRatio)} (${ms(bySchool.small.median)} vs ${ms(bySchool.large.median)})`,
      goal: '—',
      explain: `results by school at ${smallSurvey.answers} answers from ${bySchool.counts.groupsSmall} schools vs ${answers(largeSurvey.answers)} from ${bySchool.counts.groupsLarge} (${callsPerRead[0]} vs ${callsPerRead[2]}): the read grows with the groups shown (bounded by the district's schools)`,
      data: { ratio: groupRatio, small: bySchool.small, large: bySchool.large },
      metric: { value: groupRatio, unit: '×', better: 'lower' },
    },
    {
      key: 'survey.results.plainRatio',
      label: 'same, without groupBy',
      result: ratio(plainRatio),
      goal: '—',
      explain: `totals and questions only (${ms(plain.small.median)} vs ${ms(plain.large.median)}): one group, whatever the answers`,
      data: { ratio: plainRatio, small: plain.small, large: plain.large },
    },
    {
      key: 'survey.submit',
      label: 'submitSurveyResponse (public)',
      result: `${rate(submits.perSecond)} · p50 ${ms(submits.p50)} · p99 ${ms(submits.p99)}`,
      goal: 'counted = accepted',
      pass: submits.ops > 0 && counted === accepted,
      metric: { value: submits.perSecond, unit: '/s', better: 'higher' },
      explain: `${load.concurrency} in flight for ${load.submitSeconds} s without a token, rate limit lifted; ${accepted} accepted, ${counted} in the aggregates${submits.errors ? `, ${submits.errors} errors (${submits.firstError})` : ''}`,
      data: { ...submits, accepted, counted },
    },
  ];
}
