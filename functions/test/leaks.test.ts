import { beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '../src/auth/viewer';
import { createContext } from '../src/server/context';
import { createApolloServer } from '../src/server/createServer';
import { createTestApi, districtAdmin, type GraphQLResult, type TestApi } from './support/api';
import { buildLeakWorld, type LeakWorld } from './support/leakWorld';
import { generateOperations, schema, type WalkOperation } from './support/schemaWalk';

/**
 * SPEC §4, generated from the schema: as each role, every root query field is called with every id of two schools
 * and two overlapping providers and walked three object levels deep through every field. No response may carry an
 * id or a marked text of a record that role may not read — whichever path reaches it. The district admin's walk
 * must see every one of them, which proves the walk reaches them at all.
 */
const DEPTH = 3;
/** Root fields that ignore the viewer: the public survey page's. */
const publicFields = new Set(['publicSurvey']);

let api: TestApi;
let world: LeakWorld;
let operations: WalkOperation[];
// The walk's documents are far larger than any client's: the query limits (depth, cost, tokens) stay off here.
const walker = createApolloServer({ limits: false });

async function run(operation: WalkOperation, viewer: Viewer | null): Promise<GraphQLResult> {
  const response = await walker.executeOperation(
    { query: operation.query, variables: operation.variables },
    { contextValue: createContext(api.services, viewer) },
  );
  if (response.body.kind !== 'single') throw new Error('Expected a single result');
  return response.body.singleResult as GraphQLResult;
}

async function walk(viewer: Viewer | null) {
  const seen: { operation: WalkOperation; text: string; internal: boolean }[] = [];
  // A few operations at a time: the engine shares two cores with the test.
  for (let i = 0; i < operations.length; i += 8) {
    const batch = operations.slice(i, i + 8);
    const results = await Promise.all(batch.map((operation) => run(operation, viewer)));
    results.forEach((result, index) => {
      const internal = (result.errors ?? []).some((error) => error.extensions?.code === 'INTERNAL_SERVER_ERROR');
      seen.push({ operation: batch[index], text: JSON.stringify(result.data ?? null), internal });
    });
  }
  return seen;
}

beforeAll(async () => {
  api = await createTestApi();
  await walker.start();
  world = await buildLeakWorld(api);
  // Every id through the fields that take any id (`node`, `auditEvents`): the default cap per field (60) would leave the
  // records built last (money's sheets, statements and their audit events) out of those paths.
  const idCount = Object.values(world.ids).flat().length;
  operations = generateOperations({ ids: world.ids, strings: { accessCode: world.accessCodes, ...world.strings } }, DEPTH, Math.max(60, idCount + 2));
}, 300_000);

describe('record-level access, walked from the schema', () => {
  it('calls every root query field', () => {
    const walked = new Set(operations.map((operation) => operation.rootField));
    const rootFields = Object.keys(schema.getQueryType()!.getFields());
    expect(rootFields.filter((name) => !walked.has(name))).toEqual([]);
  });

  let districtText = '';
  it('lets the district admin reach every marked record (so the walks below reach them too)', async () => {
    const seen = await walk(districtAdmin);
    expect(seen.filter((entry) => entry.internal).map((entry) => entry.operation)).toEqual([]);
    districtText = seen.map((entry) => entry.text).join('\n');
    const markers = world.roles.flatMap((role) => [...role.forbidden, ...role.expected]).filter((text) => !world.maskedForDistrict.includes(text));
    expect(markers.filter((text) => !districtText.includes(text))).toEqual([]);
    // Guardians' phones: masked even for the district office (SPEC §3.11).
    expect(world.maskedForDistrict.filter((text) => districtText.includes(text))).toEqual([]);
  }, 600_000);

  for (const roleIndex of [0, 1, 2, 3, 4, 5, 6]) {
    it(`shows role #${roleIndex + 1} nothing of another school or provider, on any path`, async () => {
      const role = world.roles[roleIndex];
      const seen = await walk(role.viewer);
      expect(
        seen.filter((entry) => entry.internal).map((entry) => entry.operation.rootField),
        `${role.name}: internal errors`,
      ).toEqual([]);
      // The anonymous survey page answers everyone alike (a district-wide survey offers every school to pick from):
      // what it returns is held to what anonymous readers may see.
      const anonymous = world.roles.find((candidate) => candidate.viewer === null)!;
      const forbiddenOn = (entry: (typeof seen)[number]) => (publicFields.has(entry.operation.rootField) ? anonymous.forbidden : role.forbidden);
      const leaks = seen.flatMap((entry) =>
        forbiddenOn(entry)
          .filter((text) => entry.text.includes(text))
          .map((text) => `${text} via ${entry.operation.rootField} ${JSON.stringify(entry.operation.variables)}`),
      );
      expect(leaks.slice(0, 20), `${role.name} saw what it may not`).toEqual([]);
      const text = seen.map((entry) => entry.text).join('\n');
      expect(
        role.expected.filter((marker) => !text.includes(marker)),
        `${role.name} misses its own records`,
      ).toEqual([]);
    }, 600_000);
  }
});
