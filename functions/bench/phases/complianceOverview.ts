import type { ApiServer } from '../apiServer';
import type { CommandCounts } from '../commandCounter';
import { sizes } from '../config';
import type { GraphQLClient } from '../graphqlClient';
import { log } from '../lifecycle';
import { ms, type Row } from '../report';
import type { District } from '../seed/district';

const OVERVIEW = `query BenchOverview { complianceOverview { recomputedCount rows { schoolId compliant issueCount cells { code status issueCount } } } }`;
const ACTIVITY =
  'query BenchActivity($schoolId: ID!, $termId: ID!) { activities(first: 1, filter: { schoolId: $schoolId, termId: $termId }) { nodes { id version enrolledCount } } }';
const CHANGE = 'mutation BenchChange($id: ID!, $v: Int!, $n: Int!) { updateActivity(id: $id, input: { enrolledCount: $n }, expectedVersion: $v) { id } }';

interface Overview {
  complianceOverview: { recomputedCount: number; rows: { schoolId: string }[] };
}

const byCommand = (counts: CommandCounts) =>
  Object.entries(counts.byCommand)
    .map(([name, n]) => `${n} ${name.replace(/Command$/, '')}`)
    .join(', ');
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** One overview request: wall time, DynamoDB calls the server made for it, and how many schools it recomputed. */
async function measured(api: ApiServer, gql: GraphQLClient) {
  await api.resetCounts();
  const t0 = performance.now();
  const data = await gql<Overview>(OVERVIEW);
  const millis = performance.now() - t0;
  return { millis, counts: await api.counts(), recomputed: data.complianceOverview.recomputedCount, rows: data.complianceOverview.rows.length };
}

/**
 * The district compliance overview (school × rule) for every school's current term, three ways: cold (no summary
 * yet: every timetable is read once and its summary stored), warm (every summary fresh: no timetable is read), and
 * after one timetable change (that one school is recomputed). Calls are counted on the server's DynamoDB client.
 */
export async function measureComplianceOverview(api: ApiServer, gql: GraphQLClient, district: District): Promise<Row[]> {
  log(`Compliance overview: cold (${sizes.schools} schools, ${(sizes.schools * sizes.activitiesPerSchool).toLocaleString('en-US')} activities to read once)…`);
  const cold = await measured(api, gql);
  log(`  cold: ${ms(cold.millis)}, ${cold.counts.total} calls (${byCommand(cold.counts)}), ${cold.recomputed} recomputed`);

  const warmRuns = [];
  for (let i = 0; i < 5; i++) warmRuns.push(await measured(api, gql));
  const warm = warmRuns[warmRuns.length - 1];
  const warmMillis = median(warmRuns.map((run) => run.millis));
  log(`  warm: ${ms(warmMillis)} median, ${warm.counts.total} calls (${byCommand(warm.counts)})`);

  const [school, term] = [district.schools[0], district.currentTerms[0]];
  const { activities } = await gql<{ activities: { nodes: { id: string; version: number; enrolledCount: number }[] } }>(ACTIVITY, {
    schoolId: school.id,
    termId: term.id,
  });
  const row = activities.nodes[0];
  await gql(CHANGE, { id: row.id, v: row.version, n: row.enrolledCount === 20 ? 21 : 20 });
  const changed = await measured(api, gql);
  log(`  after one change: ${ms(changed.millis)}, ${changed.counts.total} calls, ${changed.recomputed} recomputed`);

  const warmOk = warm.recomputed === 0 && warm.rows === sizes.schools;
  return [
    {
      key: 'overview.cold',
      label: `compliance overview, ${sizes.schools} schools, cold`,
      result: `${ms(cold.millis)} · ${cold.counts.total} calls`,
      goal: '—',
      pass: cold.rows === sizes.schools && cold.recomputed === sizes.schools ? undefined : false,
      explain: `no summary stored yet: every school's current timetable is read once (${byCommand(cold.counts)}) and its summary stored; happens once, or after a policy change`,
      data: { millis: cold.millis, counts: cold.counts, recomputed: cold.recomputed },
    },
    {
      key: 'overview.warm',
      label: `compliance overview, ${sizes.schools} schools, summaries fresh`,
      result: `${ms(warmMillis)} median · ${warm.counts.total} calls`,
      goal: '0 timetables read',
      pass: warmOk,
      explain: `schools, terms and summaries only (${byCommand(warm.counts)}): ${warm.recomputed} recomputed, no activity read — the calls grow with schools ÷ 100, not with activities`,
      data: { millis: warmRuns.map((run) => run.millis), counts: warm.counts, recomputed: warm.recomputed },
    },
    {
      key: 'overview.afterChange',
      label: 'compliance overview after one activity change',
      result: `${ms(changed.millis)} · ${changed.counts.total} calls`,
      goal: '1 school recomputed',
      pass: changed.recomputed === 1,
      explain: `updateActivity marked its school's summary in its own transaction; the overview recomputed ${changed.recomputed} school (its ${sizes.activitiesPerSchool} activities)`,
      data: { millis: changed.millis, counts: changed.counts, recomputed: changed.recomputed },
    },
  ];
}
