import { buildSchema, type GraphQLObjectType } from 'graphql';
import { schemaSdl } from '../../src/generated/schemaSdl';
import type { ApiServer } from '../apiServer';
import type { Db } from '../../src/db/client';
import type { CommandCounts } from '../commandCounter';
import { engineReplay, engineReplayHttp } from '../engineReplay';
import { load } from '../config';
import type { GraphQLClient } from '../graphqlClient';
import { log } from '../lifecycle';
import { median } from '../loadgen';
import { ms, ratio, type Row } from '../report';
import type { District } from '../seed/district';
import { ACTIVITIES_PER_SCHOOL, connectionFields, ownGrowth, probes, type ProbeResult } from './nestedProbes';

/** The issue's shape. Used when the schema has `Term.activities`; it does not today (see `composedQuery`). */
const trueNested = `query BenchNested($n: Int!) {
  schools(first: $n) { nodes { id name terms(first: 2) { nodes { id schoolYear semester
    activities(first: ${ACTIVITIES_PER_SCHOOL}) { nodes { id title provider { id name status } } } } } } }
}`;

/**
 * schools → terms and a term's activities → provider/term/school in one request: the same resolvers, reached from
 * the root. The activities are one school's current term (filtered), as a timetable page is read; the unfiltered
 * district-wide list is measured on its own (unboundedList.ts) because without a Limit it never returns.
 */
const composedQuery = `query BenchNested($n: Int!, $m: Int!, $schoolId: ID!, $termId: ID!) {
  schools(first: $n) { nodes { id name terms(first: 5) { nodes { id schoolYear semester school { id name } } } } }
  activities(first: $m, filter: { schoolId: $schoolId, termId: $termId }) { nodes { id title term { id schoolYear } school { id name } provider { id name status } } }
}`;

/** Every nested connection of the schema at once: its latency must not follow the number of parents. */
export const CONNECTIONS = `query BenchConnections($n: Int!) {
  schools(first: $n) { nodes { id name terms(first: 5) { totalCount nodes { id schoolYear semester } } } }
  providers(first: $n) { nodes { id name contracts(first: 5) { totalCount nodes { id status } } documents { id } evaluations(first: 5) { totalCount nodes { id } } } }
}`;

/** The same two root lists without their nested connections: what the roots alone cost at each size. */
const ROOTS = `query BenchRoots($n: Int!) {
  schools(first: $n) { nodes { id name } }
  providers(first: $n) { nodes { id name } }
}`;

/** Commands sent by the server for exactly one request (nothing else runs meanwhile). */
async function callsOf(api: ApiServer, gql: GraphQLClient, query: string, variables: Record<string, unknown>) {
  await gql(query, variables); // warm: first-use costs (schema caches, JIT) are not what is counted
  await api.resetCounts();
  const data = await gql(query, variables);
  const sent = await api.sentCommands();
  return { counts: await api.counts(), data, sent };
}

/** One thing timed at one size: a GraphQL request, or the engine-only replay of its commands. */
interface Timed {
  n: number;
  run: () => Promise<unknown>;
  times: number[];
}

/**
 * Median latency of one request for each query at each size, and of each extra runner (the engine replays), all
 * variants alternated (A B C D D C B A …) so background load hits them alike.
 */
async function latencies(
  gql: GraphQLClient,
  queries: readonly string[],
  sizes: readonly number[],
  pairs: number,
  signal: AbortSignal,
  extra: readonly (readonly { n: number; run: () => Promise<unknown> }[])[] = [],
) {
  const groups: Timed[][] = [
    ...queries.map((query) => sizes.map((n) => ({ n, run: () => gql(query, { n }), times: [] as number[] }))),
    ...extra.map((group) => group.map((v) => ({ ...v, times: [] as number[] }))),
  ];
  const variants = groups.flat();
  for (const v of variants) await v.run();
  for (let i = 0; i < pairs && !signal.aborted; i++) {
    for (const v of i % 2 === 0 ? variants : [...variants].reverse()) {
      const t0 = performance.now();
      await v.run();
      v.times.push(performance.now() - t0);
    }
  }
  return groups.map((group) => group.map((v) => ({ n: v.n, median: median(v.times), reads: v.times.length })));
}

/** Number of objects of each kind in a response (by id prefix), to show how much the request returned. */
function itemsIn(data: unknown) {
  const ids = new Set<string>();
  JSON.stringify(data, (key, value) => (key === 'id' && typeof value === 'string' ? (ids.add(value), value) : value));
  const count = (prefix: string) => [...ids].filter((id) => id.startsWith(prefix)).length;
  return { schools: count('sch_'), terms: count('trm_'), activities: count('act_'), providers: count('prv_') };
}

