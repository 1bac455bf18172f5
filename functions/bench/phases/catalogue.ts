import type { Db } from '../../src/db/client';
import type { ApiServer } from '../apiServer';
import { capacityModel, capacityRows } from '../capacity/model';
import type { GraphQLClient } from '../graphqlClient';
import { log } from '../lifecycle';
import { failedRow, type Row } from '../report';
import type { District } from '../seed/district';
import type { seedSurveys } from '../seed/surveys';
import { measureCare } from './care';
import { measureComplianceOverview } from './complianceOverview';
import { measureHandovers } from './handovers';
import { measureLambda } from './lambda';
import { measureMoney } from './money';
import { measureNested } from './nested';
import { measurePeople } from './people';
import { measureReads } from './reads';
import { measureSurveys } from './surveys';
import { measureUnboundedList } from './unboundedList';

/** What every phase can use: the engine, the seeded data and the API server under test. */
export interface BenchContext {
  db: Db;
  endpoint: string;
  district: District;
  surveys: Awaited<ReturnType<typeof seedSurveys>>;
  api: ApiServer;
  /** A district admin's client, and an anonymous one for the public route. */
  gql: GraphQLClient;
  publicGql: GraphQLClient;
  /** Stops the API server (the last phases run with the machine as quiet as the run can make it). */
  stopApi(): Promise<void>;
}

export interface Phase {
  name: string;
  /** Time box; the phase's requests stop when it ends, and it becomes ✗ rows. */
  maxSeconds: number;
  /** Rows shown if the phase fails or the run budget is used up (so the table is always complete). */
  failed: (reason: string) => Row[];
  run: (context: BenchContext, signal: AbortSignal) => Promise<Row[]>;
}

/** The measurements, in order. The last ones run after the API server is stopped. */
export function benchPhases(rows: Row[], extra: Record<string, unknown>): Phase[] {
  return [
    {
      name: 'reads',
      maxSeconds: 150,
      failed: (reason) => [failedRow('reads', 'raw engine vs GraphQL reads', '≥ 0.50×', reason)],
      run: ({ db, api, gql, district }, signal) => measureReads(db, api, gql, district, signal),
    },
    {
      name: 'nested',
      maxSeconds: 120,
      failed: (reason) => [failedRow('nested.connections.latency', 'nested connections latency', '≤ 1.50×', reason)],
      run: async ({ db, api, gql, district }, signal) => {
        log('Nested query: DynamoDB calls per request…');
        const { rows: nestedRows, probes } = await measureNested(db, api, gql, district, signal);
        extra.probes = probes;
        return nestedRows;
      },
    },
    {
      name: 'surveys',
      maxSeconds: 150,
      failed: (reason) => [failedRow('survey.results.sameGroups', 'survey results and submissions', '≤ 1.20×', reason)],
      run: ({ api, gql, publicGql, surveys, district }, signal) => measureSurveys(api, gql, publicGql, surveys, district.schools, signal),
    },
    {
      name: 'compliance overview',
      maxSeconds: 150,
      failed: (reason) => [failedRow('overview', 'compliance overview, 200 schools', '0 timetables read', reason)],
      run: ({ api, gql, district }) => measureComplianceOverview(api, gql, district),
    },
    {
      name: 'people',
      maxSeconds: 150,
      failed: (reason) => [failedRow('people', 'students and applications pages at 10 and 200 schools', '≤ 1.20×', reason)],
      run: ({ db, api, gql, district }, signal) => measurePeople(db, api, gql, district, signal),
    },
    {
      name: 'care',
      // The alert job's first run raises every session's alert (the worst case): most of the phase on a busy machine.
      maxSeconds: 360,
      failed: (reason) => [failedRow('care.rollCall.ratio', 'recordRollCall of 40 children; alert job over the district', '≤ 3.00×', reason)],
      run: ({ db, endpoint, district }, signal) => measureCare(db, endpoint, district, signal),
    },
    {
      name: 'handovers',
      maxSeconds: 90,
      failed: (reason) => [failedRow('care.handover.release', 'handover RELEASE of one child', '—', reason)],
      run: ({ db, endpoint, district }, signal) => measureHandovers(db, endpoint, district, signal),
    },
    {
      name: 'money',
      maxSeconds: 150,
      failed: (reason) => [failedRow('money', 'bills and stipend sheet of a 2 000-child school', '≤ 5 calls per 100 children', reason)],
      run: ({ db, api, gql, district }) => measureMoney(db, api, gql, district),
    },
    {
      name: 'capacity',
      maxSeconds: 10,
      failed: (reason) => [failedRow('capacity.hotPartition', 'city capacity model', '≤ 1,000/s', reason)],
      run: async () => {
        // Computed from the care, handovers and money rows above (README: the city capacity model).
        const model = capacityModel(rows);
        extra.capacity = model;
        return capacityRows(model);
      },
    },
    {
      name: 'unbounded list',
      maxSeconds: 30,
      failed: (reason) => [failedRow('list.unbounded', 'activities(first: 20), no filter', '—', reason)],
      run: async ({ db, gql }) => {
        log('District-wide activities(first: 20) without a filter (last with the server: it may leave the engine busy)…');
        return [await measureUnboundedList(db, gql, 15)];
      },
    },
    {
      name: 'lambda',
      maxSeconds: 180,
      failed: (reason) => [failedRow('lambda.coldGzip', 'Lambda bundle and cold start', '≤ 350 KB', reason)],
      run: async ({ endpoint, stopApi }) => {
        // Cold-start timing wants a quiet machine: the server and the load generators are done (the idle engine stays
        // for the first-request row).
        await stopApi();
        return measureLambda(endpoint);
      },
    },
  ];
}
