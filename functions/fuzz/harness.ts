import fc from 'fast-check';
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { getNamedType, isObjectType, type GraphQLObjectType } from 'graphql';
import type { Viewer } from '../src/auth/viewer';
import { ensureTable } from '../src/db/bootstrap';
import { createDb, type Db } from '../src/db/client';
import { createContext } from '../src/server/context';
import { createApolloServer } from '../src/server/createServer';
import { createServices } from '../src/server/services';
import { families, idPoolsFor, type Family } from './families';
import { hints } from './fieldHints';
import { argumentsArb, CURRENT_VERSION, schema, type IdPools } from './schemaArbitraries';
import { stageDistrict, type Exec } from './stage';
import { stagePeople } from './stagePeople';

/** The contract's error codes (SPEC §5): anything else — above all INTERNAL_SERVER_ERROR — fails the property. */
export const CODED = new Set(['BAD_USER_INPUT', 'NOT_FOUND', 'CONFLICT', 'INVALID_TRANSITION', 'FORBIDDEN', 'UNAUTHENTICATED', 'RATE_LIMITED']);

/** A fresh table in the given engine and the real Apollo server over it; variables go through JSON as over HTTP. */
export async function createFuzzApi(endpoint: string, tableName: string) {
  const db = createDb({ tableName, endpoint, region: 'cn-north-1' });
  await ensureTable(db.client, tableName);
  const services = createServices(db);
  const server = createApolloServer();
  await server.start();
  const exec: Exec = async (query, variables = {}, viewer = null) => {
    const response = await server.executeOperation(
      { query, variables: JSON.parse(JSON.stringify(variables)) },
      { contextValue: createContext(services, viewer) },
    );
    if (response.body.kind !== 'single') throw new Error('Expected a single result');
    return response.body.singleResult as Awaited<ReturnType<Exec>>;
  };
  return { db, exec, services, stop: () => server.stop() };
}

export type FuzzApi = Awaited<ReturnType<typeof createFuzzApi>>;

/** Every item of the table but rate-limit counters (they count attempts, refused ones too, by design). */
export async function tableState(db: Db): Promise<string> {
  const items: string[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const out = await db.doc.send(new ScanCommand({ TableName: db.config.tableName, ExclusiveStartKey: start }));
    // Rate-limit windows, and the audit line of a refused pickup (recorded by design, SPEC §3.7), are what a refusal writes.
    for (const item of out.Items ?? []) if (!/ratelimit/i.test(String(item.pk)) && item.action !== 'PICKUP_REFUSED') items.push(JSON.stringify(item));
    start = out.LastEvaluatedKey;
  } while (start);
  return items.sort().join('\n');
}

/** `mutation($a: T, …) { name(a: $a, …) { __typename id } }`, selecting what tells us which records were created. */
export function mutationDocument(name: string): string {
  const field = schema.getMutationType()!.getFields()[name];
  const variables = field.args.map((arg) => `$${arg.name}: ${arg.type.toString()}`).join(', ');
  const args = field.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const type = getNamedType(field.type);
  let selection = '';
  if (isObjectType(type)) {
    const fields = type.getFields();
    // Nested records with ids (an upload's document, an inspection's findings) join the pools too.
    const nested = ['document', 'findings']
      .filter(
        (name) => fields[name] && isObjectType(getNamedType(fields[name].type)) && 'id' in (getNamedType(fields[name].type) as GraphQLObjectType).getFields(),
      )
      .map((name) => ` ${name} { __typename id }`)
      .join('');
    const extra = ['createdIds', 'key', 'code', 'status', 'accessCode']
      .filter((name) => fields[name])
      .map((name) => ` ${name}`)
      .join('');
    selection = `{ __typename${fields.id ? ' id' : ''}${nested}${extra} }`;
  }
  return `mutation${variables ? `(${variables})` : ''} { ${name}${args ? `(${args})` : ''} ${selection} }`;
}

const versionTypes = Object.values(schema.getTypeMap()).filter(
  (type) => isObjectType(type) && type.getInterfaces().some((i) => i.name === 'Node') && 'version' in type.getFields(),
);
const VERSION_QUERY = `query($id: ID!) { node(id: $id) { ${versionTypes.map((type) => `... on ${type.name} { version }`).join(' ')} } }`;

/**
 * Replaces the `expectedVersion` marker with the target record's current version (or 1 when it cannot be read):
 * the record named by `id` (or by the ID argument naming the returned type, e.g. `exitId`, `inspectionId`), or for a
 * mutation without one the singleton it returns (`districtPolicy`).
 */