const summary = (counts: CommandCounts) =>
  Object.entries(counts.byCommand)
    .map(([name, n]) => `${n} ${name.replace(/Command$/, '')}`)
    .join(', ');

/**
 * DynamoDB calls per request of a nested query at two sizes: with DataLoader batching and per-request caching the
 * count must not depend on how many items come back. Probes then name the fields whose calls grow.
 */
export async function measureNested(
  db: Db,
  api: ApiServer,
  gql: GraphQLClient,
  district: District,
  signal: AbortSignal,
): Promise<{ rows: Row[]; probes: ProbeResult[] }> {
  const timetable = { schoolId: district.schools[0].id, termId: district.currentTerms[0].id };
  // From the published schema, not introspection: the API server runs as deployed, with introspection off.
  const term = buildSchema(schemaSdl).getType('Term') as GraphQLObjectType | undefined;
  const termActivities = term?.getFields().activities?.args.some((arg) => arg.name === 'first');
  const query = termActivities ? trueNested : composedQuery;
  const [small, large] = load.nestedSizes;
  const runs: { n: number; counts: CommandCounts; items: ReturnType<typeof itemsIn> }[] = [];
  for (const n of [small, large]) {
    const { counts, data } = await callsOf(api, gql, query, { n, m: n * ACTIVITIES_PER_SCHOOL, ...timetable });
    runs.push({ n, counts, items: itemsIn(data) });
    log(`  nested first: ${n}: ${counts.total} DynamoDB calls (${summary(counts)}) for ${JSON.stringify(itemsIn(data))}`);
  }

  const results: ProbeResult[] = [];
  for (const probe of probes) {
    if (signal.aborted) break;
    const result: ProbeResult = { field: probe.field, parent: probe.parent, calls: [], shapes: [] };
    try {
      for (const n of [small, large]) {
        const first = probe.size === 'activities' ? n * ACTIVITIES_PER_SCHOOL : n;
        const timetableArgs = probe.size === 'activities' ? ', $schoolId: ID!, $termId: ID!' : '';
        const { counts } = await callsOf(api, gql, `query Probe($first: Int!${timetableArgs}) { ${probe.body} }`, {
          first,
          ...(timetableArgs ? timetable : {}),
        });
        result.calls.push(counts.total);
        result.shapes.push(counts.byShape);
      }
    } catch (error) {
      result.error = error instanceof Error ? error.message : String(error);
    }
    results.push(result);
  }
  const growing = results.filter((r) => ownGrowth(r, results) > 0);
  const byIdGrowing = growing.filter((r) => !connectionFields.has(r.field));

  log(`Nested connections at first: ${small} and ${large}: DynamoDB calls, then request latency (${load.nestedLatencyPairs} alternating pairs)…`);
  const connectionCalls = [];
  const replays = [];
  const wireReplays = [];
  for (const n of [small, large]) {
    const { counts, sent } = await callsOf(api, gql, CONNECTIONS, { n });
    connectionCalls.push(counts);
    replays.push({ n, run: engineReplay(db, sent) });
    if (db.config.endpoint) wireReplays.push({ n, run: engineReplayHttp(db.config.endpoint, sent) });
  }
  const [[latencySmall, latencyLarge], [rootsSmall, rootsLarge], [engineSmall, engineLarge], wire] = await latencies(
    gql,
    [CONNECTIONS, ROOTS],
    [small, large],
    load.nestedLatencyPairs,
    signal,
    [replays, wireReplays],
  );
  const latencyRatio = latencyLarge.median / latencySmall.median;
  const rootsRatio = rootsLarge.median / rootsSmall.median;
  const engineRatio = engineLarge.median / engineSmall.median;
  // The engine without the SDK's fixed cost per call (see engineReplayHttp): what it alone adds as the answers grow.
  const overHttp = wire.length === 2 ? { small: wire[0], large: wire[1], ratio: wire[1].median / wire[0].median } : undefined;
  const wireText = overHttp ? `; over plain HTTP (no SDK) ${ms(overHttp.small.median)} vs ${ms(overHttp.large.median)} (${ratio(overHttp.ratio)})` : '';
  // What the nested connections add on top of their root lists, at each size.
  const added = [latencySmall.median - rootsSmall.median, latencyLarge.median - rootsLarge.median];
  log(
    `  ${connectionCalls[0].total} vs ${connectionCalls[1].total} calls; median ${ms(latencySmall.median)} vs ${ms(latencyLarge.median)} (${ratio(latencyRatio)}); the root lists alone ${ms(rootsSmall.median)} vs ${ms(rootsLarge.median)} (${ratio(rootsRatio)}); the engine alone ${ms(engineSmall.median)} vs ${ms(engineLarge.median)} (${ratio(engineRatio)})${wireText}`,
  );
  const [a, b] = runs;
  const shape = termActivities ? 'schools → terms → activities → provider' : 'schools → terms → school, plus one term’s activities → provider/term/school';
  const items = (r: (typeof runs)[number]) => Object.values(r.items).reduce((sum: number, v: number) => sum + v, 0);
  return {
    rows: [
      {
        key: 'nested.calls',
        label: `nested query, first: ${small} vs ${large}`,
        result: `${a.counts.total} vs ${b.counts.total} calls`,
        goal: '—',
        metric: { value: b.counts.total, unit: 'calls', better: 'lower' },
        explain: `${shape}${termActivities ? '' : ' (Term has no activities field)'}; ${items(a)} vs ${items(b)} objects returned; DynamoDB commands counted by a middleware on the server’s client`,
        data: { query, runs },
      },
      {
        key: 'nested.probes',
        label: 'by-id fields whose calls grow (N+1)',
        result: `${byIdGrowing.length} of ${results.filter((r) => !r.error && !connectionFields.has(r.field)).length} probed`,
        goal: 'none',
        pass: byIdGrowing.length === 0,
        explain: `${byIdGrowing.length === 0 ? 'none' : byIdGrowing.map((r) => r.field).join(', ')}; nested connections whose calls grow: ${
          growing
            .filter((r) => connectionFields.has(r.field))
            .map((r) => r.field)
            .join(', ') || 'none'
        } (one-field probes at first: ${small} vs ${large}, details below the table${results.some((r) => r.error) ? `; ${results.filter((r) => r.error).length} probe(s) not valid in this schema` : ''})`,
        data: { growing: growing.map((r) => r.field) },
        metric: { value: byIdGrowing.length, unit: 'fields', better: 'lower' },
      },
      {
        key: 'nested.connections.calls',
        label: `nested connections, first: ${small} vs ${large}`,
        result: `${connectionCalls[0].total} vs ${connectionCalls[1].total} calls`,
        goal: '—',
        explain: `schools → terms + totalCount, providers → contracts + totalCount, documents, evaluations + totalCount: ${summary(connectionCalls[1])} at first: ${large}; no COUNT when a page holds the whole list`,
        data: { query: CONNECTIONS, calls: connectionCalls },
        metric: { value: connectionCalls[1].total, unit: 'calls', better: 'lower' },
      },
      {
        key: 'nested.connections.latency',
        label: `nested connections latency, first: ${large} ÷ ${small}`,
        result: `${ratio(latencyRatio)} (${ms(latencySmall.median)} vs ${ms(latencyLarge.median)})`,
        goal: '≤ 1.50×',
        pass: latencyRatio <= 1.5,
        explain: `median of ${latencySmall.reads} requests each, one at a time, sizes alternated; the same calls at both sizes (the schools hold copies of their terms; kept child ids: one BatchGetItem per kind of provider child), so what grows is the 4× objects returned. The root lists alone (no nested field): ${ms(rootsSmall.median)} vs ${ms(rootsLarge.median)} (${ratio(rootsRatio)}); the nested connections add ${ms(added[0])} vs ${ms(added[1])}. The engine alone (the same ${connectionCalls[0].total} vs ${connectionCalls[1].total} commands replayed from the bench process, Queries together then BatchGetItems, interleaved with the requests): ${ms(engineSmall.median)} vs ${ms(engineLarge.median)} (${ratio(engineRatio)})${wireText}. On DynamoDB Local a BatchGetItem is answered key by key, one request after another; on DynamoDB its keys are read in parallel across partitions`,
        data: {
          small: latencySmall,
          large: latencyLarge,
          ratio: latencyRatio,
          roots: { small: rootsSmall, large: rootsLarge, ratio: rootsRatio },
          added,
          engine: { small: engineSmall, large: engineLarge, ratio: engineRatio },
          ...(overHttp ? { engineOverHttp: overHttp } : {}),
        },
        metric: { value: latencyRatio, unit: '×', better: 'lower' },
      },
    ],
    probes: results,
  };
}
