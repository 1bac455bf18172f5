import { GetCommand, QueryCommand, type GetCommandInput, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import { activityEntity } from '../../src/activities/activityEntity';
import type { Db } from '../../src/db/client';
import { schoolEntity } from '../../src/schools/schoolEntity';
import type { ApiServer } from '../apiServer';
import { load, sizes } from '../config';
import type { GraphQLClient } from '../graphqlClient';
import { log } from '../lifecycle';
import { runInterleaved, type LoadResult } from '../loadgen';
import { ms, rate, ratio, type Row } from '../report';
import type { District } from '../seed/district';

export const SCHOOL = `query BenchSchool($id: ID!) {
  school(id: $id) { id version name code type ownership address grades studentCount principal
    leadershipGroup { role name title } pickupSlots { grades times } createdAt updatedAt }
}`;

export const ACTIVITIES = `query BenchActivities($schoolId: ID!, $termId: ID!) {
  activities(first: 50, filter: { schoolId: $schoolId, termId: $termId }) {
    nodes { id version schoolId termId weekday startTime endTime title category venue segment staffName providerId contractId
      grades capacity enrolledCount status durationMinutes createdAt updatedAt }
    pageInfo { hasNextPage endCursor }
  }
}`;

const options = (signal: AbortSignal) => ({ concurrency: load.concurrency, seconds: load.seconds, warmupSeconds: load.warmupSeconds, signal });
const latency = (r: LoadResult) => `p50 ${ms(r.p50)} · p99 ${ms(r.p99)}`;
const errorsOf = (r: LoadResult) => (r.errors > 0 ? ` (${r.errors} errors: ${r.firstError})` : '');

/**
 * Raw engine vs GraphQL for the two everyday reads. The raw side sends, from this process, the very requests the
 * repositories build (ElectroDB params), so the ratio is the API's own overhead: HTTP, Apollo, auth, resolvers.
 */
export async function measureReads(db: Db, api: ApiServer, gql: GraphQLClient, district: District, signal: AbortSignal): Promise<Row[]> {
  const { schools, currentTerms } = district;
  const gets: GetCommandInput[] = schools.map((s) => schoolEntity(db).get({ id: s.id }).params());
  const activity = activityEntity(db);
  // Limit 50: what a page of 50 needs.
  const pages: QueryCommandInput[] = schools.map((s, i) => activity.query.bySchool({ schoolId: s.id, termId: currentTerms[i].id }).params({ limit: 50 }));
  // The same Query bounded the way the API bounds it today (read off the server's command counter).
  await api.resetCounts();
  await gql(ACTIVITIES, { schoolId: schools[0].id, termId: currentTerms[0].id });
  const sent = Object.keys((await api.counts()).byShape).find((shape) => shape.startsWith('Query gsi1 $kehou#schoolid_')) ?? '';
  const apiLimit = Number(sent.match(/ Limit (\d+)$/)?.[1]) || undefined;
  const asSent: QueryCommandInput[] = schools.map((s, i) =>
    activity.query.bySchool({ schoolId: s.id, termId: currentTerms[i].id }).params(apiLimit ? { limit: apiLimit } : {}),
  );
  const asSentLabel = apiLimit ? `Limit ${apiLimit}` : 'no Limit';

  const check = await db.doc.send(new QueryCommand(pages[0]));
  if (check.Items?.length !== 50) throw new Error(`A school's timetable should give 50 items per page, got ${check.Items?.length}`);

  const getSchool = (n: number) => db.doc.send(new GetCommand(gets[n % gets.length]));
  const gqlSchoolOp = (n: number) => gql(SCHOOL, { id: schools[n % schools.length].id });
  log(`GetItem (raw) and school(id) (GraphQL), ${load.concurrency} in flight, ${load.seconds} s each in the order A B B A…`);
  const [rawGet, gqlSchool] = await runInterleaved([getSchool, gqlSchoolOp], options(signal));
  log(`  raw ${rate(rawGet.perSecond)}; GraphQL ${rate(gqlSchool.perSecond)} ${latency(gqlSchool)}${errorsOf(gqlSchool)}`);

  const queryPage = (n: number) => db.doc.send(new QueryCommand(pages[n % pages.length]));
  const queryAsSent = (n: number) => db.doc.send(new QueryCommand(asSent[n % asSent.length]));
  const gqlActivitiesOp = (n: number) => {
    const i = n % schools.length;
    return gql(ACTIVITIES, { schoolId: schools[i].id, termId: currentTerms[i].id });
  };
  log(`Query Limit 50 (raw), the Query as the API sends it (raw, ${asSentLabel}) and activities(first: 50) (GraphQL), A B C C B A…`);
  const [rawQuery, rawAsSent, gqlActivities] = await runInterleaved([queryPage, queryAsSent, gqlActivitiesOp], options(signal));
  log(
    `  raw ${rate(rawQuery.perSecond)}; raw as sent ${rate(rawAsSent.perSecond)}; GraphQL ${rate(gqlActivities.perSecond)} ${latency(gqlActivities)}${errorsOf(gqlActivities)}`,
  );

  const schoolRatio = gqlSchool.perSecond / rawGet.perSecond;
  const activitiesRatio = gqlActivities.perSecond / rawQuery.perSecond;
  const ok = (r: LoadResult) => r.errors === 0 && r.ops > 0;
  return [
    {
      key: 'raw.getItem',
      label: 'raw engine GetItem',
      result: rate(rawGet.perSecond),
      goal: '—',
      explain: `GetItem of one school by key, ${load.concurrency} in flight from one Node process (DocumentClient), ${latency(rawGet)}${errorsOf(rawGet)}; measured A B B A with GraphQL school(id)`,
      data: { ...rawGet },
    },
    {
      key: 'raw.query50',
      label: 'raw engine Query (50 items)',
      result: rate(rawQuery.perSecond),
      goal: '—',
      explain: `one school's timetable page: Query gsi1 (school, term prefix) Limit 50, ${latency(rawQuery)}${errorsOf(rawQuery)}; measured A B C C B A with the next row and GraphQL activities`,
      data: { ...rawQuery },
    },
    {
      key: 'raw.queryAsSent',
      label: `raw Query as the API sends it`,
      result: rate(rawAsSent.perSecond),
      goal: '—',
      explain: `the same Query with the API's own bound (${asSentLabel}${apiLimit ? '' : `: all ${sizes.activitiesPerSchool} items of the term are read, 51 kept`}) — ${ratio(rawAsSent.perSecond / rawQuery.perSecond)} of the Limit 50 rate`,
      data: { ...rawAsSent, apiLimit },
    },
    {
      key: 'gql.school',
      label: 'GraphQL school(id)',
      result: `${rate(gqlSchool.perSecond)} · ${latency(gqlSchool)}`,
      goal: '—',
      pass: ok(gqlSchool) ? undefined : false,
      explain: `POST /graphql with a district admin token, ${load.concurrency} in flight, server in its own process${errorsOf(gqlSchool)}`,
      data: { ...gqlSchool },
    },
    {
      key: 'gql.school.ratio',
      label: 'school(id) ÷ raw GetItem',
      result: ratio(schoolRatio),
      goal: '≥ 0.50×',
      pass: ok(gqlSchool) && schoolRatio >= 0.5,
      explain: 'share of the engine’s read rate the API keeps for one-item reads (HTTP + Apollo + auth + resolvers)',
      data: { ratio: schoolRatio },
      metric: { value: schoolRatio, unit: '×', better: 'higher' },
    },
    {
      key: 'gql.activities',
      label: 'GraphQL activities(first: 50)',
      result: `${rate(gqlActivities.perSecond)} · ${latency(gqlActivities)}`,
      goal: '—',
      pass: ok(gqlActivities) ? undefined : false,
      explain: `one school’s timetable for the current term (filter schoolId + termId), 50 nodes with every scalar field${errorsOf(gqlActivities)}`,
      data: { ...gqlActivities },
    },
    {
      key: 'gql.activities.ratio',
      label: 'activities(first: 50) ÷ raw Query',
      result: ratio(activitiesRatio),
      goal: '≥ 0.50×',
      pass: ok(gqlActivities) && activitiesRatio >= 0.5,
      explain: `share of the engine’s Query(50) rate the API keeps for a page of 50; against the raw Query as the API sends it (${asSentLabel}) ${ratio(gqlActivities.perSecond / rawAsSent.perSecond)}`,
      data: { ratio: activitiesRatio },
      metric: { value: activitiesRatio, unit: '×', better: 'higher' },
    },
  ];
}