async function withVersions(exec: Exec, mutation: string, args: Record<string, unknown>): Promise<Record<string, unknown>> {
  if (args.expectedVersion !== CURRENT_VERSION) return args;
  const admin: Viewer = { sub: 'fuzz-district', role: 'DISTRICT_ADMIN' };
  let version: unknown;
  const field = schema.getMutationType()!.getFields()[mutation];
  const returned = getNamedType(field.type).name;
  const pools = idPoolsFor(mutation);
  const targetArg =
    field.args.find((arg) => arg.name === 'id') ?? field.args.find((arg) => getNamedType(arg.type).name === 'ID' && pools[arg.name]?.includes(returned));
  if (targetArg) {
    const target = typeof args[targetArg.name] === 'string' ? (args[targetArg.name] as string) : '';
    if (target.length <= 64) version = ((await exec(VERSION_QUERY, { id: target }, admin)).data?.node as { version?: number } | null)?.version;
  } else {
    const query = returned.charAt(0).toLowerCase() + returned.slice(1);
    version = ((await exec(`{ ${query} { version } }`, {}, admin)).data?.[query] as { version?: number } | undefined)?.version;
  }
  return { ...args, expectedVersion: typeof version === 'number' ? version : 1 };
}

export interface FuzzCase {
  mutation: string;
  viewer: Viewer | null;
  args: Record<string, unknown>;
}

export interface Outcome {
  /** 'ok', an error code, or INTERNAL_SERVER_ERROR / UNCODED. */
  code: string;
  message?: string;
  /** A failed mutation that changed the table (a partial write). */
  wroteOnFailure: boolean;
}

export interface FamilyStats {
  family: string;
  cases: number;
  ok: number;
  codes: Record<string, number>;
  internal: number;
  partialWrites: number;
  failures: { fuzzCase: FuzzCase; outcome: Outcome }[];
}

/** Stages a family's district and returns its case arbitrary and a runner that checks one case against the table. */
export async function prepareFamily(api: FuzzApi, family: Family) {
  const { pools, schoolA, providerA, termA, activityA } = await stageDistrict(api.exec);
  // Families of children and families also act as the class teacher and a parent (see stagePeople.ts).
  const people = family.stagePeople
    ? await stagePeople(api.exec, pools, { schoolId: schoolA, termId: termA, activityId: activityA }, (phone) =>
        api.services.guardians.ensureByPhone({ phone, name: '测试家长' }),
      )
    : undefined;
  const viewers: fc.Arbitrary<Viewer | null> = fc.oneof(
    { weight: 6, arbitrary: fc.constant<Viewer>({ sub: 'fuzz-district', role: 'DISTRICT_ADMIN' }) },
    { weight: 2, arbitrary: fc.constant<Viewer>({ sub: 'fuzz-school', role: 'SCHOOL_ADMIN', schoolId: schoolA }) },
    { weight: 1, arbitrary: fc.constant<Viewer>({ sub: 'fuzz-provider', role: 'PROVIDER', providerId: providerA }) },
    { weight: 1, arbitrary: fc.constant(null) },
    ...(people
      ? [
          { weight: 2, arbitrary: fc.constant<Viewer>(people.teacher) },
          { weight: 2, arbitrary: fc.constant<Viewer>(people.parent) },
        ]
      : []),
  );
  const caseArb: fc.Arbitrary<FuzzCase> = fc
    .oneof(...family.mutations.map((mutation) => ({ weight: family.weights?.[mutation] ?? 1, arbitrary: fc.constant(mutation) })))
    .chain((mutation) => {
      const options = { pools, hints, idPools: idPoolsFor(mutation) };
      // Half plausible inputs (they reach the domain rules and the database), half with edges anywhere.
      const args = fc.oneof(argumentsArb('Mutation', mutation, { ...options, plausible: true }), argumentsArb('Mutation', mutation, options));
      return fc.record({ mutation: fc.constant(mutation), viewer: viewers, args });
    });

  let baseline: string | undefined;
  async function run(fuzzCase: FuzzCase): Promise<Outcome> {
    const args = await withVersions(api.exec, fuzzCase.mutation, fuzzCase.args);
    // Looking the version up reads the record as the district admin, and a detail read of a child's record is itself
    // recorded (a READ audit event, SPEC §3.11): the baseline is taken after the lookup, not before it.
    baseline = args !== fuzzCase.args || baseline === undefined ? await tableState(api.db) : baseline;
    const result = await api.exec(mutationDocument(fuzzCase.mutation), args, fuzzCase.viewer);
    const error = result.errors?.[0];
    if (!error) {
      remember(pools, result.data?.[fuzzCase.mutation], fuzzCase.mutation, args);
      baseline = undefined;
      return { code: 'ok', wroteOnFailure: false };
    }
    const after = await tableState(api.db);
    const wroteOnFailure = after !== baseline;
    baseline = after;
    const code = typeof error.extensions?.code === 'string' ? error.extensions.code : 'UNCODED';
    return { code, message: error.message, wroteOnFailure };
  }
  return { caseArb, run, pools };
}

/**
 * Adds the ids a successful mutation created to the pools, so later cases act on them; and the pairs that must agree
 * (`pair` pools, "a b"): an inspection and one of its findings, a survey's code and a key issued for it.
 */
function remember(pools: IdPools, data: unknown, mutation: string, args: Record<string, unknown>) {
  const addPair = (pool: string, pair: string) => {
    if (!(pools[pool] ??= []).includes(pair)) pools[pool].push(pair);
  };
  const visit = (value: unknown) => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (!value || typeof value !== 'object') return;
    const record = value as Record<string, unknown>;
    if (typeof record.__typename === 'string' && typeof record.id === 'string') (pools[record.__typename] ??= []).push(record.id);
    if (record.__typename === 'RespondentKey' && typeof record.key === 'string') {
      (pools.RespondentKey ??= []).push(record.key);
      if (mutation === 'issueRespondentKey') addPair('SurveyKey', `${String(args.accessCode)} ${record.key}`);
    }
    if (record.__typename === 'Inspection' && Array.isArray(record.findings)) {
      for (const finding of record.findings as { id?: unknown }[])
        if (typeof finding.id === 'string') addPair('FindingOf', `${String(record.id)} ${finding.id}`);
    }
    // Answerable surveys: a published one's code joins the codes plausible keys and submissions use.
    if (record.__typename === 'Survey' && record.status === 'OPEN' && typeof record.accessCode === 'string') (pools.AccessCode ??= []).push(record.accessCode);
    // A binding code issued during the run can be used by a later linkChild.
    if (record.__typename === 'GuardianCode' && typeof record.code === 'string') (pools.GuardianCode ??= []).push(record.code);
    if (Array.isArray(record.createdIds))
      (pools[{ importSchools: 'School', importStudents: 'Student' }[mutation] ?? 'Provider'] ??= []).push(...(record.createdIds as string[]));
    Object.values(record).forEach(visit);
  };
  visit(data);
}

/** Whether an outcome satisfies the property: success or a coded error, and nothing written when refused. */
export const acceptable = (outcome: Outcome) => (outcome.code === 'ok' || CODED.has(outcome.code)) && !outcome.wroteOnFailure;

/** Runs `runs` cases of one family on a fresh table; collects statistics instead of stopping at the first failure. */
export async function fuzzFamily(
  endpoint: string,
  family: Family,
  runs: number,
  options: { seed?: number; tablePrefix?: string; onProgress?: (stats: FamilyStats) => void } = {},
): Promise<FamilyStats> {
  const stats: FamilyStats = { family: family.name, cases: 0, ok: 0, codes: {}, internal: 0, partialWrites: 0, failures: [] };
  // A fresh table (and district) every 500 cases keeps the no-write check's scan small on long runs.
  for (let done = 0; done < runs; done += 500) {
    const api = await createFuzzApi(endpoint, `${options.tablePrefix ?? 'fuzz'}-${family.name}-${done}-${Date.now().toString(36)}`);
    try {
      const { caseArb, run } = await prepareFamily(api, family);
      await fc.assert(
        fc.asyncProperty(caseArb, async (fuzzCase) => {
          const outcome = await run(fuzzCase);
          stats.cases++;
          if (outcome.code === 'ok') stats.ok++;
          else stats.codes[outcome.code] = (stats.codes[outcome.code] ?? 0) + 1;
          if (!CODED.has(outcome.code) && outcome.code !== 'ok') stats.internal++;
          if (outcome.wroteOnFailure) stats.partialWrites++;
          if (!acceptable(outcome) && stats.failures.length < 20) stats.failures.push({ fuzzCase, outcome });
          return true;
        }),
        { numRuns: Math.min(500, runs - done), seed: options.seed === undefined ? undefined : options.seed + done },
      );
    } finally {
      await api.stop();
    }
    options.onProgress?.(stats);
  }
  return stats;
}

export { families };
